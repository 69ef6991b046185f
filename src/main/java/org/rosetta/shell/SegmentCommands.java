package org.rosetta.shell;

import org.rosetta.corpus.CorpusFile;
import org.rosetta.ingest.DocumentFormat;
import org.rosetta.ingest.FileIngester;
import org.rosetta.ingest.Ingested;
import org.rosetta.model.Language;
import org.rosetta.model.Segment;
import org.rosetta.model.SegmentedDocument;
import org.rosetta.model.Span;
import org.rosetta.segment.IcuSentenceSegmenter;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** {@code segment}: show how a file is read and split into sentences. */
@Component
final class SegmentCommands {

    private final FileIngester ingester = new FileIngester();
    private final IcuSentenceSegmenter segmenter = new IcuSentenceSegmenter();

    @Command(name = "segment", help = "segment FILE [--lang LANG]",
            group = "Corpus", description = "Read a file and print its sentences, one per line:"
            + " index, start-end offsets, block kind, text")
    void segment(CommandContext context,
                 @Argument(index = 0, description = "the file to read") String file,
                 @Option(longName = "lang", description = "its language, when the file name does not say")
                 String lang) {
        if (file == null || file.isEmpty()) {
            throw new UsageException("segment needs a file");
        }
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(file + ": no such file");
        }
        CorpusFile named = CorpusFile.parse(path).orElse(null);
        Language language = lang != null ? Language.of(lang)
                : named != null ? named.language()
                : Language.of("en");
        DocumentFormat format = named != null ? named.format()
                : DocumentFormat.byExtension(extension(path)).orElse(DocumentFormat.TEXT);
        Ingested ingested = ingester.ingest(path, path.getFileName().toString(), language, format);
        SegmentedDocument segmented = segmenter.segment(ingested.document());
        PrintWriter out = context.outputWriter();
        ingested.warnings().forEach(w -> out.println("warning: " + w));
        for (Segment segment : segmented.segments()) {
            Span source = segmented.document().sourceSpan(segment.span());
            out.printf(Locale.ROOT, "%d\t%d-%d\t%s\t%s%n", segment.index(), source.start(), source.end(),
                    segment.kind().name().toLowerCase(Locale.ROOT), segmented.text(segment.index()));
        }
        out.flush();
    }

    private static String extension(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }
}
