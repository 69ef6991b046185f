package org.rosetta.shell;

import org.rosetta.align.DocumentPairer;
import org.rosetta.align.PivotCheck;
import org.rosetta.corpus.CollectionName;
import org.rosetta.corpus.Alignments;
import org.rosetta.corpus.BuildOptions;
import org.rosetta.corpus.Workspace;
import org.rosetta.model.Alignment;
import org.rosetta.model.Bead;
import org.rosetta.model.Language;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** {@code align}, {@code check-pivot}, {@code pair}: alignment outside a build. */
final class AlignCommands {

    private final Workspace workspace;
    private final Alignments alignments = new Alignments();

    AlignCommands(Workspace workspace) {
        this.workspace = workspace;
    }

    @Command(name = "align", help = "align SOURCE TARGET [--source-lang LANG] [--target-lang LANG]"
            + " [--sort position|confidence] [--format table|beads|tsv|json] [--limit N] [--with|--without SIGNAL,...]"
            + " [--dictionary FILE]",
            group = "Align", description = "Align two files and list the beads with their confidence; --sort"
            + " confidence lists the least sure first, where a translator should look")
    void align(CommandContext context,
               @Argument(index = 0, description = "the source file") String source,
               @Argument(index = 1, description = "the target file") String target,
               @Option(longName = "source-lang", description = "the source's language, if its name does not say")
               String sourceLang,
               @Option(longName = "target-lang", description = "the target's language, if its name does not say")
               String targetLang,
               @Option(longName = "sort", defaultValue = "position", description = "position or confidence")
               String sort,
               @Option(longName = "format", defaultValue = "table", description = "table, beads ([0]:[0]:0.93), tsv or json")
               String format,
               @Option(longName = "limit", defaultValue = "0", description = "beads at most (0: all)") Integer limit,
               @Option(longName = "with", description = "signals to switch on, e.g. punctuation") String with,
               @Option(longName = "without", description = "signals to switch off, e.g. lexicon") String without,
               @Option(longName = "dictionary", description = "a bilingual word list, CSV or TSV") String dictionary) {
        if (source == null || source.isEmpty() || target == null || target.isEmpty()) {
            throw new UsageException("align needs two files: align SOURCE TARGET");
        }
        Bounds.check("limit", limit, 0, Integer.MAX_VALUE);
        BeadOrder order = OptionValues.choice("sort", sort, BeadOrder.class);
        Output output = format.strip().equalsIgnoreCase("text") ? Output.TABLE // the name earlier versions used
                : OptionValues.choice("format", format, Output.class);
        Alignment alignment = alignments.align(Path.of(source),
                Optional.ofNullable(sourceLang).map(tag -> OptionValues.language("source-lang", tag)),
                Path.of(target), Optional.ofNullable(targetLang).map(tag -> OptionValues.language("target-lang", tag)),
                SignalOptions.settings(with, without, dictionary));
        List<Bead> beads = new ArrayList<>(alignment.beads());
        if (order == BeadOrder.CONFIDENCE) {
            beads.sort(Comparator.comparingDouble(Bead::confidence));
        }
        List<Bead> shown = limit > 0 ? beads.subList(0, Math.min(limit, beads.size())) : beads;
        PrintWriter out = context.outputWriter();
        if (output == Output.TSV || output == Output.JSON) {
            List<Map<String, Object>> results = new ArrayList<>();
            for (Bead bead : shown) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("bead", org.rosetta.eval.BeadFormat.of(bead).format());
                row.put("type", bead.type().toString());
                row.put("confidence", bead.confidence());
                row.put("source", alignment.source().text(bead.sourceStart(), bead.sourceEnd()));
                row.put("target", alignment.target().text(bead.targetStart(), bead.targetEnd()));
                results.add(row);
            }
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("source_language", alignment.source().language().tag());
            summary.put("target_language", alignment.target().language().tag());
            summary.put("beads", alignment.beads().size());
            (output == Output.TSV ? Listing.TSV : Listing.JSON).write(out, summary, results);
            return;
        }
        for (Bead bead : shown) {
            if (output == Output.BEADS) {
                out.println(org.rosetta.eval.BeadFormat.of(bead).format()
                        + String.format(Locale.ROOT, ":%.4f", bead.confidence()));
            } else {
                out.printf(Locale.ROOT, "%.2f  %s  %s%n", bead.confidence(), bead.type(),
                        org.rosetta.eval.BeadFormat.of(bead).format());
                out.println("   " + alignment.source().language() + "  "
                        + alignment.source().text(bead.sourceStart(), bead.sourceEnd()));
                out.println("   " + alignment.target().language() + "  "
                        + alignment.target().text(bead.targetStart(), bead.targetEnd()));
            }
        }
        out.flush();
    }

    /** The order {@code align} lists beads in. */
    enum BeadOrder { POSITION, CONFIDENCE }

    /** What {@code align} prints: text for people, bead lines as {@code eval} files hold them, or a listing. */
    enum Output { TABLE, BEADS, TSV, JSON }

    @Command(name = "check-pivot", help = "check-pivot COLLECTION [--pivot LANG] [--limit N] [--format table|tsv|json]", group = "Align",
            description = "Align the non-pivot versions of a collection's documents directly and list where they"
            + " disagree with the pivot-based units")
    void checkPivot(CommandContext context,
                    @Argument(index = 0, description = "the collection under corpus/") String collection,
                    @Option(longName = "pivot", description = "the pivot language (default: en, else each"
                            + " document's first)") String pivot,
                    @Option(longName = "limit", defaultValue = "20", description = "disagreements shown per document")
                    Integer limit,
                    @Option(longName = "format", defaultValue = "table", description = "table, tsv or json (one"
                            + " result per disagreement)") String format) {
        Listing listing = Listing.parse(format);
        if (collection == null || collection.isEmpty()) {
            throw new UsageException("check-pivot needs a collection");
        }
        Bounds.check("limit", limit, 1, Bounds.MAX_LIMIT);
        CollectionName name = CollectionArgument.inCorpus(workspace, collection);
        Language pivotLanguage = pivot == null ? BuildOptions.DEFAULT_PIVOT : OptionValues.languageIn("pivot", pivot,
                workspace.languagesOf(name, BuildOptions.Links.SKIP), "the collection " + name.value());
        PrintWriter out = context.outputWriter();
        List<Map<String, Object>> results = new ArrayList<>();
        int checked = 0;
        List<PivotCheck.Report> reports = alignments.checkPivot(workspace.layout().folderOf(name), pivotLanguage);
        if (reports.isEmpty()) { // a remark, not a result: standard error, as "no match" is
            new Diagnostics().note("no document of " + name.value() + " has three versions or more: check-pivot"
                    + " compares the units built through the pivot with direct links between the other versions");
        }
        for (PivotCheck.Report report : reports) {
            checked += report.checked();
            if (listing == Listing.TABLE) {
                out.printf(Locale.ROOT, "%s: %d of %d direct links disagree with the pivot units%n",
                        report.document(), report.disagreements().size(), report.checked());
            }
            for (PivotCheck.Disagreement d : report.disagreements().stream().limit(limit).toList()) {
                String bead = org.rosetta.eval.BeadFormat.of(d.direct()).format();
                if (listing == Listing.TABLE) {
                    out.printf(Locale.ROOT, "   %s-%s %s%n      %s  %s%n      %s  %s%n", d.first(), d.second(), bead,
                            d.first(), d.firstText(), d.second(), d.secondText());
                } else {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("document", report.document());
                    row.put("first", d.first().tag());
                    row.put("second", d.second().tag());
                    row.put("bead", bead);
                    row.put("confidence", d.direct().confidence());
                    row.put("first_text", d.firstText());
                    row.put("second_text", d.secondText());
                    results.add(row);
                }
            }
        }
        if (listing != Listing.TABLE) {
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("collection", name.value());
            summary.put("pivot", pivotLanguage.tag());
            summary.put("checked", checked);
            listing.write(out, summary, results);
        }
        out.flush();
    }

    @Command(name = "pair", help = "pair SOURCE-DIR TARGET-DIR --source-lang LANG --target-lang LANG"
            + " [--format table|tsv|json]", group = "Align",
            description = "Propose which documents of one folder translate which of another, from shared numbers,"
            + " dates, names and length")
    void pair(CommandContext context,
              @Argument(index = 0, description = "folder of source-language documents") String sources,
              @Argument(index = 1, description = "folder of target-language documents") String targets,
              @Option(longName = "source-lang", required = true, description = "their language") String sourceLang,
              @Option(longName = "target-lang", required = true, description = "their language") String targetLang,
              @Option(longName = "format", defaultValue = "table", description = "table, tsv or json") String format) {
        Listing listing = Listing.parse(format);
        if (sources == null || sources.isBlank() || targets == null || targets.isBlank()) {
            throw new UsageException("pair needs two folders: pair SOURCE-DIR TARGET-DIR");
        }
        PrintWriter out = context.outputWriter();
        List<DocumentPairer.Proposal> proposals = alignments.pair(Path.of(sources),
                OptionValues.language("source-lang", sourceLang), Path.of(targets),
                OptionValues.language("target-lang", targetLang));
        if (listing != Listing.TABLE) {
            List<Map<String, Object>> results = new ArrayList<>();
            for (DocumentPairer.Proposal proposal : proposals) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("score", proposal.score());
                row.put("source", proposal.source().document().id());
                row.put("target", proposal.target().document().id());
                row.put("shared_anchors", proposal.sharedAnchors());
                results.add(row);
            }
            listing.write(out, Map.of("proposals", proposals.size()), results);
            return;
        }
        for (DocumentPairer.Proposal proposal : proposals) {
            out.printf(Locale.ROOT, "%.2f  %s  <->  %s   (%d shared anchors)%n", proposal.score(),
                    proposal.source().document().id(), proposal.target().document().id(), proposal.sharedAnchors());
        }
        out.flush();
    }
}
