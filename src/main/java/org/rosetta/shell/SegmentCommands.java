package org.rosetta.shell;

import org.rosetta.corpus.SourceFile;
import org.rosetta.ingest.Cleanup;
import org.rosetta.ingest.FileIngester;
import org.rosetta.ingest.Ingested;
import org.rosetta.model.Block;
import org.rosetta.model.BlockKind;
import org.rosetta.model.Document;
import org.rosetta.model.Language;
import org.rosetta.model.Segment;
import org.rosetta.model.SegmentedDocument;
import org.rosetta.model.Span;
import org.rosetta.segment.IcuSentenceSegmenter;
import org.rosetta.segment.SentenceSegmenter;
import org.rosetta.segment.SrxRules;
import org.rosetta.segment.SrxSegmenter;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** {@code ingest} and {@code segment}: show how files are read, cleaned, flagged and split into sentences. */
final class SegmentCommands {

    private final IcuSentenceSegmenter segmenter = new IcuSentenceSegmenter();
    private final Diagnostics diagnostics = new Diagnostics();

    @Command(name = "ingest", help = "ingest FILE|DIR [--lang LANG] [--without STEP,...] [--format table|tsv|json]",
            group = "Corpus",
            description = "Read files and report what was read, cleaned and flagged: encoding, documents, blocks"
            + " by kind, what each clean-up step changed, warnings")
    void ingest(CommandContext context,
                @Argument(index = 0, description = "a file, or a folder of files") String path,
                @Option(longName = "lang", description = "their language, when the file names do not say")
                String lang,
                @Option(longName = "without", description = "clean-up steps to skip: nfc, links, boilerplate,"
                        + " rejoin, articles, headings") String without,
                @Option(longName = "format", defaultValue = "table", description = "table, tsv or json (one result"
                        + " per document)") String format) {
        if (path == null || path.isBlank()) {
            throw new UsageException("ingest needs a file or a folder: ingest FILE|DIR");
        }
        Listing listing = Listing.parse(format);
        PrintWriter out = context.outputWriter();
        FileIngester ingester = new FileIngester(cleanups(without));
        Optional<Language> language = Optional.ofNullable(lang).map(tag -> OptionValues.language("lang", tag));
        List<Map<String, Object>> results = new java.util.ArrayList<>();
        List<Path> files = files(path);
        int failures = 0;
        for (Path file : files) {
            Ingested ingested;
            try {
                ingested = read(ingester, file, language);
            } catch (org.rosetta.model.RosettaException e) {
                if (files.size() == 1) {
                    throw e;
                }
                diagnostics.failed(e.getMessage()); // a folder's other files are still read, as build reads them
                failures++;
                continue;
            }
            if (listing != Listing.TABLE) {
                results.addAll(ingestFields(file, ingested));
                continue;
            }
            out.printf(Locale.ROOT, "%s: %s, %d document%s; %s%n", file, ingested.charset(),
                    ingested.documents().size(), ingested.documents().size() == 1 ? "" : "s",
                    ingested.changes().entrySet().stream().map(e -> e.getKey().name().toLowerCase(Locale.ROOT) + " "
                            + e.getValue()).collect(Collectors.joining(", ")));
            for (Document document : ingested.documents()) {
                Map<BlockKind, Long> kinds = document.blocks().stream()
                        .collect(Collectors.groupingBy(Block::kind, () -> new java.util.EnumMap<>(BlockKind.class),
                                Collectors.counting()));
                out.printf(Locale.ROOT, "  %s: %d blocks (%s)%n", document.id(), document.blocks().size(),
                        kinds.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().name()
                                .toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
                for (Block block : document.blocks()) {
                    if (!block.kind().isBody()) {
                        out.printf(Locale.ROOT, "    %-11s %s%n", block.kind().name().toLowerCase(Locale.ROOT),
                                shorten(document.textOf(block.span())));
                    }
                }
            }
            ingested.warnings().forEach(w -> out.println("  warning: " + w));
        }
        if (listing != Listing.TABLE) {
            listing.write(out, Map.of("files", files.size()), results);
        }
        out.flush();
        if (failures > 0) {
            throw new PartlyFailedException(failures + " of " + files.size() + " files could not be read;"
                    + " see the 'failed:' lines above");
        }
    }

    /** One result per document of a file: where it came from, its blocks by kind, clean-up counts, warnings. */
    private static List<Map<String, Object>> ingestFields(Path file, Ingested ingested) {
        List<Map<String, Object>> results = new java.util.ArrayList<>();
        for (Document document : ingested.documents()) {
            Map<String, Object> result = new java.util.LinkedHashMap<>();
            result.put("file", file.toString());
            result.put("document", document.id());
            result.put("language", document.language().tag());
            result.put("charset", ingested.charset().toString());
            Map<String, Object> kinds = new java.util.LinkedHashMap<>();
            document.blocks().stream().collect(Collectors.groupingBy(Block::kind,
                    () -> new java.util.EnumMap<>(BlockKind.class), Collectors.counting()))
                    .forEach((kind, count) -> kinds.put(kind.name().toLowerCase(Locale.ROOT), count));
            result.put("blocks", kinds);
            Map<String, Object> changes = new java.util.LinkedHashMap<>();
            ingested.changes().forEach((step, count) -> changes.put(step.name().toLowerCase(Locale.ROOT), count));
            result.put("changes", changes);
            result.put("warnings", ingested.warnings());
            results.add(result);
        }
        return results;
    }

    @Command(name = "segment", help = "segment FILE [--lang LANG] [--format table|tsv|json] [--without STEP,...] [--srx FILE]",
            group = "Corpus", description = "Read a file and print its sentences, one per line: index, source"
            + " offsets (start-end, in the file as decoded), block kind, text")
    void segment(CommandContext context,
                 @Argument(index = 0, description = "the file to read") String file,
                 @Option(longName = "lang", description = "its language, when the file name does not say")
                 String lang,
                 @Option(longName = "format", defaultValue = "table", description = "table, tsv (a header row) or"
                         + " json (one result per sentence)")
                 String format,
                 @Option(longName = "without", description = "clean-up steps to skip") String without,
                 @Option(longName = "srx", description = "segment by this SRX file's rules instead of ICU's")
                 String srx) {
        if (file == null || file.isEmpty()) {
            throw new UsageException("segment needs a file");
        }
        Listing listing = Listing.parse(format);
        boolean table = listing == Listing.TABLE;
        Ingested ingested = read(new FileIngester(cleanups(without)), Path.of(file),
                Optional.ofNullable(lang).map(tag -> OptionValues.language("lang", tag)));
        PrintWriter out = context.outputWriter();
        if (table) {
            ingested.warnings().forEach(w -> out.println("warning: " + w));
        }
        List<Map<String, Object>> results = new java.util.ArrayList<>();
        SentenceSegmenter chosen = srx == null ? segmenter : new SrxSegmenter(SrxRules.read(Path.of(srx)));
        for (Document document : ingested.documents()) {
            SegmentedDocument segmented = chosen.segment(document);
            if (table && ingested.documents().size() > 1) {
                out.println("# " + document.id());
            }
            for (Segment segment : segmented.segments()) {
                Span source = document.sourceSpan(segment.span());
                String kind = segment.kind().name().toLowerCase(Locale.ROOT);
                String text = segmented.text(segment.index());
                if (!table) {
                    Map<String, Object> result = new java.util.LinkedHashMap<>();
                    result.put("document", document.id());
                    result.put("index", segment.index());
                    result.put("start", source.start());
                    result.put("end", source.end());
                    result.put("kind", kind);
                    result.put("text", text);
                    results.add(result);
                } else {
                    out.printf(Locale.ROOT, "%d\t%d-%d\t%s\t%s%n", segment.index(), source.start(), source.end(),
                            kind, text);
                }
            }
        }
        if (!table) {
            Map<String, Object> summary = new java.util.LinkedHashMap<>();
            summary.put("file", file);
            summary.put("sentences", results.size());
            summary.put("warnings", ingested.warnings());
            listing.write(out, summary, results);
        }
        out.flush();
    }

    /** A file in the language given, else the one its name gives, else English. */
    private Ingested read(FileIngester ingester, Path path, Optional<Language> lang) {
        Optional<Language> named = lang.or(() -> SourceFile.languageOf(path));
        if (named.isEmpty() && Files.isRegularFile(path)) {
            diagnostics.warning(path + ": its name gives no language (NAME.LANG.EXT) and no --lang was given;"
                    + " read as English");
        }
        return SourceFile.ingest(ingester, path, named.orElse(Language.of("en")));
    }

    private static List<Path> files(String path) {
        Path root = Path.of(path);
        if (Files.isRegularFile(root)) {
            return List.of(root);
        }
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException(path + ": no such file or folder");
        }
        try (Stream<Path> files = Files.list(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> SourceFile.formatOf(f).isPresent()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": cannot list (" + e.getMessage() + ")", e);
        }
    }

    private static Set<Cleanup> cleanups(String without) {
        Set<Cleanup> steps = EnumSet.allOf(Cleanup.class);
        if (without != null) {
            for (String name : OptionValues.list("without", without)) {
                try {
                    steps.remove(Cleanup.valueOf(name.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new UsageException("unknown clean-up step '" + name.strip() + "' (nfc, links, boilerplate,"
                            + " rejoin, articles, headings)");
                }
            }
        }
        return steps;
    }

    private static String shorten(String text) {
        return text.length() <= 100 ? text : text.substring(0, 99) + "…";
    }
}
