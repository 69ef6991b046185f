package org.rosetta.corpus;

import org.rosetta.align.AlignerSettings;
import org.rosetta.align.DocumentPairer;
import org.rosetta.align.PivotAligner;
import org.rosetta.align.PivotCheck;
import org.rosetta.align.SignalAligner;
import org.rosetta.model.Alignment;
import org.rosetta.model.Language;
import org.rosetta.model.MultiAlignment;
import org.rosetta.model.SegmentedDocument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Alignment of files outside a build: two files, the versions of a collection's documents checked against direct
 * pair alignments, or folders of unpaired documents paired by their anchors. Stateless apart from its stages;
 * thread-safe.
 */
public final class Alignments {

    private final VersionReader reader = new VersionReader();
    private final SignalAligner aligner = new SignalAligner();

    /** Reads, segments and aligns two files; a language not given is taken from the file name. */
    public Alignment align(Path source, Optional<Language> sourceLanguage, Path target,
                           Optional<Language> targetLanguage, AlignerSettings settings) {
        List<SegmentedDocument> versions = versions(List.of(file(source, sourceLanguage, "--source-lang"),
                file(target, targetLanguage, "--target-lang")));
        return new SignalAligner(settings).align(versions.getFirst(), versions.getLast());
    }

    /**
     * For each document of a collection with three or more versions: the pivot alignment and where direct
     * alignments of the other pairs disagree with it.
     */
    public List<PivotCheck.Report> checkPivot(Path collectionFolder, Language pivot) {
        List<PivotCheck.Report> reports = new ArrayList<>();
        for (List<CorpusFile> versions : Collection.scan(collectionFolder).documents().values()) {
            if (versions.size() < 3) {
                continue;
            }
            List<SegmentedDocument> documents = versions(versions.stream()
                    .map(f -> SourceFile.corpusFile(f.path(), f.language())).toList());
            SegmentedDocument pivotVersion = documents.stream().filter(d -> d.language().equals(pivot)).findFirst()
                    .orElse(documents.getFirst());
            MultiAlignment multi = new PivotAligner(aligner).align(pivotVersion,
                    documents.stream().filter(d -> d != pivotVersion).toList());
            reports.add(new PivotCheck(aligner).check(multi));
        }
        return reports;
    }

    /**
     * Proposes which files of {@code sources} translate which of {@code targets}, best pairs first; a file is not
     * its own translation (one folder holding every version, and a README in it, both folders read it).
     */
    public List<DocumentPairer.Proposal> pair(Path sources, Language sourceLanguage, Path targets,
                                              Language targetLanguage) {
        List<SegmentedDocument> from = readAll(sources, sourceLanguage);
        Set<Path> files = new HashSet<>(from.stream().map(Alignments::fileOf).toList());
        return new DocumentPairer().pair(from, readAll(targets, targetLanguage).stream()
                .filter(d -> !files.contains(fileOf(d))).toList());
    }

    /** The file a document was read from, absolute and without {@code .} or {@code ..}. */
    private static Path fileOf(SegmentedDocument document) {
        return Path.of(document.document().source()).toAbsolutePath().normalize();
    }

    /**
     * The folder's documents in {@code language}: its files of a format Rosetta reads, but those whose name says
     * another language ({@code udhr.fa.html} when pairing English), each read in {@code language}.
     */
    private List<SegmentedDocument> readAll(Path folder, Language language) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).sorted()
                    .filter(f -> SourceFile.formatOf(f).isPresent())
                    .filter(f -> SourceFile.languageOf(f).map(named -> named.within(language)).orElse(true))
                    .map(f -> read(f, Optional.of(language))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": cannot list (" + e.getMessage() + ")", e);
        }
    }

    private SegmentedDocument read(Path file, Optional<Language> language) {
        return versions(List.of(file(file, language, "--source-lang or --target-lang"))).getFirst();
    }

    /**
     * Files read as versions of one document ({@link VersionReader#versions}): the first article of each, in their
     * order. Warnings (an encoding guessed) are not shown outside a build.
     */
    private List<SegmentedDocument> versions(List<CorpusFile> files) {
        return reader.versions(files, new ArrayList<>());
    }

    /**
     * A loose file in {@code language}, or the one its name gives ({@link SourceFile#corpusFile}); else an error
     * naming {@code option}, which says it.
     */
    private static CorpusFile file(Path file, Optional<Language> language, String option) {
        Language resolved = language.or(() -> SourceFile.languageOf(file)).orElseThrow(() ->
                new CorpusException(file + ": say its language (" + option + "), the name does not (NAME.LANG.EXT)"));
        return SourceFile.corpusFile(file, resolved);
    }
}
