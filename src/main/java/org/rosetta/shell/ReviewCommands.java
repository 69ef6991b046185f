package org.rosetta.shell;

import org.rosetta.corpus.CollectionName;
import org.rosetta.corpus.Reviews;
import org.rosetta.corpus.Workspace;
import org.rosetta.model.Language;
import org.rosetta.model.SentenceRanges;
import org.rosetta.model.TranslationUnit;
import org.rosetta.render.BidiMode;
import org.rosetta.render.Column;
import org.rosetta.render.SideBySide;
import org.rosetta.review.Edit;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** {@code review} and the corrections: merge, split, move, unlink, confirm, undo. */
final class ReviewCommands {

    private final Reviews reviews;
    private final Terminal terminal;
    private final InteractiveTerminal keys;
    private final Diagnostics diagnostics = new Diagnostics();

    private final Workspace workspace;

    ReviewCommands(Workspace workspace, Terminal terminal, InteractiveTerminal keys) {
        this.workspace = workspace;
        this.reviews = new Reviews(workspace);
        this.terminal = terminal;
        this.keys = keys;
    }

    @Command(name = "review", help = "review COLLECTION [DOCUMENT] [--langs LANG,LANG] [--below CONF] [--from UNIT]"
            + " [--least-confident] [--marked] [--limit N] [--width N] [--bidi rosetta|terminal] [--next]",
            group = "Review",
            description = "Show a built collection's units side by side, one column per language, right-to-left"
            + " columns right-aligned and in display order; --below 0.8 shows only units a translator should check")
    void review(CommandContext context,
                @Argument(index = 0, description = "the collection") String collection,
                @Argument(index = 1, description = "only this document") String document,
                @Option(longName = "langs", description = "columns, comma-separated (default: all)") String langs,
                @Option(longName = "below", defaultValue = "1.01", description = "only units less confident (0..1)")
                Double below,
                @Option(longName = "from", description = "start at this unit") String from,
                @Option(longName = "least-confident", description = "least confident units first")
                boolean leastConfident,
                @Option(longName = "marked", description = "only units marked wrong or commented on the review page,"
                        + " with the comments") boolean marked,
                @Option(longName = "limit", defaultValue = "0", description = "units at most (0: all)") Integer limit,
                @Option(longName = "width", defaultValue = "0", description = "line width (0: the terminal's)")
                Integer width,
                @Option(longName = "bidi", description = "rosetta (reorder right-to-left text) or terminal (the"
                        + " terminal does it); default: the ROSETTA_BIDI setting, else rosetta") String bidi,
                @Option(longName = "next", description = "in the interactive shell: one unit at a time, least"
                        + " confident first, single keys to move, merge, split, confirm") boolean next) {
        CollectionName name = collectionName(collection, "review");
        if (below == null || !(below >= 0 && below <= 1.01)) {
            throw new UsageException("--below must be 0 to 1 (got " + below + ")");
        }
        Bounds.check("limit", limit, 0, Integer.MAX_VALUE);
        int lineWidth = Bounds.check("width", width, 0, 1000) == 0 ? terminal.columns() : Math.max(width, 20);
        List<TranslationUnit> units = reviews.units(name, Optional.ofNullable(document));
        if (from != null) {
            int start = indexOf(units, from);
            units = units.subList(start, units.size());
        }
        Map<TranslationUnit, Reviews.ReviserMarks> marks = marked ? reviews.marked(name) : Map.of();
        List<TranslationUnit> shown = new ArrayList<>(units.stream().filter(u -> u.confidence() < below)
                .filter(u -> !marked || marks.containsKey(u)).toList());
        if (leastConfident) {
            shown.sort(Comparator.comparingDouble(TranslationUnit::confidence));
        }
        if (limit > 0 && shown.size() > limit) {
            shown = shown.subList(0, limit);
        }
        List<Language> languages = langs == null ? languagesOf(units) : OptionValues.languages("langs", langs);
        List<Language> present = languagesOf(units);
        languages.forEach(l -> OptionValues.requireIn("langs", l, present, "the collection " + name.value()));
        if (next) {
            org.jline.terminal.Terminal interactive = keys.get().orElseThrow(() -> new UsageException(
                    "review --next reads single keys: run it in the interactive shell (rosetta with no arguments)"));
            BidiMode mode = terminal.bidi(bidi);
            new ReviewWalk(reviews, name, u -> new SideBySide(languages.stream().map(l -> Column.of(l.tag()))
                    .toList(), width == 0 ? Math.max(20, interactive.getWidth()) : lineWidth, mode), terminal,
                    Reviser.name()).run(interactive, ReviewWalk.leastConfidentBelow(below,
                    Optional.ofNullable(document).filter(d -> !d.isBlank())), languages);
            return;
        }
        PrintWriter out = context.outputWriter();
        if (shown.isEmpty()) {
            diagnostics.note("no unit of " + name + " below confidence " + below);
        } else {
            print(out, shown, languages, lineWidth, terminal.bidi(bidi), marks);
        }
        out.flush();
    }

