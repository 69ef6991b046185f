package org.rosetta.ingest;

import org.rosetta.model.BlockKind;
import org.rosetta.model.Language;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a short block of scraped text is when its markup does not say: share and print lines, "Press release" labels,
 * tag lines, links to other pages, copyright lines, breadcrumbs, date lines, press contacts, photo captions (each its
 * own {@link BlockKind}), or (short, without sentence-final punctuation) a heading. Ingestion and the evaluation's gold
 * reader classify with this one class, so {@code eval} measures what {@code build} does. Stateless and thread-safe.
 */
public final class BlockClassifier {

    /** Furniture is short; a longer block is body text whatever it contains. */
    static final int MAX_FURNITURE = 600;
    static final int HEADING_LENGTH = 120;
    /** Sentence-final punctuation and closing quotes: Latin, Arabic, Urdu, Devanagari, CJK. */
    static final String SENTENCE_FINAL = ".!?…:;\"”»؟۔।॥。！？";
    /** {@link #SENTENCE_FINAL}, and the apostrophe-like quote and brackets that may close a sentence too. */
    static final String TERMINAL = SENTENCE_FINAL + "’)]";
    private static final String COMMAS = ",،，、";
    private static final int LONG_LINE = 60;
    /** How many long blocks must end open before {@link #marksHeadings} says a missing full stop is the style. */
    private static final int OPEN_BLOCKS = 3;

    /** No-break and other horizontal spaces (French typography writes "Photo :" with one), matched as a space. */
    private static final Pattern SPACES = Pattern.compile("\\h+");
    /** Patterns of non-body blocks, matched against the whole block (case-insensitive), in this order. */
    private static final Map<BlockKind, List<Pattern>> NOT_BODY = notBody();

    /** Social networks and ways of sharing, as share lines list them (either yeh and kaf). */
    private static final String NETWORKS = "(facebook|x|twitter|linkedin|whatsapp|telegram|instagram|youtube|bluesky"
            + "|mastodon|threads|reddit|pinterest|tiktok|e-?mail|courriel|mail|sms|print|imprimer|drucken|stampa"
            + "|فیس[\u200c ]?بو[کك]|ا[یي][کك]س|توییتر|تلگرام|واتس[\u200c ]?اپ|اینستاگرام|ا[یي]م[یي]ل"
            + "|فيسبوك|فيس بوك|إكس|تويتر|تيليجرام|تلغرام|واتساب|انستغرام|البريد الإلكتروني)";
    private static final String SEPARATOR = "(\\s*[·|•,/،]\\s*|\\s+)";
    /** What a press contact's line starts with. */
    private static final String CONTACT_WORDS = "(email us here|e-?mail us|contact( us)?"
            + "|(media|press) (contacts?|enquiries|inquiries|office)|contacts? (presse|médias?)|service de presse"
            + "|(presse)?kontakt|pressestelle|ansprechpartner(in)?|ufficio stampa|contatti( stampa)?"
            + "|contacto( de prensa)?|oficina de prensa|perscontact|persdienst|contactpersoon)";

