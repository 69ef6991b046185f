package org.rosetta.ingest;

import org.rosetta.model.Block;
import org.rosetta.model.BlockKind;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads plain text and Markdown: blank lines separate blocks; within a block, a line break also ends a block after
 * sentence-final punctuation or a colon, or after a line clearly shorter than the block's longest when the next line
 * starts with a capital (scraped pages put each paragraph or heading on its own line), or after any line when the
 * block's lines are sentences or verses left without a full stop (four or more, whose next lines start with
 * capitals; in a script without case, not filled to one width: {@link #oneSentencePerLine}), or after a one-line
 * headline before a short line of its own (a date line: {@link #lineOfItsOwn}), and lines are otherwise joined
 * (hard-wrapped paragraphs); a block a line break ends is followed by one after a
 * {@link Block.Boundary#LINE} break. {@code #} lines are headings, a line starting with a bullet or a number is a
 * list item (the bullet is dropped, the number kept). Link markup is left to the {@link Cleanup#LINKS} step.
 */
final class TextReader implements DocumentReader {

    private static final Pattern BLOCK_BREAK = Pattern.compile("\\R\\h*\\R\\s*");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}[ \\t]+");
    /** A bullet, dropped; a number ("54.", "3)") stays: it belongs to its sentence and is an anchor. */
    private static final Pattern BULLET = Pattern.compile("^[ \\t]*[-*+•·▪◦‣–][ \\t]+");
    private static final Pattern NUMBERED = Pattern.compile("^[ \\t]*\\d{1,3}[.)][ \\t]+\\S");
    /** A line shorter than this share of its block's longest did not reach the wrap width. */
    private static final double SHORT = 0.7;
    /** How many open lines it takes to tell a text of one sentence per line from a hard-wrapped one. */
    private static final int OPEN_LINES = 4;
    /** A line of a hard-wrapped paragraph reaches this share of its longest line. */
    private static final double FILLED = 0.8;

    @Override
    public List<RawBlock> read(String source, String where) {
        List<RawBlock> blocks = new ArrayList<>();
        Matcher breaks = BLOCK_BREAK.matcher(source);
        int start = 0;
        while (breaks.find()) {
            add(blocks, source, start, breaks.start());
            start = breaks.end();
        }
        add(blocks, source, start, source.length());
        return blocks;
    }

    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    private static void add(List<RawBlock> blocks, String source, int start, int end) {
        List<int[]> lines = new ArrayList<>();
        Matcher breaks = LINE_BREAK.matcher(source).region(start, end);
        int lineStart = start;
        while (breaks.find()) {
            lines.add(new int[] {lineStart, breaks.start(), breaks.end()});
            lineStart = breaks.end();
        }
        lines.add(new int[] {lineStart, end, end});
        List<String> texts = lines.stream().map(l -> source.substring(l[0], l[1]).strip()).toList();
        int longest = lines.stream().mapToInt(l -> l[1] - l[0]).max().orElse(0);
        // a line shorter than this before a capital ends its block: every line where each holds a sentence
        double shortLine = oneSentencePerLine(texts, longest) ? Double.POSITIVE_INFINITY : longest * SHORT;
        int blockStart = start;
        Block.Boundary boundary = Block.Boundary.PARAGRAPH;
        for (int k = 0; k + 1 < lines.size(); k++) {
            String line = texts.get(k);
            String next = texts.get(k + 1);
            String after = k + 2 < lines.size() ? texts.get(k + 2) : "";
            // a one-line headline: starts its block, not the longest line of it (a wrapped paragraph's first is)
            boolean headline = blockStart == lines.get(k)[0] && line.length() < longest && !carriesOn(line);
            if (endsBlock(line, next, shortLine) || headline && lineOfItsOwn(next, after, longest * SHORT)) {
                addBlock(blocks, source, blockStart, lines.get(k)[1], boundary);
                blockStart = lines.get(k)[2];
                boundary = Block.Boundary.LINE;
            }
        }
        addBlock(blocks, source, blockStart, end, boundary);
    }

    /**
     * Whether a run of lines holds one sentence (or verse) on each line though it leaves them without a full stop:
     * after at least {@value #OPEN_LINES} of its lines that end in a letter or digit, the next line starts with a
     * capital, four times in five or more. A hard-wrapped paragraph breaks between any two words, so its next line
     * mostly starts in lower case (German, which capitalises its nouns, about one time in three). In a script
     * without case (Persian, Arabic, Urdu), where fewer than three in four of those lines that reach half the
     * longest (at least {@value #OPEN_LINES}; a shorter one is a heading) reach {@value #FILLED} of it: a wrapped
     * paragraph fills every line but its last.
     */
    private static boolean oneSentencePerLine(List<String> lines, int longest) {
        int capital = 0;
        int lower = 0;
        int sentenceLong = 0;
        int filled = 0;
        for (int k = 0; k + 1 < lines.size(); k++) {
            String line = lines.get(k);
            String next = lines.get(k + 1);
            if (next.isEmpty() || !endsOpen(line)) {
                continue;
            }
            if (line.length() >= longest / 2.0) { // not a heading on a line of its own
                sentenceLong++;
                if (line.length() >= FILLED * longest) {
                    filled++;
                }
            }
            int first = next.codePointAt(0);
            if (Character.isUpperCase(first) || Character.isTitleCase(first)) {
                capital++;
            } else if (Character.isLowerCase(first)) {
                lower++;
            }
        }
        if (capital + lower == 0) { // a script without case: a wrapped paragraph fills its lines to one width
            return sentenceLong >= OPEN_LINES && 4 * filled < 3 * sentenceLong;
        }
        return capital >= OPEN_LINES && capital >= 4 * lower;
    }

    /**
     * Whether {@code line}, before {@code after} (empty at the end of the block), stands on its own after a line that
     * starts a block (a one-line headline, {@link #add}): short, left without a full stop, starting with a capital
     * or a digit, and the line after it not in lower case. A short open line under a headline is a date line, a
     * label or a byline ("… gaat weer open" / "20 januari 2026"), not the end of the headline's sentence; the last
     * line of a wrapped paragraph of two lines or more is not under its first.
     */
    private static boolean lineOfItsOwn(String line, String after, double shortLine) {
        return line.length() < shortLine && endsOpen(line)
                && (Character.isUpperCase(line.codePointAt(0)) || Character.isDigit(line.codePointAt(0)))
                && (after.isEmpty() || opensSentence(after.codePointAt(0)));
    }

    /**
     * Whether a line break ends a block: before a list item, after sentence-final punctuation, or before a capital
     * after a line shorter than {@code shortLine} characters, not after a comma or a hyphen.
     */
    private static boolean endsBlock(String line, String next, double shortLine) {
        if (line.isEmpty() || next.isEmpty()) {
            return !line.isEmpty();
        }
        if (BULLET.matcher(next).find() || NUMBERED.matcher(next).find()) {
            return true; // the next line is a list item of its own
        }
        char last = line.charAt(line.length() - 1);
        if (BlockClassifier.SENTENCE_FINAL.indexOf(last) >= 0) {
            return true;
        }
        return !carriesOn(line) && opensSentence(next.codePointAt(0)) && line.length() < shortLine;
    }

    /** Whether a (stripped) line ends in a letter or digit: without punctuation to close or carry on its sentence. */
    private static boolean endsOpen(String line) {
        return !line.isEmpty() && Character.isLetterOrDigit(line.codePointBefore(line.length()));
    }

    /** Whether a line ends in a comma or a hyphen: its sentence or word carries on on the next line. */
    private static boolean carriesOn(String line) {
        return line.endsWith(",") || line.endsWith("-");
    }

    /**
     * Whether a line starting with this character may open a sentence: anything but a lower-case letter, which
     * continues a hard-wrapped one. A capital, a letter of a script without case (a short heading line, "مادهٔ
     * دوازدهم", is no more part of the next line's sentence than "Article 12" is), a digit, a currency sign or a
     * quotation mark ("£2.4m grant ..." after a breadcrumb, "“Farmers have ...").
     */
    private static boolean opensSentence(int first) {
        return !Character.isLowerCase(first);
    }

    private static void addBlock(List<RawBlock> blocks, String source, int start, int end,
                                 Block.Boundary boundary) {
        MappedText text = MappedText.of(source, start, end);
        if (text.isBlank()) {
            return;
        }
        Matcher heading = HEADING.matcher(text.text());
        Matcher bullet = BULLET.matcher(text.text());
        if (heading.find()) {
            blocks.add(new RawBlock(BlockKind.HEADING, text.slice(heading.end(), text.length()), boundary));
        } else if (bullet.find()) {
            blocks.add(new RawBlock(BlockKind.LIST_ITEM, text.slice(bullet.end(), text.length()), boundary));
        } else if (NUMBERED.matcher(text.text()).find()) {
            blocks.add(new RawBlock(BlockKind.LIST_ITEM, text, boundary));
        } else {
            blocks.add(new RawBlock(BlockKind.PARAGRAPH, text, boundary));
        }
    }
}