    @Command(name = "merge", help = "merge COLLECTION UNIT", group = "Review",
            description = "Make a unit and the next one a single unit (a corrected link the aligner keeps)")
    void merge(CommandContext context, @Argument(index = 0, description = "the collection") String collection,
               @Argument(index = 1, description = "the unit id, as review shows it") String unit) {
        edit(context, collection, Optional.empty(), new Edit.Merge(required(unit, "merge COLLECTION UNIT")));
    }

    @Command(name = "split", help = "split COLLECTION UNIT --at LANG:N[,LANG:N...]", group = "Review",
            description = "Split a unit in two after sentence N of each language named (numbers as segment prints)")
    void split(CommandContext context, @Argument(index = 0, description = "the collection") String collection,
               @Argument(index = 1, description = "the unit id") String unit,
               @Option(longName = "at", required = true, description = "LANG:N,...: split after these sentences")
               String at) {
        edit(context, collection, Optional.empty(), new Edit.Split(required(unit, "split COLLECTION UNIT --at ..."),
                SentenceNumber.cuts(at, "--at")));
    }

    @Command(name = "move", help = "move COLLECTION LANG:N --to previous|next [--document DOC]", group = "Review",
            description = "Move the first or last sentence of a unit to the unit before or after it")
    void move(CommandContext context, @Argument(index = 0, description = "the collection") String collection,
              @Argument(index = 1, description = "LANG:N, the sentence") String sentence,
              @Option(longName = "to", required = true, description = "previous or next") String to,
              @Option(longName = "document", description = "the document, when the collection has several")
              String document) {
        SentenceNumber at = SentenceNumber.parse(required(sentence, "move COLLECTION LANG:N --to previous|next"),
                "sentence");
        Edit.Direction direction = switch (to.toLowerCase(Locale.ROOT)) {
            case "previous" -> Edit.Direction.PREVIOUS;
            case "next" -> Edit.Direction.NEXT;
            default -> throw new UsageException("--to is previous or next, not '" + to + "'");
        };
        edit(context, collection, Optional.ofNullable(document), new Edit.Move(at.language(), at.number(), direction));
    }

    @Command(name = "unlink", help = "unlink COLLECTION LANG:N [--document DOC]", group = "Review",
            description = "Say a sentence has no counterpart in the other languages")
    void unlink(CommandContext context, @Argument(index = 0, description = "the collection") String collection,
                @Argument(index = 1, description = "LANG:N, the sentence") String sentence,
                @Option(longName = "document", description = "the document, when the collection has several")
                String document) {
        SentenceNumber at = SentenceNumber.parse(required(sentence, "unlink COLLECTION LANG:N"), "sentence");
        edit(context, collection, Optional.ofNullable(document), new Edit.Unlink(at.language(), at.number()));
    }

