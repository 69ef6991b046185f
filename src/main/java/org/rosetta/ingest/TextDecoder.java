package org.rosetta.ingest;

import org.rosetta.model.InputException;
import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.rosetta.model.Language;

/**
 * Decodes file bytes: a BOM decides (UTF-8, UTF-16); else valid UTF-8 is UTF-8; else the legacy encoding is guessed
 * between ICU's {@link CharsetDetector} best match and the Windows code page of the declared language
 * ({@link LegacyCodePage}), keeping the one whose letters are most in the language's script (ICU alone tends to take
 * Persian Windows-1256 for ISO-8859-6, which has no Persian letters). Stateless and thread-safe.
 */
public final class TextDecoder {

    private static final int MIN_CONFIDENCE = 10;

    private final ScriptChecker scripts = new ScriptChecker();

    public Decoded decode(byte[] bytes, String source, Language language) {
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
            return guess(bytes, source, language);
        }
    }

    private Decoded guess(byte[] bytes, String source, Language language) {
        List<Charset> candidates = new ArrayList<>();
        CharsetMatch match = new CharsetDetector().setText(bytes).detect();
        if (match != null && match.getConfidence() >= MIN_CONFIDENCE && Charset.isSupported(match.getName())) {
            candidates.add(Charset.forName(match.getName()));
        }
        candidates.add(LegacyCodePage.of(language));
        Decoded best = null;
        double bestShare = -1;
        for (Charset charset : candidates) {
            try {
                String text = newDecoder(charset).decode(ByteBuffer.wrap(bytes)).toString();
                double share = scripts.share(text, language);
                if (share > bestShare) {
                    best = new Decoded(text, charset.name(), true);
                    bestShare = share;
                }
            } catch (CharacterCodingException unmappable) {
                // not this one
            }
        }
        if (best == null) {
            throw new InputException(source + ": cannot tell the text encoding (not UTF-8, no BOM, no confident guess)");
        }
        return best;
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
