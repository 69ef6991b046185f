package org.rosetta.ingest;

import org.rosetta.model.BlockKind;
import org.rosetta.model.Language;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a short block of scraped text is when its markup does not say: share and print lines, breadcrumbs,
 * copyright and tag lines ({@link BlockKind#BOILERPLATE}), date lines, press contacts, photo captions, or (short,
 * without sentence-final punctuation) a heading. Ingestion and the evaluation's gold reader classify with this one
 * class, so {@code eval} measures what {@code build} does. Stateless and thread-safe.
 */
public final class BlockClassifier {

    /** Furniture is short; a longer block is body text whatever it contains. */
    static final int MAX_FURNITURE = 600;
    static final int HEADING_LENGTH = 120;
    static final String TERMINAL = ".!?…:;\"”»’)]؟。！？";
    private static final String COMMAS = ",،，、";
    private static final int LONG_LINE = 60;

    /** Patterns of non-body blocks, matched against the whole block (case-insensitive), in this order. */
    private static final Map<BlockKind, List<Pattern>> NOT_BODY = notBody();

    private static Map<BlockKind, List<Pattern>> notBody() {
        Map<BlockKind, List<Pattern>> kinds = new LinkedHashMap<>();
        kinds.put(BlockKind.BOILERPLATE, patterns(
                "(please )?(follow|like|share)( (and|&) (like|follow|share))*( us)?( on [\\p{L} ]+)?:?",
                "(share( this)?|tweet|print( this)?( page| article)?|e-?mail|facebook|twitter|linkedin|whatsapp"
                        + "|telegram|instagram|youtube|partager|imprimer( cette page)?|teilen|drucken|seite drucken"
                        + "|condividi|stampa|compartir|imprimir( esta página)?|delen|afdrukken"
                        // Persian, Arabic, Russian, Chinese (either yeh and kaf; ZWNJ, space or nothing)
                        + "|اشتراک[\u200c ]?گذاری|به اشتراک بگذارید|هم[\u200c ]?رسانی|چاپ( این (صفحه|مطلب|خبر))?"
                        + "|نسخه[ٔ\u200c ]? ?چاپی|ارسال به دوستان|شارك|مشاركة|شارك (هذا المقال|هذه الصفحة)"
                        + "|طباعة( (هذه الصفحة|الصفحة|المقال))?|اطبع|أرسل لصديق"
                        + "|поделиться|печать|распечатать|версия для печати|分享|打印(本页)?)\\s?[:.：]?",
                "visit us on social media:?|suivez-nous.*|follow us.*|folgen sie uns.*|síguenos.*|seguici.*"
                        + "|ما را دنبال [کك]ن[یي]د.*|تابعونا.*|تابعنا.*|подписывайтесь.*|关注我们.*",
                "(press|news|media) release|for immediate release|communiqué( de presse)?|pressemitteilung"
                        + "|comunicato stampa|comunicado de prensa|persbericht"
                        + "|اطلاع[یي]ه[ٔ]? مطبوعات[یي]|ب[یي]ان[یي]ه[ٔ]? مطبوعات[یي]|بيان صحفي|بلاغ صحفي"
                        + "|пресс-релиз|新闻稿",
                "(category|categories|tags?|catégories?|mots-clés|schlagwörter|etiquetas"
                        + "|برچسب[\u200c ]?ها|برچسب|دسته[\u200c ]?بندی|موضوعات|الوسوم|وسوم|كلمات مفتاحية|التصنيفات?"
                        + "|теги|метки|рубрики?|标签|分类)\\s*[:：].*",
                "(related( posts| articles)?|read more|see also|lire aussi|à lire aussi|latest news"
                        + "|articles? liés?|weiterlesen|leggi anche)\\b.{0,80}",
                // the same without \b, which is ASCII-only: a Persian or Arabic word is not a \w
                "(آخر[یي]ن (اخبار|مطالب)|اخبار مرتبط|مطالب مرتبط|ب[یي]شتر بخوان[یي]د|همچن[یي]ن بخوان[یي]د"
                        + "|آخر الأخبار|أخبار ذات صلة|مقالات ذات صلة|اقرأ (أيضا|أيضاً|المزيد)"
                        + "|последние новости|читайте также|похожие (статьи|материалы)|новости по теме"
                        + "|相关(文章|新闻)|最新(消息|新闻))[:：]?(\\s.{0,80})?",
                ".{0,80}(©|\\bcopyright\\b|all rights? reserved|tous droits réservés|alle rechte vorbehalten"
                        + "|todos los derechos reservados|tutti i diritti riservati|[کك]ل[یي]ه حقوق|تمام[یي] حقوق"
                        + "|جميع الحقوق|все права защищены|版权所有).{0,80}",
                // breadcrumbs: short items joined by arrows or chevrons (not French quotes), no final punctuation
                "[^›»«>/|]{1,40}(\\s[›»>|/]\\s[^›»«>/|]{1,40}){1,6}(?<![.!?;:])",
                "\\d{2,4}\\s?[x×]\\s?\\d{2,4}",
                "x{1000}"));
        kinds.put(BlockKind.CONTACT, patterns(
                "\\+?(?=(?:\\D*\\d){7})[\\d ()./-]{7,}",
                "[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+",
                "(email us here|e-?mail us|contact( us)?|media contact|press contact|contact presse)\\b.{0,80}"));
        kinds.put(BlockKind.CAPTION, patterns(
                "\\([^()]{1,40}\\)( and \\([^()]{1,40}\\))?:.*",
                "(photo|image|picture|video|file photo|foto|фото|عکس|صورة)( credit)?\\s*:.*"));
        return kinds;
    }

    private BlockClassifier() {
    }

    /** The non-body kind of a block's text, or the kind it has when none applies. */
    public static BlockKind furniture(String text, Language language, BlockKind kind) {
        String stripped = text.strip();
        if (!kind.isBody() || stripped.length() > MAX_FURNITURE) {
            return kind;
        }
        for (Map.Entry<BlockKind, List<Pattern>> furniture : NOT_BODY.entrySet()) {
            if (furniture.getKey() == BlockKind.CONTACT && DateLines.isDateLine(stripped, language)) {
                return BlockKind.DATELINE; // "14/09/2017" is a date, not a phone number
            }
            if (furniture.getValue().stream().anyMatch(p -> p.matcher(stripped).matches())) {
                return furniture.getKey();
            }
        }
        return kind;
    }

    /**
     * Whether a paragraph reads as a heading: one short line, starting with a letter or digit, without
     * sentence-final punctuation or a trailing comma (Latin, Arabic or CJK).
     */
    public static boolean looksLikeHeading(String text) {
        String stripped = text.strip();
        return !stripped.isEmpty() && stripped.length() < HEADING_LENGTH
                && TERMINAL.indexOf(stripped.charAt(stripped.length() - 1)) < 0
                && COMMAS.indexOf(stripped.charAt(stripped.length() - 1)) < 0 && !stripped.contains("\n")
                && Character.isLetterOrDigit(stripped.codePointAt(0)) && !SENTENCE_INSIDE.matcher(stripped).find();
    }

    /** A sentence end inside the text: a heading is one phrase, a page cut mid-paragraph is not a heading. */
    private static final Pattern SENTENCE_INSIDE = Pattern.compile("[.!?؟。！？]\\s+\\p{Lu}");

    /**
     * Whether a paragraph cannot end where {@code current} ends because {@code next} carries on its sentence: no
     * sentence-final punctuation and {@code next} starts in lower case (scripts with case), or it ends with a comma
     * and is long or followed by lower case.
     */
    static boolean continues(String current, String next) {
        if (current.isEmpty() || next.isEmpty()) {
            return false;
        }
        char last = current.charAt(current.length() - 1);
        boolean nextLower = Character.isLowerCase(next.codePointAt(0));
        if (COMMAS.indexOf(last) >= 0) {
            return nextLower || current.length() >= LONG_LINE;
        }
        return TERMINAL.indexOf(last) < 0 && Character.isLetterOrDigit(last) && nextLower;
    }

    /**
     * The kind of each line of a plain file, one sentence or block per line, as ingestion would mark it: furniture
     * first, then headings (the first before any body line is the title); a line whose sentence the next line
     * carries on is not a heading, as ingestion rejoins such lines before it looks for headings.
     */
    public static List<BlockKind> lines(List<String> lines, Language language) {
        List<BlockKind> kinds = new ArrayList<>(lines.size());
        boolean titled = false;
        for (int k = 0; k < lines.size(); k++) {
            String line = lines.get(k);
            BlockKind kind = furniture(line, language, BlockKind.PARAGRAPH);
            boolean carriedOn = k + 1 < lines.size() && continues(line.strip(), lines.get(k + 1).strip());
            if (kind == BlockKind.PARAGRAPH && !carriedOn && looksLikeHeading(line)) {
                kind = titled ? BlockKind.HEADING : BlockKind.TITLE;
            }
            titled |= kind.isBody();
            kinds.add(kind);
        }
        return kinds;
    }

    private static List<Pattern> patterns(String... regexes) {
        List<Pattern> patterns = new ArrayList<>();
        for (String regex : regexes) {
            patterns.add(Pattern.compile("(?ius)" + regex));
        }
        return List.copyOf(patterns);
    }
}
