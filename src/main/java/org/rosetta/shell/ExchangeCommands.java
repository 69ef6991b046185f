package org.rosetta.shell;

import org.rosetta.corpus.CollectionName;
import org.rosetta.corpus.Exchange;
import org.rosetta.corpus.ImportReport;
import org.rosetta.corpus.Workspace;
import org.rosetta.exchange.Duplicates;
import org.rosetta.exchange.ExportReport;
import org.rosetta.exchange.LanguageCodes;
import org.rosetta.exchange.PairExport;
import org.rosetta.exchange.TableFormat;
import org.rosetta.model.Language;
import org.rosetta.model.UnitStatus;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code export} and {@code import}: a collection to and from translation tools' formats. */
@Component
final class ExchangeCommands {

    private final Workspace workspace;
    private final Exchange exchange;

    ExchangeCommands(Workspace workspace) {
        this.workspace = workspace;
        this.exchange = new Exchange(workspace.layout());
    }

    @Command(name = "export", help = "export COLLECTION [--format tmx|csv|tsv|moses] [--source LANG] [--target LANG]"
            + " [--codes as-is|language|LANG=CODE,...] [--min-confidence X] [--beads 1-1,2-1] [--duplicates drop|keep]"
            + " [--status aligned,confirmed,corrected] [--languages LANG,...] [--out PATH]",
            group = "Exchange", description = "Write a built collection for translation tools: a TMX per language"
            + " pair, CSV/TSV for spreadsheets, or Moses text for MT training")
    void export(CommandContext context,
                @Argument(index = 0, description = "the collection") String collection,
                @Option(longName = "format", defaultValue = "tmx", description = "tmx, csv, tsv or moses")
                String format,
                @Option(longName = "source", defaultValue = "en", description = "source language (tmx, moses)")
                String source,
                @Option(longName = "target", description = "target language (tmx, moses)") String target,
                @Option(longName = "codes", defaultValue = "as-is",
                        description = "language codes: as-is, language (no region), or LANG=CODE,...") String codes,
                @Option(longName = "min-confidence", defaultValue = "0",
                        description = "leave out units the aligner was less sure of (0..1)") Double minConfidence,
                @Option(longName = "beads", description = "keep only these source-target shapes, e.g. 1-1")
                String beads,
                @Option(longName = "duplicates", defaultValue = "drop",
                        description = "drop or keep units whose texts repeat an earlier unit's") String duplicates,
                @Option(longName = "status", description = "keep only units of these statuses (tmx, moses), e.g."
                        + " confirmed,corrected: what a person checked") String status,
                @Option(longName = "languages", description = "columns of csv/tsv (default: all)") String languages,
                @Option(longName = "out", description = "output file (moses: prefix); default under tmx/exports/")
                String out) {
        if (collection == null || collection.isEmpty()) {
            throw new UsageException("export needs a collection, e.g. export udhr --target fr");
        }
        CollectionName name = CollectionName.of(collection);
        if (minConfidence == null || !(minConfidence >= 0 && minConfidence <= 1)) {
            throw new UsageException("--min-confidence must be 0 to 1 (got " + minConfidence + ")");
        }
        Path exports = workspace.layout().tmx().resolve("exports");
        ExportReport report = switch (format.toLowerCase(Locale.ROOT)) {
            case "csv", "tsv" -> {
                TableFormat table = TableFormat.valueOf(format.toUpperCase(Locale.ROOT));
                yield exchange.exportTable(name, languages == null ? List.of() : languageList(languages),
                        table, out != null ? Path.of(out) : exports.resolve(collection + "." + format));
            }
            case "tmx", "moses" -> {
                if (target == null) {
                    throw new UsageException("export --format " + format + " needs --target LANG");
                }
                PairExport options = new PairExport(Language.of(source), Language.of(target),
                        LanguageCodes.parse(codes), minConfidence,
                        beads == null ? Set.of() : Set.copyOf(Arrays.asList(beads.split(","))),
                        Duplicates.parse(duplicates), statuses(status));
                String pair = collection + "." + source + "-" + target;
                yield format.equalsIgnoreCase("tmx")
                        ? exchange.exportTmx(name, options, out != null ? Path.of(out)
                                : exports.resolve(pair + ".tmx"))
                        : exchange.exportMoses(name, options, out != null ? Path.of(out)
                                : exports.resolve(pair));
            }
            default -> throw new UsageException("unknown format '" + format + "' (tmx, csv, tsv or moses)");
        };
        PrintWriter writer = context.outputWriter();
        writer.printf(Locale.ROOT, "%d of %d units -> %s%n", report.written(), report.read(),
                report.files().stream().map(Path::toString).collect(Collectors.joining(", ")));
        writer.flush();
    }

    @Command(name = "import", help = "import FILE --collection NAME",
            group = "Exchange", description = "Make a collection from another tool's TMX or a CSV/TSV with a header"
            + " row of languages, and index it for search")
    void importFile(CommandContext context,
                    @Argument(index = 0, description = "a .tmx, .csv or .tsv file") String file,
                    @Option(longName = "collection", required = true, description = "the collection to make")
                    String collection) {
        if (file == null || file.isEmpty()) {
            throw new UsageException("import needs a file");
        }
        ImportReport report = exchange.importFile(Path.of(file), CollectionName.of(collection));
        PrintWriter writer = context.outputWriter();
        writer.printf(Locale.ROOT, "%s: %d units -> %s, indexed%n", report.collection(), report.units(),
                report.tmx());
        writer.flush();
    }

    @Command(name = "reindex", help = "reindex [COLLECTION]", group = "Corpus",
            description = "Rebuild the search index from the TMX files alone (one collection, or all)")
    void reindex(CommandContext context,
                 @Argument(index = 0, description = "the collection (default: every tmx/*.tmx)") String collection) {
        List<String> done;
        if (collection == null || collection.isEmpty()) {
            done = exchange.reindexAll();
        } else {
            exchange.reindex(CollectionName.of(collection));
            done = List.of(collection);
        }
        PrintWriter writer = context.outputWriter();
        writer.println("indexed " + String.join(", ", done));
        writer.flush();
    }

    @Command(name = "collections", help = "collections", group = "Corpus",
            description = "List the collections that are built or imported: units indexed, and where each comes from")
    void collections(CommandContext context) {
        PrintWriter writer = context.outputWriter();
        for (Exchange.Built built : exchange.collections()) {
            writer.printf(Locale.ROOT, "%-20s %7d units  %s%n", built.name(), built.units(),
                    built.fromCorpus() ? "corpus/" + built.name() : "imported");
        }
        writer.flush();
    }

    @Command(name = "remove", help = "remove COLLECTION", group = "Corpus",
            description = "Remove an imported collection's TMX and index (a collection under corpus/ is removed by"
            + " removing its folder)")
    void remove(CommandContext context,
                @Argument(index = 0, description = "the collection") String collection) {
        if (collection == null || collection.isEmpty()) {
            throw new UsageException("remove needs a collection; 'collections' lists them");
        }
        exchange.remove(CollectionName.of(collection));
        PrintWriter writer = context.outputWriter();
        writer.println("removed " + collection);
        writer.flush();
    }

    private static Set<UnitStatus> statuses(String list) {
        if (list == null) {
            return Set.of();
        }
        Set<UnitStatus> statuses = new java.util.HashSet<>();
        for (String tag : list.split(",")) {
            statuses.add(UnitStatus.ofTag(tag).orElseThrow(() -> new UsageException("--status: '" + tag.strip()
                    + "' is not aligned, confirmed or corrected")));
        }
        return statuses;
    }

    private static List<Language> languageList(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Language::of).toList();
    }
}