    private static Map<BlockKind, List<Pattern>> notBody() {
        Map<BlockKind, List<Pattern>> kinds = new LinkedHashMap<>();
        kinds.put(BlockKind.SHARE, patterns(
                "(please )?(follow|like|share)( (and|&) (like|follow|share))*( us)?( on [\\p{L} ]+)?:?",
                "(share( this)?|tweet|print( this)?( page| article)?|e-?mail|facebook|twitter|linkedin|whatsapp"
                        + "|telegram|instagram|youtube|partager|imprimer( cette page)?|teilen|drucken|seite drucken"
                        + "|condividi|stampa|compartir|imprimir( esta página)?|delen|afdrukken"
                        // Persian, Arabic, Russian, Chinese (either yeh and kaf; ZWNJ, space or nothing)
                        // Persian puts the object first: "این صفحه را به اشتراک بگذارید", "share this page"
                        + "|اشتراک[\u200c ]?گذاری|(ا[یي]ن (صفحه|مطلب|خبر) را )?به اشترا[کك] بگذار[یي]د"
                        + "|هم[\u200c ]?رسانی|چاپ( این (صفحه|مطلب|خبر))?"
                        + "|نسخه[ٔ\u200c ]? ?چاپی|ارسال به دوستان|شارك|مشاركة|شارك (هذا المقال|هذه الصفحة)"
                        + "|طباعة( (هذه الصفحة|الصفحة|المقال))?|اطبع|أرسل لصديق"
                        + "|поделиться|печать|распечатать|версия для печати|分享|打印(本页)?)\\s?[:.：]?",
                // a share word, perhaps "this page" and "on", then the networks: "Partager sur : Facebook · X"
                "(share|partager|partagez|teilen|condividi|compartir|comparte|delen|deel|поделиться"
                        + "|اشتراک[\u200c ]?گذاری|هم[\u200c ]?رسانی|شارك|مشاركة)"
                        + "( (this|cette|ce|diese[nrs]?|questo|questa|esta|este|dit|deze|این|هذا|هذه)"
                        + "( (page|article|post|story|news|item|pagina|articolo|página|artículo|bericht|artikel"
                        + "|seite|beitrag|notizia|noticia|صفحه|مطلب|خبر|الصفحة|المقال|الخبر))?)?"
                        + "( (on|sur|auf|su|en|op|via|در|على|في|в))?\\s?[:：]?"
                        + "(" + SEPARATOR + NETWORKS + ")*",
                NETWORKS + "(" + SEPARATOR + NETWORKS + ")+",
                "visit us on social media:?|suivez-nous.*|follow us.*|folgen sie uns.*|síguenos.*|seguici.*"
                        + "|volg ons.*|ما را دنبال [کك]ن[یي]د.*|تابعونا.*|تابعنا.*|подписывайтесь.*|关注我们.*"));
        kinds.put(BlockKind.LABEL, patterns(
                "((press|news|media) (release|statement)|for immediate release|communiqué( de presse)?"
                        + "|pressemitteilung|pressemeldung|presseinformation|presseerklärung"
                        // Swiss usage: "media release" in German, French and Italian
                        + "|medienmitteilung|medieninformation|communiqué aux médias|comunicato ai media"
                        + "|comunicato( stampa)?|nota (stampa|de prensa)|comunicado( de prensa)?"
                        + "|persbericht|persmededeling|nieuwsbericht"
                        + "|اطلاع[یي]ه([ٔ]|\u200c?[یي])? مطبوعات[یي]|ب[یي]ان[یي]ه([ٔ]|\u200c?[یي])? مطبوعات[یي]"
                        + "|بيان صحفي|بلاغ صحفي|пресс-релиз|新闻稿)"
                        // a number the office gives it: "Pressemitteilung 47/2023", "Press release No. 12"
                        + "(\\s+(no\\.?|nr\\.?|n[°º]|№|#)?\\s*\\p{Nd}+([/.-]\\p{Nd}+)*)?"));
        kinds.put(BlockKind.TAGS, patterns(
                "(category|categories|tags?|topics?|catégories?|mots-clés|thèmes?|schlagwörter|schlagworte|themen"
                        + "|etiquetas|temas|argomenti|tag|trefwoorden|onderwerpen"
                        + "|برچسب[\u200c ]?ها|برچسب|دسته[\u200c ]?بندی|موضوعات|الوسوم|وسوم|كلمات مفتاحية|التصنيفات?"
                        + "|теги|метки|рубрики?|标签|分类)\\s*[:：].*"));
        kinds.put(BlockKind.LINKS, patterns(
                "(related( posts| articles)?|read more|read also|see also|lire aussi|à lire aussi|lire la suite"
                        + "|en savoir plus|latest news|articles? liés?|weiterlesen|mehr lesen|mehr dazu|siehe auch"
                        + "|lesen sie auch|leggi anche|leggi di più|vedi anche|leer más"
                        + "|lee también|ver también|lees (ook|meer|verder)|zie ook"
                        + ")\\b.{0,80}",
                "(back to (the )?(news|overview|top|list)|zurück( zur (übersicht|startseite))?"
                        + "|terug( naar (het )?overzicht)?|retour( à la liste| aux actualités)?|torna all'elenco)\\s?[.!]?",
                // a call to action: a button, not a sentence of the statement
                "(donate( now| today)?|give now|faire un don|donnez|faites un don|jetzt spenden|spenden"
                        + "|dona( ora| adesso)?|donar( ahora)?|dona ahora|doneer( nu)?|steun ons"
                        + "|تبرع(وا)?( الآن)?|اكفل|همین (حالا|الان) [کك]م[کك] [کك]ن[یي]د|[کك]م[کك] [کك]ن[یي]د)\\s?[!.]?",
                // the same without \b, which is ASCII-only: a Persian or Arabic word is not a \w
                "(آخر[یي]ن (اخبار|مطالب)|اخبار مرتبط|مطالب مرتبط|ب[یي]شتر بخوان[یي]د|همچن[یي]ن بخوان[یي]د"
                        + "|آخر الأخبار|أخبار ذات صلة|مقالات ذات صلة|اقرأ (أيضا|أيضاً|المزيد)"
                        + "|последние новости|читайте также|похожие (статьи|материалы)|новости по теме"
                        + "|相关(文章|新闻)|最新(消息|新闻))[:：]?(\\s.{0,80})?"));
        // before copyright: a photo's credit is part of its caption
        kinds.put(BlockKind.CAPTION, patterns(
                // a credit in brackets, or two joined by a short word ("and", "et", "و"), then a colon
                "\\([^()]{1,40}\\)(\\s\\p{L}{1,4}\\s\\([^()]{1,40}\\))?\\s?[:：].*",
                "(photo|photos|image|picture|video|vidéo|file photo|foto|fotos|bild|immagine|imagen|фото"
                        + "|عکس|تصویر|صورة|الصورة)( credit| crédit)?\\s*[:：].*",
                "(pictured|in the photo|sur (la|cette) photo|auf dem (foto|bild)|nella foto|en la (foto|imagen)"
                        + "|op de foto|in de foto|crédit photo|photo credit|bildnachweis|در (این )?تصویر|في الصورة)"
                        + "[\\s:：,].*"));
        kinds.put(BlockKind.COPYRIGHT, patterns(
                ".{0,80}(©|\\bcopyright\\b|all rights? reserved|tous droits réservés|alle rechte vorbehalten"
                        + "|todos los derechos reservados|tutti i diritti riservati|[کك]ل[یي]ه حقوق|تمام[یي] حقوق"
                        + "|جميع الحقوق|все права защищены|版权所有).{0,80}"));
        kinds.put(BlockKind.BOILERPLATE, patterns(
                "\\d{2,4}\\s?[x×]\\s?\\d{2,4}",
                "x{1000}"));
        // short items joined by arrows or chevrons (not French quotes), no final punctuation
        kinds.put(BlockKind.BREADCRUMB, patterns("[^›»«>/|]{1,40}(\\s[›»>|/]\\s[^›»«>/|]{1,40}){1,6}(?<![.!?;:])"));
        kinds.put(BlockKind.CONTACT, patterns(
                "\\+?(?=(?:\\D*\\d){7})[\\d ()./-]{7,}",
                "[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+",
                // a contact word alone, or before a colon, or before an e-mail address or a phone number: not
                // "Kontakt zur Familie besteht seit Mai nicht mehr."
                CONTACT_WORDS + "\\s?([:：].{0,80})?",
                CONTACT_WORDS + "\\b(?=.*(@|(\\D*\\d){7})).{0,80}",
                "(تماس( با ما)?|روابط عمومی|للتواصل|اتصل بنا|الاتصال|المكتب الإعلامي)\\s?[:：].{0,80}"));
        return kinds;
    }

