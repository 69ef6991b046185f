package org.rosetta.segment;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import org.rosetta.model.Language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a full stop does not end a sentence: ICU's own suppressions for the locale ({@code @ss=standard}), plus
 * the project's list in {@code abbreviations.<language>.txt} beside this class (an entry starting with {@code -} is
 * an ending: German {@code -str.} is {@code Hauptstr.}), plus single capital initials for languages written in
 * Latin letters. The project's list is applied by {@link #endsWithAbbreviation} after ICU,
 * because ICU4J 77's filter does not suppress abbreviations with inner full stops ({@code U.S.}, measured) even when
 * they are on its own list. Lists are read once per language. Thread-safe.
 */
public final class Abbreviations {

    private static final Map<String, Lists> LISTS = new ConcurrentHashMap<>();

    /** A language's abbreviations as whole words ({@code Nr.}) and as endings of words ({@code str.}). */
    private record Lists(Set<String> words, List<String> endings) {
    }

    private final Lists lists;

    private Abbreviations(Lists lists) {
        this.lists = lists;
    }

    public static Abbreviations of(Language language) {
        return new Abbreviations(LISTS.computeIfAbsent(language.primary(), Abbreviations::load));
    }

    /**
     * ICU's sentence break iterator for the language with its standard suppressions, less those the project's
     * {@code breaks.<language>.txt} lifts (French {@code quart.}: "d'un quart." ends a sentence far more often
     * than it abbreviates "quartier"). New on every call.
     */
    static BreakIterator sentenceIterator(Language language) {
        ULocale locale = new ULocale(language.tag().replace('-', '_'));
        FilteredBreakIteratorBuilder builder = FilteredBreakIteratorBuilder.getInstance(locale);
        LIFTED.computeIfAbsent(language.primary(), l -> read("breaks." + l + ".txt"))
                .forEach(builder::unsuppressBreakAfter);
        return builder.wrapIteratorWithFilter(BreakIterator.getSentenceInstance(locale));
    }

    private static final Map<String, List<String>> LIFTED = new ConcurrentHashMap<>();

    private static List<String> read(String resource) {
        List<String> words = new ArrayList<>();
        try (InputStream in = Abbreviations.class.getResourceAsStream(resource)) {
            if (in != null) {
                try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                    reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                            .forEach(words::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": cannot read (" + e.getMessage() + ")", e);
        }
        return List.copyOf(words);
    }

    /** Whether {@code text[0, end)}, trailing white space aside, ends with one of the language's abbreviations. */
    public boolean endsWithAbbreviation(CharSequence text, int end) {
        int stop = end;
        while (stop > 0 && Character.isWhitespace(text.charAt(stop - 1))) {
            stop--;
        }
        int start = stop;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        while (start < stop && "([{\"'“‘«".indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        if (start >= stop) {
            return false;
        }
        String word = text.subSequence(start, stop).toString();
        return lists.words().contains(word) || lists.endings().stream().anyMatch(ending ->
                word.length() > ending.length() && word.endsWith(ending)
                        && Character.isLetter(word.charAt(word.length() - ending.length() - 1)));
    }

    private static Lists load(String language) {
        List<String> words = new ArrayList<>();
        List<String> endings = new ArrayList<>();
        for (String entry : read("abbreviations." + language + ".txt")) {
            if (entry.startsWith("-")) {
                endings.add(entry.substring(1));
            } else {
                words.add(entry);
            }
        }
        if (List.of("en", "fr", "de", "es", "it", "pt", "nl").contains(language)) {
            for (char initial = 'A'; initial <= 'Z'; initial++) {
                words.add(initial + ".");
            }
        }
        return new Lists(Set.copyOf(words), List.copyOf(endings));
    }
}
