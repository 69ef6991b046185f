package org.rosetta.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words and anchors of a sentence, normalised so that spelling variants meet: lower case; ZWNJ and ZWJ removed;
 * every decimal digit (Persian, Arabic-Indic, ...) as ASCII; and Arabic-script letters folded exactly as the
 * search index folds them (Lucene's Arabic then Persian normalisation, which {@code WordNormaliserTest} checks
 * letter by letter): alef with madda or hamza as alef, alef maksura, Persian yeh and yeh barree as Arabic yeh,
 * keheh as kaf, teh marbuta, heh with yeh and heh goal as heh, tatweel, harakat and hamza above removed. So the
 * aligner and search treat the same variants as equal.
 */
public final class WordNormaliser {


    /**
     * A run of letters, marks, digits, ZWNJ/ZWJ and hyphens. An apostrophe ends a word: French and Italian elision
     * ("l'éducation", "dell'uomo") and the English possessive would otherwise make the same word a different one
     * in every article it follows (Lucene's ElisionFilter exists for the same reason).
     */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}][\\p{L}\\p{M}\\p{N}\\u200C\\u200D\\-]*");
    /** A URL, without the sentence's punctuation after it. */
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"]*[^\\s<>\".,;:!?)»”’']");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern HASHTAG = Pattern.compile("#[\\p{L}\\p{N}_]+");
    /** Digits with decimal or group separators, a space-like one only before a group of three: "1 200", "۱٬۰۰۰". */
    private static final Pattern NUMBER = Pattern.compile(
            "\\p{Nd}+(?:(?:[.,٫٬']|[ \\u00A0\\u2007\\u202F\\u2009](?=\\p{Nd}{3}(?!\\p{Nd})))\\p{Nd}+)*");

    public static List<String> words(String sentence) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(sentence);
        while (matcher.find()) {
            words.add(word(matcher.group()));
        }
        return words;
    }

    /** Numbers (separators dropped: {@code 30,000} = {@code 30.000} = {@code ۳۰٬۰۰۰}), URLs, e-mails, hashtags. */
    static List<String> anchors(String sentence) {
        return anchorsIn(sentence).stream().map(Anchor::key).toList();
    }

    /**
     * A number ({@link #isNumber}: key {@code #} and its digits in ASCII, separators dropped), or a URL, e-mail
     * address or hashtag (key {@code @} and the text in lower case), at {@code [start, end)} of its sentence.
     */
    public record Anchor(String key, int start, int end) {

        public boolean isNumber() {
            return key.startsWith("#");
        }

        /** The number's digits (ASCII), or the link's text in lower case. */
        public String value() {
            return key.substring(1);
        }
    }

    /** The anchors of a sentence: its numbers in text order, then its URLs, e-mail addresses and hashtags. */
    public static List<Anchor> anchorsIn(String sentence) {
        List<Anchor> anchors = new ArrayList<>();
        Matcher number = NUMBER.matcher(sentence);
        while (number.find()) {
            anchors.add(new Anchor("#" + asciiDigits(number.group()).replaceAll("[^0-9]", ""), number.start(),
                    number.end()));
        }
        for (Pattern pattern : List.of(URL, EMAIL, HASHTAG)) {
            Matcher matcher = pattern.matcher(sentence);
            while (matcher.find()) {
                anchors.add(new Anchor("@" + matcher.group().toLowerCase(Locale.ROOT), matcher.start(),
                        matcher.end()));
            }
        }
        return anchors;
    }

    /**
     * The kinds of punctuation a sentence has, whatever the script's own marks: {@code ?} (also {@code ؟ ？}),
     * {@code !} ({@code ！}), quotes ({@code " « » “ ” „ 「 」}), brackets ({@code ( ) [ ] （ ）}), {@code :} ({@code ：}),
     * ellipsis ({@code … ...}).
     */
    static List<String> punctuation(String sentence) {
        List<String> kinds = new ArrayList<>();
        if (containsAny(sentence, "?؟？")) {
            kinds.add("p?");
        }
        if (containsAny(sentence, "!！")) {
            kinds.add("p!");
        }
        if (containsAny(sentence, "\"«»“”„「」『』")) {
            kinds.add("p\"");
        }
        if (containsAny(sentence, "()[]（）")) {
            kinds.add("p(");
        }
        if (containsAny(sentence, ":：")) {
            kinds.add("p:");
        }
        if (sentence.contains("…") || sentence.contains("...")) {
            kinds.add("p…");
        }
        return kinds;
    }

    private static boolean containsAny(String text, String marks) {
        for (int i = 0; i < marks.length(); i++) {
            if (text.indexOf(marks.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    public static String word(String raw) {
        StringBuilder word = new StringBuilder(raw.length());
        String lower = raw.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            switch (c) {
                case '\u200C', '\u200D', '\u0640', '\u0654' -> { }
                case '\u0622', '\u0623', '\u0625' -> word.append('\u0627');
                case '\u0649', '\u06CC', '\u06D2' -> word.append('\u064A');
                case '\u06A9' -> word.append('\u0643');
                case '\u0629', '\u06C0', '\u06C1' -> word.append('\u0647');
                case '’' -> word.append('\'');
                default -> {
                    if (c >= '\u064B' && c <= '\u0652') {
                        continue; // harakat
                    }
                    word.append(Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10)) : c);
                }
            }
        }
        return word.toString();
    }

    static String asciiDigits(String text) {
        StringBuilder ascii = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            ascii.append(Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10)) : c);
        }
        return ascii.toString();
    }

    private WordNormaliser() {
    }
}