    private BlockClassifier() {
    }

    /**
     * The non-body kind of a block's text, or the kind it has when none applies. A block already known as
     * furniture keeps its kind, but {@link BlockKind#BOILERPLATE} (a footer's, an aside's) is told more exactly
     * where its text says which furniture it is.
     */
    public static BlockKind furniture(String text, Language language, BlockKind kind) {
        // Arabic short vowels aside: the patterns leave them out
        String stripped = SPACES.matcher(ArabicVowels.without(text.strip())).replaceAll(" ");
        if ((!kind.isBody() && kind != BlockKind.BOILERPLATE) || stripped.length() > MAX_FURNITURE) {
            return kind;
        }
        if (DateLines.isDateLine(stripped, language)) {
            return BlockKind.DATELINE; // "14/09/2017" is no phone number, "Geneva | 14 September 2017" no breadcrumb
        }
        for (Map.Entry<BlockKind, List<Pattern>> furniture : NOT_BODY.entrySet()) {
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

    /**
     * Whether a missing full stop can mark a heading among these blocks (a document's paragraphs, or the lines of a
     * file with one sentence per line): not where a third or more of the blocks of a sentence's length
     * ({@value #LONG_LINE} characters or more), and at least {@value #OPEN_BLOCKS}, end without sentence-final
     * punctuation or a comma. Then leaving it out is how the text is written (verse, subtitles, notes), and a short
     * line without it is as likely a sentence as a heading. Statements, books and debates end their sentences: no
     * document of the shared evaluation sets, the user's statements or the hand-written ones comes near (at most two
     * such lines open, a headline and a subheading; the seeds' long pages one in eight), while a translation of
     * scripture split at its verses leaves half of them open or more.
     */
    public static boolean marksHeadings(List<String> blocks) {
        int longBlocks = 0;
        int open = 0;
        for (String block : blocks) {
            String stripped = block.strip();
            if (stripped.length() >= LONG_LINE) {
                longBlocks++;
                char last = stripped.charAt(stripped.length() - 1);
                if (TERMINAL.indexOf(last) < 0 && COMMAS.indexOf(last) < 0) {
                    open++;
                }
            }
        }
        return open < OPEN_BLOCKS || 3 * open < longBlocks;
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
     * first, then, with {@link Headings#INFERRED}, headings (the first before any body line is the title); a line
     * whose sentence the next line carries on is not a heading, as ingestion rejoins such lines before it looks for
     * headings.
     */
    public static List<BlockKind> lines(List<String> lines, Language language, Headings headings) {
        return lines(lines, furnitureOf(lines, language), headings);
    }

    /**
     * The furniture kind of each line of a plain file, {@link BlockKind#PARAGRAPH} for body text: {@link #lines}
     * with {@link Headings#NONE}, which a caller may take further with {@link #lines(List, List, Headings)} without
     * classifying the lines again.
     */
    public static List<BlockKind> furnitureOf(List<String> lines, Language language) {
        return lines.stream().map(line -> furniture(line, language, BlockKind.PARAGRAPH)).toList();
    }

    /** {@link #lines} of lines whose furniture kinds {@link #furnitureOf} gave. */
    public static List<BlockKind> lines(List<String> lines, List<BlockKind> furniture, Headings headings) {
        List<BlockKind> kinds = new ArrayList<>(lines.size());
        boolean titled = false;
        for (int k = 0; k < lines.size(); k++) {
            String line = lines.get(k);
            BlockKind kind = furniture.get(k);
            boolean carriedOn = k + 1 < lines.size() && continues(line.strip(), lines.get(k + 1).strip());
            if (headings == Headings.INFERRED && kind == BlockKind.PARAGRAPH && !carriedOn && looksLikeHeading(line)) {
                kind = titled ? BlockKind.HEADING : BlockKind.TITLE;
            }
            titled |= kind.isBody();
            kinds.add(kind);
        }
        return linkTitles(kinds);
    }

    /**
     * {@code kinds} with the headings that follow the first links label ("Related articles", "Lire aussi") after the
     * article's last paragraph or list item read as {@link BlockKind#LINKS}: the titles of the pages it lists, not
     * a section of the statement. A body paragraph after them makes them headings again.
     */
    public static List<BlockKind> linkTitles(List<BlockKind> kinds) {
        int label = -1; // the first links label after the last body paragraph
        for (int k = kinds.size() - 1; k >= 0 && kinds.get(k) != BlockKind.PARAGRAPH
                && kinds.get(k) != BlockKind.LIST_ITEM; k--) {
            if (kinds.get(k) == BlockKind.LINKS) {
                label = k;
            }
        }
        if (label < 0) {
            return kinds;
        }
        List<BlockKind> read = new ArrayList<>(kinds);
        for (int t = label + 1; t < kinds.size(); t++) {
            if (kinds.get(t) == BlockKind.HEADING) {
                read.set(t, BlockKind.LINKS);
            }
        }
        return read;
    }

    /** Whether the short lines of a text without markup that lack a full stop are read as headings. */
    public enum Headings {
        /** As headings, the first its title. */
        INFERRED,
        /** As the body text they are in. */
        NONE;

        /**
         * {@link #INFERRED} where every one of {@code versions} (a text and its translations, each as its blocks or
         * lines) marks headings so ({@link #marksHeadings}); otherwise {@link #NONE}: a text whose translation leaves
         * its sentences open is of the kind that does, and its own open lines are no more headings than the
         * translation's (a French verse ending in a quotation mark reads as closed, its Spanish one as open).
         */
        public static Headings of(List<List<String>> versions) {
            return versions.stream().allMatch(BlockClassifier::marksHeadings) ? INFERRED : NONE;
        }
    }

    private static List<Pattern> patterns(String... regexes) {
        List<Pattern> patterns = new ArrayList<>();
        for (String regex : regexes) {
            patterns.add(Pattern.compile("(?ius)" + regex));
        }
        return List.copyOf(patterns);
    }
}
