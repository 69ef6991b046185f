package org.rosetta.review;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.zip.CRC32;

/**
 * A sentence's short fingerprint: CRC-32 of its text in NFC with runs of white space as one space, as 8 hex digits.
 * The same sentence re-scraped with other line breaks keeps its fingerprint; a changed word changes it.
 */
final class SentenceFingerprint {

    private SentenceFingerprint() {
    }

    static String of(String sentence) {
        String normal = Normalizer.normalize(sentence, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        CRC32 crc = new CRC32();
        crc.update(normal.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().toHexDigits((int) crc.getValue());
    }
}
