package org.rosetta.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * What a build records in a collection's index: the {@link Fingerprint} of its inputs, the SHA-256 of the TMX it
 * wrote, by which the next build knows the TMX was edited by hand since, and the dictionaries the aligner learnt
 * from, which a rebuild after a correction uses again ({@code inputs tmx=DIGEST}, then a line per dictionary; stamps
 * written before dictionaries have none, and the earliest no digest either).
 */
record BuildStamp(String inputs, Optional<String> tmxDigest, List<Path> dictionaries) {

    private static final String TMX = " tmx=";

    BuildStamp {
        dictionaries = List.copyOf(dictionaries);
    }

    static BuildStamp parse(String stored) {
        String[] lines = stored.split("\n");
        List<Path> dictionaries = Arrays.stream(lines).skip(1).map(Path::of).toList();
        String first = lines[0];
        int at = first.indexOf(TMX);
        return at < 0 ? new BuildStamp(first, Optional.empty(), dictionaries)
                : new BuildStamp(first.substring(0, at), Optional.of(first.substring(at + TMX.length())), dictionaries);
    }

    static BuildStamp of(String inputs, Path tmx, List<Path> dictionaries) {
        return new BuildStamp(inputs, Optional.of(digest(tmx)), dictionaries);
    }

    /** The stamp of a build a document failed in: it matches no fingerprint, so the next build builds again. */
    static BuildStamp incomplete(List<Path> dictionaries) {
        return new BuildStamp(INCOMPLETE, Optional.empty(), dictionaries);
    }

    private static final String INCOMPLETE = "incomplete";

    String format() {
        StringBuilder stamp = new StringBuilder(inputs).append(tmxDigest.map(d -> TMX + d).orElse(""));
        dictionaries.forEach(d -> stamp.append('\n').append(d));
        return stamp.toString();
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
