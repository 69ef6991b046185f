package org.rosetta.ingest;

import org.rosetta.model.Language;

import java.nio.charset.Charset;

/** The Windows code page that pre-Unicode text in a language most likely uses: Windows-1256 for Persian, ... */
final class LegacyCodePage {

    static Charset of(Language language) {
        return Charset.forName(switch (language.primary()) {
            case "fa", "ar", "ur", "ps", "ckb" -> "windows-1256";
            case "ru", "uk", "bg", "sr", "mk", "be" -> "windows-1251";
            case "el" -> "windows-1253";
            case "tr", "az" -> "windows-1254";
            case "he", "yi" -> "windows-1255";
            case "pl", "cs", "sk", "hu", "ro", "hr", "sl" -> "windows-1250";
            case "zh" -> "GB18030";
            case "ja" -> "Shift_JIS";
            case "ko" -> "EUC-KR";
            default -> "windows-1252";
        });
    }

    private LegacyCodePage() {
    }
}
