package org.rosetta.shell;

import org.rosetta.corpus.CollectionName;
import org.rosetta.corpus.Exchange;
import org.rosetta.corpus.ImportReport;
import org.rosetta.corpus.Workspace;
import org.rosetta.exchange.Duplicates;
import org.rosetta.exchange.ExportReport;
import org.rosetta.exchange.LanguageCodes;
import org.rosetta.exchange.PairExport;
import org.rosetta.exchange.TableExport;
import org.rosetta.exchange.TableFormat;
import org.rosetta.model.Language;
import org.rosetta.model.UnitStatus;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code export} and {@code import}: a collection to and from translation tools' formats. */
final class ExchangeCommands {

    private final Workspace workspace;
    private final Diagnostics diagnostics = new Diagnostics();
    private final Exchange exchange;

    ExchangeCommands(Workspace workspace) {
        this.workspace = workspace;
        this.exchange = new Exchange(workspace.layout());
    }

    @Command(name = "export", help = "export COLLECTION [--format tmx|csv|tsv|moses] [--source LANG] [--target LANG]"
            + " [--codes as-is|language|LANG=CODE,...] [--min-confidence X] [--beads 1-1,2-1] [--duplicates drop|keep]"
            + " [--status aligned,confirmed,corrected] [--languages LANG,...] [--out PATH] [--report table|json]"
            + " [--quiet]",
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
                @Option(longName = "beads", description = "keep only these source-target shapes, e.g. 1-1 (tmx, moses)")
                String beads,
                @Option(longName = "duplicates", defaultValue = "drop",
                        description = "drop or keep units whose pair of texts repeats an earlier unit's (tmx, moses)")
                String duplicates,
                @Option(longName = "status", description = "keep only units of these statuses, e.g."
                        + " confirmed,corrected: what a person checked") String status,
                @Option(longName = "languages", description = "columns of csv/tsv (default: all)") String languages,
                @Option(longName = "out", description = "output file (moses: prefix); default under tmx/exports/")
                String out,
                @Option(longName = "report", defaultValue = "table", description = "how the summary is printed:"
                        + " table, or json (--format names the file's format)") String reportFormat,
                @Option(longName = "quiet", description = "no progress on standard error") boolean quiet) {
        Listing summary = Listing.summary("report", reportFormat);
        if (collection == null || collection.isEmpty()) {
            throw new UsageException("export needs a collection, e.g. export udhr --target fr");
        }
        CollectionName name = CollectionArgument.built(workspace, collection);
        if (minConfidence == null || !(minConfidence >= 0 && minConfidence <= 1)) {
            throw new UsageException("--min-confidence must be 0 to 1 (got " + minConfidence + ")");
        }
        Path exports = workspace.layout().tmx().resolve("exports");
        ExportFormat chosen = OptionValues.choice("format", format, ExportFormat.class);
        ProgressLine progress = new ProgressLine(System.err, ProgressLine.mode(quiet));
        java.util.function.LongConsumer unitsRead = units -> progress.count("export " + collection, "units read",
                units);
        ExportReport report;
        try {
            report = switch (chosen) {
                case CSV, TSV -> {
                    if (target != null || beads != null || !codes.equals("as-is")) {
                        throw new UsageException("--target, --beads and --codes are for a tmx or moses export of a"
                                + " pair; csv and tsv write a column per language (--languages)");
                    }
                    TableFormat table = TableFormat.valueOf(chosen.name());
                    List<Language> columns = languages == null ? List.of() : languageList(languages);
                    java.util.Collection<Language> known = exchange.languagesOf(name);
                    columns.forEach(language -> OptionValues.requireIn("languages", language, known,
                            "the collection " + name.value()));
                    yield exchange.exportTable(name, new TableExport(columns, minConfidence, statuses(status)),
                            table, out != null ? Path.of(out)
                                    : exports.resolve(collection + "." + OptionValues.name(chosen)), unitsRead);
                }
                case TMX, MOSES -> {
                    Set<String> shapes = beads == null ? Set.of() : beadShapes(beads);
                    if (target == null) {
                        throw new UsageException("export --format " + format + " needs --target LANG");
                    }
                    java.util.Collection<Language> known = exchange.languagesOf(name);
                    PairExport options = new PairExport(
                            OptionValues.languageIn("source", source, known, "the collection " + name.value()),
                            OptionValues.languageIn("target", target, known, "the collection " + name.value()),
                            LanguageCodes.parse(codes), minConfidence, shapes, Duplicates.parse(duplicates),
                            statuses(status));
                    String pair = collection + "." + source + "-" + target;
                    yield chosen == ExportFormat.TMX
                            ? exchange.exportTmx(name, options, out != null ? Path.of(out)
                                    : exports.resolve(pair + ".tmx"), unitsRead)
                            : exchange.exportMoses(name, options, out != null ? Path.of(out)
                                    : exports.resolve(pair), unitsRead);
                }
            };
        } finally {
            progress.finish();
        }
        PrintWriter writer = context.outputWriter();
        if (summary == Listing.JSON) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("collection", name.value());
            fields.put("format", OptionValues.name(chosen));
            fields.put("read", report.read());
            fields.put("written", report.written());
            fields.put("files", report.files().stream().map(Path::toString).toList());
            summary.writeSummary(writer, fields);
            return;
        }
        writer.printf(Locale.ROOT, "%d of %d units -> %s%n", report.written(), report.read(),
                report.files().stream().map(Path::toString).collect(Collectors.joining(", ")));
        writer.flush();
    }

    /** What {@code export} writes. */
    enum ExportFormat { TMX, CSV, TSV, MOSES }

    @Command(name = "import", help = "import FILE --collection NAME [--format table|json] [--quiet]",
            group = "Exchange", description = "Make a collection from another tool's TMX or a CSV/TSV with a header"
            + " row of languages, and index it for search")
    void importFile(CommandContext context,
                    @Argument(index = 0, description = "a .tmx, .csv or .tsv file") String file,
                    @Option(longName = "collection", required = true, description = "the collection to make")
                    String collection,
                    @Option(longName = "format", defaultValue = "table", description = "table or json") String format,
                    @Option(longName = "quiet", description = "no progress on standard error") boolean quiet) {
        Listing listing = Listing.summary("format", format);
        if (file == null || file.isEmpty()) {
            throw new UsageException("import needs a file");
        }
        ProgressLine progress = new ProgressLine(System.err, ProgressLine.mode(quiet));
        ImportReport report;
        try {
            report = exchange.importFile(Path.of(file), CollectionName.of(collection),
                    (pass, units) -> progress.count(pass == ImportReport.Pass.TMX ? "import " + collection
                            : "index " + collection, "units", units));
        } finally {
            progress.finish();
        }
        PrintWriter writer = context.outputWriter();
        if (listing == Listing.JSON) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("collection", report.collection());
            fields.put("units", report.units());
            fields.put("tmx", report.tmx().toString());
            listing.writeSummary(writer, fields);
            return;
        }
        writer.printf(Locale.ROOT, "%s: %d units -> %s, indexed%n", report.collection(), report.units(),
                report.tmx());
        writer.flush();
    }

    @Command(name = "reindex", help = "reindex [COLLECTION] [--quiet]", group = "Corpus",
            description = "Rebuild the search index from the TMX files alone (one collection, or all)")
    void reindex(CommandContext context,
                 @Argument(index = 0, description = "the collection (default: every tmx/*.tmx)") String collection,
                 @Option(longName = "quiet", description = "no progress on standard error") boolean quiet) {
        List<String> done;
        ProgressLine progress = new ProgressLine(System.err, ProgressLine.mode(quiet));
        try {
            if (collection == null || collection.isEmpty()) {
                done = exchange.reindexAll((name, units) -> progress.count("index " + name, "units", units));
            } else {
                exchange.reindex(CollectionArgument.built(workspace, collection),
                        units -> progress.count("index " + collection, "units", units));
                done = List.of(collection);
            }
        } finally {
            progress.finish();
        }
        PrintWriter writer = context.outputWriter();
        writer.println("indexed " + String.join(", ", done));
        writer.flush();
    }

    @Command(name = "collections", help = "collections [--format table|tsv|json]", group = "Corpus",
            description = "List the collections that are built or imported: languages, documents, units, when"
            + " written, and where each comes from")
    void collections(CommandContext context,
                     @Option(longName = "format", defaultValue = "table", description = "table, tsv or json")
                     String format) {
        Listing listing = Listing.parse(format);
        PrintWriter writer = context.outputWriter();
        List<Exchange.Built> all = exchange.collections();
        if (listing != Listing.TABLE) {
            List<Map<String, Object>> results = new ArrayList<>();
            for (Exchange.Built built : all) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("collection", built.name());
                row.put("languages", built.languages().stream().map(Language::tag).collect(Collectors.joining(",")));
                row.put("documents", built.documents());
                row.put("units", built.units());
                row.put("written", built.written().truncatedTo(ChronoUnit.SECONDS).toString());
                row.put("source", built.origin() == Exchange.Origin.IMPORTED ? "imported" : "corpus/" + built.name());
                row.put("origin", built.origin().tag());
                results.add(row);
            }
            listing.write(writer, Map.of("collections", all.size()), results);
            return;
        }
        // in the user's zone, made here: the zone rules are read on first use, which no other command needs
        DateTimeFormatter written = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
                .withZone(ZoneId.systemDefault());
        for (Exchange.Built built : all) {
            writer.printf(Locale.ROOT, "%-16s %-24s %4d docs %7d units  %s  %s%n", built.name(),
                    built.languages().stream().map(Language::tag).collect(Collectors.joining(",")),
                    built.documents(), built.units(), written.format(built.written()),
                    built.source());
        }
        if (all.isEmpty()) {
            diagnostics.note("no collections yet: put documents under corpus/NAME/ and run build, or import a file");
        }
        writer.flush();
    }

    @Command(name = "remove", help = "remove COLLECTION", group = "Corpus",
            description = "Remove an imported collection's TMX and index, or a built one's once its folder under"
            + " corpus/ is removed (build keeps them searchable, and says so, until then)")
    void remove(CommandContext context,
                @Argument(index = 0, description = "the collection") String collection) {
        if (collection == null || collection.isEmpty()) {
            throw new UsageException("remove needs a collection; 'collections' lists them");
        }
        exchange.remove(CollectionArgument.built(workspace, collection));
        PrintWriter writer = context.outputWriter();
        writer.println("removed " + collection);
        writer.flush();
    }

    private static Set<UnitStatus> statuses(String list) {
        if (list == null) {
            return Set.of();
        }
        Set<UnitStatus> statuses = new java.util.HashSet<>();
        for (String tag : OptionValues.list("status", list)) {
            statuses.add(UnitStatus.ofTag(tag).orElseThrow(() -> new UsageException("--status: '" + tag.strip()
                    + "' is not aligned, confirmed or corrected")));
        }
        return statuses;
    }

    private static List<Language> languageList(String list) {
        return OptionValues.languages("languages", list);
    }

    /** {@code 1-1,2-1}: shapes as source-target sentence counts. */
    private static Set<String> beadShapes(String list) {
        Set<String> shapes = new java.util.LinkedHashSet<>();
        for (String shape : OptionValues.list("beads", list)) {
            if (!shape.matches("\\d{1,2}-\\d{1,2}")) {
                throw new UsageException("--beads: '" + shape + "' is not a bead shape (source-target sentence"
                        + " counts, e.g. 1-1,2-1,1-0)");
            }
            shapes.add(shape);
        }
        return shapes;
    }
}
