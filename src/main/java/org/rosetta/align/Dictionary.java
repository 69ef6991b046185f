package org.rosetta.align;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A bilingual word list: each row a source word and a target word (CSV, or TSV for {@code .tsv} files; more
 * columns are ignored; a row starting with {@code #} is a comment), or a dictd dictionary as FreeDict's Debian
 * packages install it ({@code /usr/share/dictd/freedict-eng-fra.index}, see {@link DictdEntries}), which is read in
 * both directions so one package serves a pair either way round. Words are compared normalised as the aligner
 * normalises them. Immutable.
 */
public final class Dictionary {

    private final Map<String, Set<String>> translations;

    private Dictionary(Map<String, Set<String>> translations) {
        this.translations = translations;
    }

    public static Dictionary read(Path file) {
        if (DictdEntries.isDictd(file)) {
            Map<String, Set<String>> translations = new HashMap<>();
            try {
                DictdEntries.read(file, (source, target) -> {
                    String from = WordNormaliser.word(source);
                    String to = WordNormaliser.word(target);
                    translations.computeIfAbsent(from, w -> new HashSet<>()).add(to);
                    translations.computeIfAbsent(to, w -> new HashSet<>()).add(from);
                });
            } catch (IOException | UncheckedIOException e) {
                throw new IllegalArgumentException(file + ": cannot read dictionary (" + e.getMessage() + ")", e);
            }
            return new Dictionary(translations);
        }
        CSVFormat format = file.toString().toLowerCase(Locale.ROOT).endsWith(".tsv") ? CSVFormat.TDF
                : CSVFormat.RFC4180;
        Map<String, Set<String>> translations = new HashMap<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord row : format.builder().setCommentMarker('#').get().parse(reader)) {
                if (row.size() >= 2 && !row.get(0).isBlank() && !row.get(1).isBlank()) {
                    translations.computeIfAbsent(WordNormaliser.word(row.get(0).strip()), w -> new HashSet<>())
                            .add(WordNormaliser.word(row.get(1).strip()));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException(file + ": cannot read dictionary (" + e.getMessage() + ")", e);
        }
        return new Dictionary(translations);
    }

    /**
     * The files a dictionary given as {@code file} is read from: a dictd dictionary's index and data, whichever of
     * them is named; a word list itself.
     */
    public static List<Path> filesOf(Path file) {
        return DictdEntries.isDictd(file) ? DictdEntries.files(file) : List.of(file);
    }

    /** The first file a dictionary given as {@code file} is read from ({@link #filesOf}) that is not a file. */
    public static Optional<Path> missingFile(Path file) {
        return filesOf(file).stream().filter(part -> !Files.isRegularFile(part)).findFirst();
    }

    /** The entries of all the {@code files} together, each read as {@link #read} reads it. */
    public static Dictionary readAll(List<Path> files) {
        return union(files.stream().map(Dictionary::read).toList());
    }

    /** The entries of all {@code dictionaries} together. */
    public static Dictionary union(List<Dictionary> dictionaries) {
        Map<String, Set<String>> all = new HashMap<>();
        for (Dictionary dictionary : dictionaries) {
            dictionary.translations.forEach((word, words) -> all.computeIfAbsent(word, w -> new HashSet<>())
                    .addAll(words));
        }
        return new Dictionary(all);
    }

    Set<String> translations(String word) {
        return translations.getOrDefault(word, Set.of());
    }

    /** The translations listed for a word (any case or spelling variant the aligner folds), folded the same way. */
    public Set<String> translationsOf(String word) {
        return translations(WordNormaliser.word(word));
    }

    /**
     * A word as written, normalised as this dictionary normalises the words it lists ({@link #translationsOf}
     * returns them so, {@link WordNormaliser#word}): lower case, accents kept, ZWNJ removed, digits and
     * Arabic-script letter variants folded as the aligner folds them.
     */
    public static String normalised(String word) {
        return WordNormaliser.word(word);
    }

    public int size() {
        return translations.size();
    }
}
