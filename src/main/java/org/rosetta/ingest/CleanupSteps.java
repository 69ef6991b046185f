package org.rosetta.ingest;

import com.ibm.icu.text.Normalizer2;
import org.rosetta.model.BlockKind;
import org.rosetta.model.Language;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The work of each {@link Cleanup} step on raw blocks; every step keeps source offsets and counts what it changed.
 * Stateless; thread-safe.
 */
final class CleanupSteps {

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final Pattern LINK =
            Pattern.compile("!?\\[((?:\\\\.|[^\\]\\\\])*)]\\((?:[^()\\s]|\\([^()\\s]*\\))*(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!])");
    private static final String TERMINAL = ".!?…:;\"”»’)]؟。！？";
    private static final int LONG_LINE = 60;
    private static final int MAX_BOILERPLATE = 600;
    private static final Pattern SEPARATOR = Pattern.compile(
            "(?i)please follow and like us:?|[*_-](?:\\s*[*_-]){2,}");

    /** Patterns of non-body blocks, matched against the whole block (case-insensitive). */
    private static final Map<BlockKind, List<Pattern>> NOT_BODY = Map.of(
            BlockKind.BOILERPLATE, patterns(
                    "(please )?(follow|like|share)( (and|&) (like|follow|share))*( us)?( on [\\p{L} ]+)?:?",
                    "(share( this)?|tweet|print|e-?mail|facebook|twitter|linkedin|whatsapp|telegram|instagram"
                            + "|youtube|partager|imprimer)[:.]?",
                    "visit us on social media:?|suivez-nous.*|follow us.*",
                    "(category|categories|tags?|catégories?|mots-clés)\\s*:.*",
                    "(related( posts| articles)?|read more|see also|lire aussi|à lire aussi)\\b.{0,80}",
                    ".*(©|\\bcopyright\\b|all rights? reserved|tous droits réservés|کلیه حقوق).*",
                    "\\d{2,4}\\s?[x×]\\s?\\d{2,4}",
                    "[\\p{P}\\p{S}\\s]+"),
            BlockKind.CONTACT, patterns(
                    "\\+?[\\d ()./-]{7,}",
                    "[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+",
                    "(email us here|e-?mail us|contact( us)?|media contact|press contact|contact presse)\\b.{0,80}"),
            BlockKind.CAPTION, patterns(
                    "\\([^()]{1,40}\\)( and \\([^()]{1,40}\\))?:.*",
                    "(photo|image|picture|video|file photo)( credit)?\\s*:.*"));

    static int nfc(List<RawBlock> blocks) {
        int changed = 0;
        for (int b = 0; b < blocks.size(); b++) {
            MappedText text = blocks.get(b).text();
            if (NFC.isNormalized(text.text())) {
                continue;
            }
            MappedText.Builder normal = new MappedText.Builder();
            int start = 0;
            for (int i = Character.charCount(text.text().codePointAt(0)); i <= text.length();
                 i += i < text.length() ? Character.charCount(text.text().codePointAt(i)) : 1) {
                if (i == text.length() || NFC.hasBoundaryBefore(text.text().codePointAt(i))) {
                    MappedText chunk = text.slice(start, i);
                    String normalised = NFC.normalize(chunk.text());
                    normal.append(normalised.equals(chunk.text()) ? chunk : chunk.replacedBy(normalised));
                    changed += normalised.equals(chunk.text()) ? 0 : 1;
                    start = i;
                }
            }
            blocks.set(b, blocks.get(b).withText(normal.build()));
        }
        return changed;
    }

    static int links(List<RawBlock> blocks) {
        int changed = 0;
        for (int b = 0; b < blocks.size(); b++) {
            MappedText text = blocks.get(b).text();
            Matcher link = LINK.matcher(text.text());
            MappedText.Builder kept = new MappedText.Builder();
            int at = 0;
            while (link.find()) {
                kept.append(text.slice(at, link.start())).append(unescape(text.slice(link.start(1), link.end(1))));
                at = link.end();
                changed++;
            }
            if (at > 0) {
                blocks.set(b, blocks.get(b).withText(kept.append(text.slice(at, text.length())).build()));
            }
        }
        return changed;
    }

    private static MappedText unescape(MappedText text) {
        Matcher escape = ESCAPE.matcher(text.text());
        MappedText.Builder kept = new MappedText.Builder();
        int at = 0;
        while (escape.find()) {
            kept.append(text.slice(at, escape.start())).append(text.slice(escape.start(1), escape.end(1)));
            at = escape.end();
        }
        return at == 0 ? text : kept.append(text.slice(at, text.length())).build();
    }

