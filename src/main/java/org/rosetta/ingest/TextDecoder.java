package org.rosetta.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes file bytes: a BOM decides (UTF-8, UTF-16); else valid UTF-8 is UTF-8; else ICU's {@link CharsetDetector}
 * guesses (Windows-1252, Windows-1256, ...). Stateless and thread-safe.
 */
public final class TextDecoder {

    private static final int MIN_CONFIDENCE = 10;

    public Decoded decode(byte[] bytes, String source) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8, source);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE, source);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE, source);
        }
        if (looksBinary(bytes)) {
            throw new InputException(source + ": binary file (NUL bytes), not text");
        }
        try {
            return new Decoded(newDecoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString(),
                    "UTF-8", false);
        } catch (CharacterCodingException notUtf8) {
            return guess(bytes, source);
        }
    }

    private static Decoded guess(byte[] bytes, String source) {
        CharsetMatch match = new CharsetDetector().setText(bytes).detect();
        if (match == null || match.getConfidence() < MIN_CONFIDENCE || !Charset.isSupported(match.getName())) {
            throw new InputException(source + ": cannot tell the text encoding (not UTF-8, no BOM, no confident guess)");
        }
        Charset charset = Charset.forName(match.getName());
        return new Decoded(new String(bytes, charset), charset.name(), true);
    }

    private static Decoded strict(byte[] bytes, int skip, Charset charset, String source) {
        try {
            String text = newDecoder(charset).decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
            return new Decoded(text, charset.name(), false);
        } catch (CharacterCodingException e) {
            throw new InputException(source + ": invalid " + charset.name() + " despite its byte order mark");
        }
    }

    private static java.nio.charset.CharsetDecoder newDecoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean looksBinary(byte[] bytes) {
        int limit = Math.min(bytes.length, 8192);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
