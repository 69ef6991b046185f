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
    private static final String TERMINAL = BlockClassifier.TERMINAL;
    private static final Pattern SEPARATOR = Pattern.compile(
            "(?i)please follow and like us:?|[*_-](?:\\s*[*_-]){2,}");

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
                    && BlockClassifier.continues(current.text().text().strip(), blocks.get(next).text().text().strip())) {
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


    static int boilerplate(List<RawBlock> blocks, Language language) {
        int marked = 0;
        for (int b = 0; b < blocks.size(); b++) {
            RawBlock block = blocks.get(b);
            BlockKind kind = BlockClassifier.furniture(block.text().text(), language, block.kind());
            if (kind != block.kind()) {
                if (block.kind().isBody()) {
                    marked++;
                }
                blocks.set(b, block.withKind(kind));
            }
        }
        return marked;
    }

    /**
     * Names the structure plain text does not mark: in one article's blocks, a short paragraph (under
     * {@value BlockClassifier#HEADING_LENGTH} characters, one line) without sentence-final punctuation is a heading,
     * the first its title, where the article's paragraphs mark headings so ({@link BlockClassifier#marksHeadings}).
     * Runs after {@link #rejoin}, so a broken sentence is never taken for a heading, and after the split into
     * {@link #articles}, so each article is judged by its own text. The headings after a links label at the
     * article's end are the titles it lists ({@link BlockClassifier#linkTitles}). Returns how many blocks became
     * headings.
     */
    static int headings(List<RawBlock> blocks) {
        if (!BlockClassifier.marksHeadings(blocks.stream().filter(block -> block.kind() == BlockKind.PARAGRAPH)
                .map(block -> block.text().text()).toList())) {
            return 0;
        }
        List<BlockKind> before = blocks.stream().map(RawBlock::kind).toList();
        boolean titled = false;
        for (int b = 0; b < blocks.size(); b++) {
            RawBlock block = blocks.get(b);
            if (block.kind() == BlockKind.PARAGRAPH && BlockClassifier.looksLikeHeading(block.text().text())) {
                blocks.set(b, block.withKind(titled ? BlockKind.HEADING : BlockKind.TITLE));
            }
            titled |= block.kind().isBody();
        }
        List<BlockKind> kinds = BlockClassifier.linkTitles(blocks.stream().map(RawBlock::kind).toList());
        int marked = 0;
        for (int b = 0; b < blocks.size(); b++) {
            if (kinds.get(b) != blocks.get(b).kind()) {
                blocks.set(b, blocks.get(b).withKind(kinds.get(b)));
            }
            if (before.get(b) == BlockKind.PARAGRAPH && (kinds.get(b) == BlockKind.TITLE
                    || kinds.get(b) == BlockKind.HEADING)) {
                marked++;
            }
        }
        return marked;
    }


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

    static Set<Cleanup> all() {
        return Set.of(Cleanup.values());
    }

    private CleanupSteps() {
    }
}