    /**
     * Joins a paragraph to the next body paragraph when it cannot end there: no sentence-final punctuation and the
     * next starts in lower case (scripts with case), or it ends with a comma and is long or followed by lower case.
     */
    static int rejoin(List<RawBlock> blocks, Language language) {
        int joined = 0;
        for (int b = 0; b < blocks.size(); ) {
            RawBlock current = blocks.get(b);
            int next = b + 1;
            while (next < blocks.size() && !blocks.get(next).kind().isBody()) {
                next++; // a caption or share line between the two halves of a sentence
            }
            if (current.kind() == BlockKind.PARAGRAPH && next < blocks.size()
                    && blocks.get(next).kind() == BlockKind.PARAGRAPH
                    && continues(current.text().text().strip(), blocks.get(next).text().text().strip())) {
                RawBlock rest = blocks.get(next);
                MappedText gap = MappedText.at(" ", current.text().sourceEnd(),
                        Math.max(0, rest.text().sourceStart() - current.text().sourceEnd()));
                List<RawBlock> between = new ArrayList<>(blocks.subList(b + 1, next));
                blocks.subList(b + 1, next + 1).clear();
                blocks.set(b, current.withText(current.text().append(gap).append(rest.text())));
                blocks.addAll(b + 1, between);
                joined++;
            } else {
                b++;
            }
        }
        return joined;
    }

    private static boolean continues(String current, String next) {
        if (current.isEmpty() || next.isEmpty()) {
            return false;
        }
        char last = current.charAt(current.length() - 1);
        int first = next.codePointAt(0);
        boolean nextLower = Character.isLowerCase(first);
        if (last == ',' || last == '،') {
            return nextLower || current.length() >= LONG_LINE;
        }
        return TERMINAL.indexOf(last) < 0 && Character.isLetterOrDigit(last) && nextLower;
    }

    static int boilerplate(List<RawBlock> blocks) {
        int marked = 0;
        for (int b = 0; b < blocks.size(); b++) {
            RawBlock block = blocks.get(b);
            if (!block.kind().isBody() || block.text().length() > MAX_BOILERPLATE) {
                continue; // share lines, captions and contacts are short; a long block is body text
            }
            String text = block.text().text().strip();
            for (Map.Entry<BlockKind, List<Pattern>> kind : NOT_BODY.entrySet()) {
                if (kind.getValue().stream().anyMatch(p -> p.matcher(text).matches())) {
                    blocks.set(b, block.withKind(kind.getKey()));
                    marked++;
                    break;
                }
            }
        }
        return marked;
    }

    /**
     * Names the structure plain text does not mark: a short paragraph (under {@value #HEADING_LENGTH} characters,
     * one line) without sentence-final punctuation is a heading, the first of a document its title. Runs after
     * {@link #rejoin}, so a broken sentence is never taken for a heading.
     */
    static void headings(List<RawBlock> blocks) {
        boolean titled = false;
        for (int b = 0; b < blocks.size(); b++) {
            RawBlock block = blocks.get(b);
            String text = block.text().text().strip();
            if (block.kind() == BlockKind.PARAGRAPH && !text.isEmpty() && text.length() < HEADING_LENGTH
                    && TERMINAL.indexOf(text.charAt(text.length() - 1)) < 0 && text.charAt(text.length() - 1) != ','
                    && !text.contains("\n") && Character.isLetterOrDigit(text.codePointAt(0))) {
                blocks.set(b, block.withKind(titled ? BlockKind.HEADING : BlockKind.TITLE));
            }
            titled |= block.kind().isBody();
        }
    }

    private static final int HEADING_LENGTH = 120;

    /** Splits after each separator block (kept, as boilerplate, at the end of the article it closes). */
    static List<List<RawBlock>> articles(List<RawBlock> blocks) {
        List<List<RawBlock>> articles = new ArrayList<>();
        List<RawBlock> current = new ArrayList<>();
        for (RawBlock block : blocks) {
            boolean separator = SEPARATOR.matcher(block.text().text().strip()).matches();
            current.add(separator ? block.withKind(BlockKind.BOILERPLATE) : block);
            if (separator) {
                articles.add(current);
                current = new ArrayList<>();
            }
        }
        if (current.stream().anyMatch(b -> b.kind().isBody() && !b.text().isBlank())) {
            articles.add(current);
        } else if (!articles.isEmpty()) {
            articles.getLast().addAll(current);
        } else {
            articles.add(current);
        }
        return articles;
    }

    private static List<Pattern> patterns(String... regexes) {
        List<Pattern> patterns = new ArrayList<>();
        for (String regex : regexes) {
            patterns.add(Pattern.compile("(?ius)" + regex));
        }
        return List.copyOf(patterns);
    }

    static Set<Cleanup> all() {
        return Set.of(Cleanup.values());
    }

    private CleanupSteps() {
    }
}
