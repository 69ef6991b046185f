package org.rosetta.ingest;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ULocale;
import org.rosetta.model.Language;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Whether a short line is a date line ("jeudi 14 septembre 2017", "March 7, 2016", "۱۶ اسفند ۱۳۹۴", "14.09.2017"),
 * from ICU's month and weekday names of the line's language, in the Gregorian calendar and the locale's own
 * (Persian, Islamic, ...), so it holds for any language ICU knows. A date line has a month name with a year or a
 * day of the month, or a numeric date, and at most {@value #OTHER_WORDS} other short words (a place, "le", "am").
 * Thread-safe.
 */
final class DateLines {

    static final int MAX_LENGTH = 60;
    private static final int OTHER_WORDS = 2;
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\p{Nd}{1,4}\\s?[./\\-]\\s?\\p{Nd}{1,2}\\s?[./\\-]"
            + "\\s?\\p{Nd}{1,4}");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\u200c]+");
    private static final Map<String, Set<String>> NAMES = new ConcurrentHashMap<>();

    private DateLines() {
    }

    /** What a page writes before a date: "Published on", "Mis à jour le", "Aggiornato il", "نُشر في". */
    private static final Pattern PUBLISHED = Pattern.compile("(?iu)^(published|posted|updated|last updated|last modified"
            + "|publié|mis à jour|modifié|veröffentlicht|aktualisiert|zuletzt aktualisiert|pubblicato|aggiornato"
            + "|publicado|actualizado|gepubliceerd|bijgewerkt|geplaatst|laatst bijgewerkt|опубликовано|обновлено"
            + "|تاریخ انتشار|منتشر شده|به[\u200c ]?روز[\u200c ]?رسانی|نُشر|نشر|تاريخ النشر|آخر تحديث|تم التحديث)"
            + "( (on|at|le|am|il|el|op|в|في|در))?\\s*[:：]?\\s*");
    /** A time after the date: ", 6pm", "alle 18:00", "à 18 h 30", "um 14.00 Uhr". */
    private static final Pattern TIME = Pattern.compile("(?iu)([,،]\\s*|\\s+)((at|à|um|alle|ore|a las|om|في|ساعت|الساعة)"
            + "\\s+)?\\p{Nd}{1,2}(([:.]|\\s?h\\s?)\\p{Nd}{2}(\\s?(uhr|h))?|\\s?(h|uhr|am|pm|a\\.m\\.|p\\.m\\.))$");

    static boolean isDateLine(String line, Language language) {
        String text = TIME.matcher(PUBLISHED.matcher(line.strip()).replaceFirst("")).replaceFirst("").strip();
        if (text.isEmpty() || text.length() > MAX_LENGTH || text.codePoints().noneMatch(Character::isDigit)) {
            return false;
        }
        boolean numeric = NUMERIC_DATE.matcher(text).find();
        Set<String> names = NAMES.computeIfAbsent(language.primary(), DateLines::names);
        boolean month = false;
        int other = 0;
        var words = WORD.matcher(text);
        while (words.find()) {
            String word = words.group().toLowerCase(Locale.ROOT).replace("\u200c", "");
            if (names.contains(word)) {
                month = true;
            } else if (++other > OTHER_WORDS || word.length() > 12) {
                return false;
            }
        }
        return (month && plausible(text)) || (numeric && other == 0);
    }

    /** A year (four digits) or a day of the month (1 to 31) among the line's numbers: "293, Nov." is neither. */
    private static boolean plausible(String text) {
        var numbers = NUMBER.matcher(text);
        while (numbers.find()) {
            String digits = numbers.group();
            int value = 0;
            for (int i = 0; i < digits.length(); i++) {
                value = value * 10 + Character.digit(digits.charAt(i), 10);
            }
            if ((digits.length() == 4 && value >= 1000) || (digits.length() <= 2 && value >= 1 && value <= 31)) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern NUMBER = Pattern.compile("\\p{Nd}+");

    /**
     * Month and weekday names, wide and abbreviated, format and stand-alone, lower case, ZWNJ removed, of the
     * language and of each of its regional locales, which may name months otherwise (Arabic in the Levant and
     * Iraq writes "كانون الثاني" for January, Dari "جدی" for the tenth solar month).
     */
    private static Set<String> names(String language) {
        Set<String> names = new TreeSet<>();
        addNames(names, new ULocale(language));
        for (ULocale regional : ULocale.getAvailableLocales()) {
            if (regional.getLanguage().equals(language) && !regional.getCountry().isEmpty()) {
                addNames(names, regional);
            }
        }
        return Set.copyOf(names);
    }

    private static void addNames(Set<String> names, ULocale locale) {
        String language = locale.getName();
        for (String calendar : new String[] {"gregorian", Calendar.getInstance(locale).getType()}) {
            DateFormatSymbols symbols = new DateFormatSymbols(Calendar.getInstance(
                    new ULocale(language + "@calendar=" + calendar)), locale);
            for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
                for (int width : new int[] {DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED}) {
                    add(names, symbols.getMonths(context, width));
                    add(names, symbols.getWeekdays(context, width));
                }
            }
        }
    }

    private static void add(Set<String> names, String[] words) {
        for (String word : words) {
            if (word != null && !word.isBlank()) {
                for (String part : word.toLowerCase(Locale.ROOT).replace("\u200c", "").split("\\s+")) {
                    String bare = part.replaceAll("[.]$", "");
                    if (bare.length() > 1) {
                        names.add(bare);
                    }
                }
            }
        }
    }
}