    @Command(name = "confirm", help = "confirm COLLECTION [UNITS] [--document DOC]",
            group = "Review", description = "Mark units as checked and right: the aligner keeps them, TMX says"
            + " confirmed")
    void confirm(CommandContext context, @Argument(index = 0, description = "the collection") String collection,
                 @Argument(index = 1, description = "unit ids, comma-separated (udhr-3,udhr-4)") String units,
                 @Option(longName = "document", description = "every unit of this document") String document) {
        CollectionName name = collectionName(collection, "confirm");
        if (units != null && units.isBlank()) {
            units = null;
        }
        if ((units == null) == (document == null)) {
            throw new UsageException("confirm takes unit ids or --document DOC (one of the two)");
        }
        List<String> ids = units != null ? OptionValues.items("the unit ids", units)
                : reviews.units(name).stream().filter(u -> u.document().equals(document)).map(TranslationUnit::id)
                        .toList();
        if (ids.isEmpty()) {
            throw new UsageException("no document " + document + " in " + name);
        }
        edit(context, collection, Optional.ofNullable(document), new Edit.Confirm(ids));
    }

    @Command(name = "undo", help = "undo COLLECTION", group = "Review",
            description = "Take back the collection's last correction or confirmation")
    void undo(CommandContext context, @Argument(index = 0, description = "the collection") String collection) {
        report(context, "undid change", reviews.undo(collectionName(collection, "undo")));
    }

    private void edit(CommandContext context, String collection, Optional<String> document, Edit edit) {
        CollectionName name = collectionName(collection, "this command");
        report(context, "change", reviews.edit(name, document, edit, Reviser.name()));
    }

    private void report(CommandContext context, String what, Reviews.EditReport report) {
        report.warnings().forEach(diagnostics::warning);
        PrintWriter out = context.outputWriter();
        out.printf(Locale.ROOT, "%s %d: %d unit(s) now%n", what, report.change(), report.changed().size());
        if (!report.changed().isEmpty()) {
            print(out, report.changed(), languagesOf(report.changed()), terminal.columns(), terminal.bidi(null),
                    Map.of());
        }
        out.flush();
    }

    private void print(PrintWriter out, List<TranslationUnit> units, List<Language> languages, int width,
                       BidiMode bidi, Map<TranslationUnit, Reviews.ReviserMarks> comments) {
        SideBySide layout = new SideBySide(languages.stream().map(l -> Column.of(l.tag())).toList(), width, bidi);
        out.println(terminal.emphasise(layout.titles()));
        for (TranslationUnit unit : units) {
            String heading = String.format(Locale.ROOT, "%s  %s  %.2f  %s  [%s]", unit.id(), unit.beadType(),
                    unit.confidence(), unit.status().tag(), SentenceRanges.format(unit.sentences()))
                    + (comments.containsKey(unit) ? (comments.get(unit).wrong() ? "  marked wrong" : "  commented")
                    + (comments.get(unit).comments().isEmpty() ? "" : ": " + comments.get(unit).comments()) : "");
            List<String> texts = languages.stream().map(l -> Optional.ofNullable(unit.text(l)).orElse("")).toList();
            List<String> lines = layout.render(new SideBySide.Row(heading, texts));
            out.println(terminal.emphasise(lines.getFirst()));
            lines.subList(1, lines.size()).forEach(out::println);
        }
    }

    /** The languages of units in the order they first appear (their sentence languages when known). */
    static List<Language> languagesOf(List<TranslationUnit> units) {
        List<Language> languages = new ArrayList<>();
        for (TranslationUnit unit : units) {
            for (Language language : unit.sentences().isEmpty() ? unit.variants().keySet()
                    : unit.sentences().keySet()) {
                if (!languages.contains(language)) {
                    languages.add(language);
                }
            }
        }
        return languages;
    }

    private static int indexOf(List<TranslationUnit> units, String id) {
        for (int u = 0; u < units.size(); u++) {
            if (units.get(u).id().equals(id)) {
                return u;
            }
        }
        throw new UsageException("--from: no unit " + id);
    }

    private CollectionName collectionName(String collection, String command) {
        if (collection == null || collection.isEmpty()) {
            throw new UsageException(command + " needs a collection");
        }
        return CollectionArgument.built(workspace, collection);
    }

    private static String required(String value, String usage) {
        if (value == null || value.isBlank()) {
            throw new UsageException("usage: " + usage);
        }
        return value;
    }
}
