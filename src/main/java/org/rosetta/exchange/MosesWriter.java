package org.rosetta.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.rosetta.files.AtomicFile;
import org.rosetta.tmx.TmxReader;

/**
 * Writes Moses-style plain text for MT training: {@code <prefix>.<source>} and {@code <prefix>.<target>}, one
 * segment per line, line n of one the translation of line n of the other; line breaks inside a segment become
 * spaces. Filters as a {@link PairExport} says; the language codes name the files.
 */
public final class MosesWriter {

    /**
     * The two files an export to {@code prefix} writes, source first: two, since a {@link PairExport}'s languages have
     * codes that differ, in case too.
     */
    public static List<Path> files(PairExport options, Path prefix) {
        Path sourcePath = prefix.resolveSibling(prefix.getFileName() + "." + options.codes().code(options.source()));
        Path targetPath = prefix.resolveSibling(prefix.getFileName() + "." + options.codes().code(options.target()));
        return List.of(sourcePath, targetPath);
    }

    /** Exports, telling {@code unitsRead} how far it has read (every {@value ExportReport#PROGRESS_EVERY} units). */
    public ExportReport export(Path collectionTmx, PairExport options, Path prefix,
                               java.util.function.LongConsumer unitsRead) {
        PairSelector selector = new PairSelector(options);
        List<Path> files = files(options, prefix);
        Path sourcePath = files.get(0);
        Path targetPath = files.get(1);
        int[] counts = new int[2];
        try (AtomicFile source = AtomicFile.replacing(sourcePath);
             AtomicFile target = AtomicFile.replacing(targetPath)) {
            TmxReader.readTranslationUnits(collectionTmx, unit -> {
                ExportReport.tell(unitsRead, ++counts[0]);
                if (selector.keep(unit)) {
                    line(source, unit.text(options.source()));
                    line(target, unit.text(options.target()));
                    counts[1]++;
                }
            });
            return new ExportReport(counts[0], counts[1], List.of(source.commit(), target.commit()));
        }
    }

    private static void line(AtomicFile file, String text) {
        try {
            file.writer().write(text.replaceAll("[\\r\\n\\u2028\\u2029\\u0085]+", " "));
            file.writer().write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
