package org.rosetta.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * What a build records in a collection's index: the {@link Fingerprint} of its inputs and the SHA-256 of the TMX it
 * wrote, by which the next build knows the TMX was edited by hand since ({@code inputs tmx=DIGEST}; stamps of
 * earlier versions have no digest).
 */
record BuildStamp(String inputs, Optional<String> tmxDigest) {

    private static final String TMX = " tmx=";

    static BuildStamp parse(String stored) {
        int at = stored.indexOf(TMX);
        return at < 0 ? new BuildStamp(stored, Optional.empty())
                : new BuildStamp(stored.substring(0, at), Optional.of(stored.substring(at + TMX.length())));
    }

    static BuildStamp of(String inputs, Path tmx) {
        return new BuildStamp(inputs, Optional.of(digest(tmx)));
    }

    String format() {
        return inputs + tmxDigest.map(d -> TMX + d).orElse("");
    }

    /** Whether {@code tmx} is no longer the file this stamp's build wrote. */
    boolean editedSince(Path tmx) {
        return tmxDigest.isPresent() && Files.isRegularFile(tmx) && !tmxDigest.get().equals(digest(tmx));
    }

    static String digest(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read (" + e.getMessage() + ")", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
