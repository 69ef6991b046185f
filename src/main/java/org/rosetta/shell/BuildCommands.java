package org.rosetta.shell;

import org.rosetta.corpus.BuildOptions;
import org.rosetta.corpus.BuildReport;
import org.rosetta.corpus.CollectionName;
import org.rosetta.corpus.CollectionReport;
import org.rosetta.corpus.Workspace;
import org.rosetta.model.Language;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The main job: {@code build}. */
final class BuildCommands {

    private final Workspace workspace;
    private final Diagnostics diagnostics = new Diagnostics();

    BuildCommands(Workspace workspace) {
        this.workspace = workspace;
    }

    @Command(name = "build", help = "build [--pivot LANG] [--collection NAME] [--all] [--follow-links]"
            + " [--dictionary FILE,...] [--quiet] [--format table|tsv|json]",
            group = "Corpus", description = "Segment, align and write tmx/<collection>.tmx and the"
            + " search index for every collection under corpus/")
    void build(CommandContext context,
               @Option(longName = "pivot", description = "language every other version is aligned to (default:"
                       + " en; a document without it uses its first language)") String pivot,
               @Option(longName = "collection", description = "build only this collection") String collection,
               @Option(longName = "all", description = "rebuild collections that did not change too") boolean all,
               @Option(longName = "follow-links", description = "read symbolic links under corpus/ (skipped by"
                       + " default)") boolean followLinks,
               @Option(longName = "dictionary", description = "bilingual word lists the aligner learns from as"
                       + " well: FreeDict dictd indexes, CSV or TSV, comma-separated") String dictionary,
               @Option(longName = "quiet", description = "no progress on standard error") boolean quiet,
               @Option(longName = "format", defaultValue = "table", description = "table, tsv or json (one result"
                       + " per collection)") String format) {
        Listing listing = Listing.parse(format);
        BuildOptions.Links links = followLinks ? BuildOptions.Links.FOLLOW : BuildOptions.Links.SKIP;
        Optional<CollectionName> only = Optional.ofNullable(collection)
                .map(c -> CollectionArgument.inCorpus(workspace, c, links));
        Language pivotLanguage = pivot == null ? BuildOptions.DEFAULT_PIVOT : OptionValues.language("pivot", pivot);
        if (pivot != null) { // a pivot asked for must be there; the default falls back per document
            java.util.Set<Language> languages = new java.util.TreeSet<>();
            (only.isPresent() ? List.of(only.get()) : workspace.corpusCollections(links))
                    .forEach(c -> languages.addAll(workspace.languagesOf(c, links)));
            OptionValues.requireIn("pivot", pivotLanguage, languages, only.map(c -> "the collection " + c.value())
                    .orElse("corpus/"));
        }
        List<Path> dictionaries = DictionaryFiles.of(dictionary);
        PrintWriter out = context.outputWriter();
        ProgressLine progress = new ProgressLine(System.err, ProgressLine.mode(quiet));
        BuildReport report;
        try {
            report = workspace.build(new BuildOptions(pivotLanguage, only,
                    all ? BuildOptions.Rebuild.ALL : BuildOptions.Rebuild.CHANGED, links, dictionaries), progress);
        } finally {
            progress.finish();
        }
        out.flush();
        report.warnings().forEach(diagnostics::warning);
        List<java.util.Map<String, Object>> results = new java.util.ArrayList<>();
        for (CollectionReport c : report.collections()) {
            out.flush();
            c.warnings().forEach(diagnostics::warning);
            c.failures().forEach(diagnostics::failed);
            if (listing != Listing.TABLE) {
                java.util.Map<String, Object> row = new java.util.LinkedHashMap<>();
                row.put("collection", c.name());
                row.put("status", c.status().name().toLowerCase(Locale.ROOT));
                row.put("documents", c.documents());
                row.put("units", c.units());
                row.put("failures", c.failures().size());
                row.put("tmx", workspace.layout().tmx().getParent().relativize(c.tmx()).toString());
                java.util.Map<String, Object> sentences = new java.util.LinkedHashMap<>();
                c.sentences().forEach((language, count) -> sentences.put(language.tag(), count));
                row.put("sentences", sentences);
                results.add(row);
                continue;
            }
            out.printf(Locale.ROOT, "%-12s %3d documents  %6d units  -> %s%s%n", c.name(), c.documents(), c.units(),
                    workspace.layout().tmx().getParent().relativize(c.tmx()),
                    switch (c.status()) {
                        case UNCHANGED -> "  (unchanged)";
                        case FAILED -> "  (failed, previous output kept)";
                        case BUILT -> c.failures().isEmpty() ? "" : "  (" + c.failures().size() + " failed)";
                    });
            if (!c.sentences().isEmpty()) {
                out.println("             sentences: " + c.sentences().entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
            }
        }
        long unchanged = report.collections().stream()
                .filter(c -> c.status() == CollectionReport.Status.UNCHANGED).count();
        long failed = report.collections().stream()
                .filter(c -> c.status() == CollectionReport.Status.FAILED).count();
        if (listing != Listing.TABLE) {
            java.util.Map<String, Object> summary = new java.util.LinkedHashMap<>();
            summary.put("built", report.collections().size() - unchanged - failed);
            summary.put("unchanged", unchanged);
            summary.put("failed", failed);
            summary.put("seconds", report.elapsed().toMillis() / 1000.0);
            summary.put("index", workspace.layout().tmx().getParent().relativize(workspace.layout().index())
                    .toString());
            listing.write(out, summary, results);
        } else {
            out.printf(Locale.ROOT, "%d built, %d unchanged%s in %.1f s; index in %s%n",
                    report.collections().size() - unchanged - failed, unchanged,
                    failed == 0 ? "" : ", " + failed + " failed",
                    report.elapsed().toMillis() / 1000.0,
                    workspace.layout().tmx().getParent().relativize(workspace.layout().index()));
        }
        out.flush();
        if (!report.failures().isEmpty()) {
            throw new PartlyFailedException(report.failures().size() + " failure(s); see the 'failed:' lines above");
        }
    }
}
