package org.rosetta.shell;

import org.jline.terminal.Attributes;
import org.jline.utils.NonBlockingReader;
import org.rosetta.corpus.CollectionName;
import org.rosetta.corpus.Reviews;
import org.rosetta.model.Language;
import org.rosetta.model.RosettaException;
import org.rosetta.model.TranslationUnit;
import org.rosetta.review.Edit;
import org.rosetta.render.Column;
import org.rosetta.render.SideBySide;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code review --next}: a translator's few minutes per statement. The units below a confidence, least confident
 * first, one at a time side by side; single keys: {@code n} next, {@code p} previous, {@code m} merge with the
 * next unit, {@code s} split (asks where), {@code c} confirm, {@code q} quit. Each edit is stored and rebuilt at
 * once, as the commands do. Runs on the interactive shell's terminal; not thread-safe.
 */
final class ReviewWalk {

    static final String KEYS = "[n]ext  [p]revious  [m]erge with next  [s]plit  [c]onfirm  [q]uit";

    private final Reviews reviews;
    private final CollectionName collection;
    private final Function<List<TranslationUnit>, SideBySide> layout;
    private final Terminal style;
    private final String by;

    ReviewWalk(Reviews reviews, CollectionName collection, Function<List<TranslationUnit>, SideBySide> layout,
               Terminal style, String by) {
        this.reviews = reviews;
        this.collection = collection;
        this.layout = layout;
        this.style = style;
        this.by = by;
    }

    /** Walks {@code pick}'s units (recomputed after every edit) on {@code terminal} until q or the last one. */
    void run(org.jline.terminal.Terminal terminal, Function<List<TranslationUnit>, List<TranslationUnit>> pick,
             List<Language> languages) {
        PrintWriter out = terminal.writer();
        Attributes saved = terminal.enterRawMode();
        try {
            List<TranslationUnit> units = pick.apply(reviews.units(collection));
            int at = 0;
            while (!units.isEmpty()) {
                at = Math.clamp(at, 0, units.size() - 1);
                TranslationUnit unit = units.get(at);
                show(out, unit, at, units.size(), languages);
                int key = key(terminal.reader());
                if (key == 'q' || key == 3 || key == 4) {
                    out.println("\r\n(review ended)\r");
                    out.flush();
                    return;
                }
                Optional<Edit> edit = switch (key) {
                    case 'n', ' ' -> {
                        at++;
                        yield Optional.empty();
                    }
                    case 'p' -> {
                        at--;
                        yield Optional.empty();
                    }
                    case 'm' -> Optional.of(new Edit.Merge(unit.id()));
                    case 'c' -> Optional.of(new Edit.Confirm(List.of(unit.id())));
                    case 's' -> splitAt(terminal, out, unit);
                    default -> Optional.empty();
                };
                if (edit.isPresent()) {
                    try {
                        Reviews.EditReport report = reviews.edit(collection, Optional.of(unit.document()),
                                edit.get(), by);
                        out.printf("\r\nchange %d: %s%n\r", report.change(), report.changed().stream()
                                .map(u -> u.id() + " " + u.status().tag()).toList());
                        report.warnings().forEach(w -> out.println("warning: " + w + "\r"));
                    } catch (RosettaException e) {
                        if (e.kind() == RosettaException.Kind.CANCELLED) {
                            throw e;
                        }
                        out.println("\r\nerror: " + e.getMessage() + "\r");
                    }
                    // a confirmed unit is done: on to the one after it; a merged or split one is shown again
                    String then = edit.get() instanceof Edit.Confirm
                            ? (at + 1 < units.size() ? units.get(at + 1).id() : null) : unit.id();
                    units = pick.apply(reviews.units(collection));
                    int found = units.stream().map(TranslationUnit::id).toList().indexOf(then);
                    if (then == null) {
                        out.println("\r\n(that was the last unit)\r");
                    }
                    at = found >= 0 ? found : at;
                }
            }
            out.println("\r\n(nothing left to review)\r");
            out.flush();
        } finally {
            terminal.setAttributes(saved);
        }
    }

    private void show(PrintWriter out, TranslationUnit unit, int at, int of, List<Language> languages) {
        SideBySide sideBySide = layout.apply(List.of(unit));
        out.print("\r\n");
        out.println(style.emphasise(sideBySide.titles()) + "\r");
        String heading = String.format(java.util.Locale.ROOT, "%s  %s  %.2f  %s  (%d of %d)  [%s]", unit.id(),
                unit.beadType(), unit.confidence(), unit.status().tag(), at + 1, of,
                org.rosetta.model.SentenceRanges.format(unit.sentences()));
        List<String> texts = languages.stream().map(l -> Optional.ofNullable(unit.text(l)).orElse("")).toList();
        List<String> lines = sideBySide.render(new SideBySide.Row(heading, texts));
        out.println(style.emphasise(lines.getFirst()) + "\r");
        lines.subList(1, lines.size()).forEach(l -> out.println(l + "\r"));
        out.print(KEYS + " > ");
        out.flush();
    }

    /** Asks for the split points on one line (LANG:N,...), echoing what is typed; empty when given none. */
    private static Optional<Edit> splitAt(org.jline.terminal.Terminal terminal, PrintWriter out,
                                          TranslationUnit unit) {
        out.print("\r\nsplit " + unit.id() + " after (LANG:N,...): ");
        out.flush();
        StringBuilder typed = new StringBuilder();
        while (true) {
            int c = key(terminal.reader());
            if (c == '\r' || c == '\n') {
                break;
            }
            if (c == 3 || c == 27) {
                return Optional.empty();
            }
            if ((c == 127 || c == 8) && !typed.isEmpty()) {
                typed.setLength(typed.length() - 1);
                out.print("\b \b");
            } else if (c >= ' ') {
                typed.append((char) c);
                out.print((char) c);
            }
            out.flush();
        }
        Map<Language, Integer> at;
        try {
            at = SentenceNumber.cuts(typed.toString(), "split after");
        } catch (UsageException e) {
            out.println("\r\n" + e.getMessage() + "\r");
            return Optional.empty();
        }
        return Optional.of(new Edit.Split(unit.id(), at));
    }

    /** The next key; stops when the command is cancelled. */
    private static int key(NonBlockingReader reader) {
        try {
            while (true) {
                RosettaException.checkCancelled();
                int c = reader.read(100L);
                if (c >= 0) {
                    return c;
                }
                if (c == NonBlockingReader.EOF) {
                    return 'q';
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the terminal (" + e.getMessage() + ")", e);
        }
    }

    /** Units below {@code below}, least confident first (in document order among equals). */
    static Function<List<TranslationUnit>, List<TranslationUnit>> leastConfidentBelow(double below,
                                                                                      Optional<String> document) {
        return units -> {
            List<TranslationUnit> picked = new ArrayList<>(units.stream()
                    .filter(u -> document.map(d -> d.equals(u.document())).orElse(true))
                    .filter(u -> u.confidence() < below).toList());
            picked.sort(Comparator.comparingDouble(TranslationUnit::confidence));
            return picked;
        };
    }
}
