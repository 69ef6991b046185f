package org.rosetta.render;

import com.ibm.icu.lang.UScript;

import java.util.Locale;

/**
 * One language's column: its title and direction. Right-to-left for languages whose script is (Persian, Arabic,
 * Hebrew, Urdu, ...), by ICU's script data for the language.
 */
public record Column(String title, Locale locale, boolean rightToLeft) {

    public static Column of(String languageTag) {
        Locale locale = Locale.forLanguageTag(languageTag);
        int[] scripts = UScript.getCode(locale);
        boolean rtl = scripts != null && scripts.length > 0 && UScript.isRightToLeft(scripts[0]);
        return new Column(languageTag, locale, rtl);
    }
}
