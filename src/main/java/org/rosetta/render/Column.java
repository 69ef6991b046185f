package org.rosetta.render;

import com.ibm.icu.util.ULocale;

import java.util.Locale;

/**
 * One language's column: its title and direction. Right-to-left for languages whose script is (Persian, Arabic,
 * Hebrew, Urdu, ...), by ICU's likely script for the language ({@code az-Arab} is right-to-left, {@code az} not).
 */
public record Column(String title, Locale locale, boolean rightToLeft) {

    public static Column of(String languageTag) {
        Locale locale = Locale.forLanguageTag(languageTag);
        return new Column(languageTag, locale, ULocale.forLocale(locale).isRightToLeft());
    }
}
