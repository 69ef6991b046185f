package org.rosetta.ingest;

import org.rosetta.model.Language;

import java.util.regex.Pattern;

/**
 * Whether a short line is a date line ("jeudi 14 septembre 2017", "March 7, 2016", "۱۶ اسفند ۱۳۹۴", "14.09.2017"), from
 * ICU's month and weekday names of the line's language ({@link CalendarNames}), in the Gregorian calendar and the
 * locale's own (Persian, Islamic, ...), so it holds for any language ICU knows. A date line has a month name with a
 * year or a day of the month, or a numeric date, and at most {@value #OTHER_WORDS} other short words (a place, "le",
 * "am"). Thread-safe.
 */
final class DateLines {

    static final int MAX_LENGTH = 60;
    private static final int OTHER_WORDS = 2;
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\p{Nd}{1,4}\\s?[./\\-]\\s?\\p{Nd}{1,2}\\s?[./\\-]"
            + "\\s?\\p{Nd}{1,4}");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\u200c]+");

    private DateLines() {
    }

    /**
     * What a page writes before a date: "Published on", "Mis à jour le", "Aggiornato il", "Stand:" (German "as of"),
     * "نُشر في".
     */
    private static final Pattern PUBLISHED = Pattern.compile("(?iu)^(published|posted|updated|last updated|last modified"
            + "|as of|publié|mis à jour|modifié|veröffentlicht|aktualisiert|zuletzt aktualisiert|stand"
            + "|pubblicato|aggiornato"
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
        CalendarNames names = CalendarNames.of(language);
        boolean month = false;
        int other = 0;
        var words = WORD.matcher(text);
        while (words.find()) {
            String word = CalendarNames.key(words.group());
            if (names.isCalendarWord(word)) {
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
}
