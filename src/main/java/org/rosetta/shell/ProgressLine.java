package org.rosetta.shell;

import org.rosetta.corpus.BuildStep;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Progress of long work ({@code build}'s steps, {@code eval}'s sets, the units of {@code import}, {@code reindex}
 * and {@code export}) on standard error: on a terminal, one line rewritten in place (the job, what it is doing,
 * count, rate and, when the total is known, the time left); when standard error is not a terminal (a log, CI), a
 * plain line at most every {@value #QUIET_SECONDS} seconds; nothing with {@link Mode#QUIET}. Never on standard
 * output, which holds results. Not thread-safe: one job at a time.
 */
final class ProgressLine implements Consumer<BuildStep> {

    static final int QUIET_SECONDS = 5;

    /** How progress is shown. */
    enum Mode { TERMINAL, LOG, QUIET }

    private final PrintStream err;
    private final Mode mode;
    private long stageStart = System.nanoTime();
    private BuildStep.Stage stage;
    private String job = "";
    private long lastLine;
    private boolean shown;

    ProgressLine(PrintStream err, Mode mode) {
        this.err = err;
        this.mode = mode;
    }

    /** The mode for this process: the launcher says whether standard error is a terminal. */
    static Mode mode(boolean quiet) {
        return quiet ? Mode.QUIET : Boolean.getBoolean("rosetta.errtty") ? Mode.TERMINAL : Mode.LOG;
    }

    @Override
    public void accept(BuildStep step) {
        if (mode == Mode.QUIET) {
            return;
        }
        if (step.stage() != stage || !step.collection().equals(job)) {
            stage = step.stage();
            job = step.collection();
            stageStart = System.nanoTime();
        }
        String line = line(step);
        if (mode == Mode.TERMINAL) {
            err.print("\r\u001b[K" + (step.stage() == BuildStep.Stage.DONE ? "" : line));
            err.flush();
            shown = step.stage() != BuildStep.Stage.DONE;
        } else if (step.stage() != BuildStep.Stage.DONE
                && System.nanoTime() - lastLine >= QUIET_SECONDS * 1_000_000_000L) {
            err.println(line);
            lastLine = System.nanoTime();
        }
    }

    /**
     * Item {@code done} (from 0) of {@code total} of a job other than a build: {@code label: what, rate, time left}.
     */
    void item(String label, String what, int done, int total) {
        if (mode == Mode.QUIET) {
            return;
        }
        double seconds = secondsInto(label);
        String rate = done > 0 && seconds > 0 ? String.format(Locale.ROOT, ", %.1f/s, about %.0f s left",
                done / seconds, (total - done) / (done / seconds)) : "";
        show(String.format(Locale.ROOT, "%s: %s (%d of %d)%s", label, what, done + 1, total, rate));
    }

    /** A count with no known total ({@code import}'s units): {@code label: done what, rate}. */
    void count(String label, String what, long done) {
        if (mode == Mode.QUIET) {
            return;
        }
        double seconds = secondsInto(label);
        show(String.format(Locale.ROOT, "%s: %,d %s%s", label, done, what,
                seconds > 0.5 ? String.format(Locale.ROOT, ", %,.0f/s", done / seconds) : ""));
    }

    /** Seconds since {@code label}'s job started; a new label starts the clock. */
    private double secondsInto(String label) {
        if (!label.equals(job) || stage != null) {
            job = label;
            stage = null;
            stageStart = System.nanoTime();
        }
        return (System.nanoTime() - stageStart) / 1e9;
    }

    /** The line rewritten in place on a terminal; in a log, printed at most every few seconds. */
    private void show(String line) {
        if (mode == Mode.TERMINAL) {
            err.print("\r\u001b[K" + line);
            err.flush();
            shown = true;
        } else if (System.nanoTime() - lastLine >= QUIET_SECONDS * 1_000_000_000L) {
            err.println(line);
            lastLine = System.nanoTime();
        }
    }

    /** Clears a line still shown (a failed build). */
    void finish() {
        if (shown) {
            err.print("\r\u001b[K");
            err.flush();
            shown = false;
        }
    }

    private String line(BuildStep step) {
        String what = switch (step.stage()) {
            case READING -> String.format(Locale.ROOT, "reading %d of %d documents", step.done() + 1, step.total());
            case ALIGNING -> String.format(Locale.ROOT, "aligning %d documents", step.total());
            case WRITING -> "writing TMX and index";
            case DONE -> String.format(Locale.ROOT, "%d units", step.total());
        };
        double seconds = (System.nanoTime() - stageStart) / 1e9;
        String rate = "";
        if (step.stage() == BuildStep.Stage.READING && step.done() > 0 && seconds > 0) {
            double perSecond = step.done() / seconds;
            rate = String.format(Locale.ROOT, ", %.1f/s, about %.0f s left", perSecond,
                    (step.total() - step.done()) / perSecond);
        }
        return step.collection() + ": " + what + rate;
    }
}
