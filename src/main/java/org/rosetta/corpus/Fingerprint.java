package org.rosetta.corpus;

import org.rosetta.align.Dictionary;
import org.rosetta.model.Language;
import org.rosetta.model.RosettaException;
import org.rosetta.review.LinksFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What a collection's outputs depend on, as a SHA-256: the names and bytes of its documents and of their
 * corrections files ({@link LinksFile}), the pivot, the dictionaries the aligner learns from (their files' names
 * and bytes), and the
 * Rosetta build that runs (its jar's size and time), so a new build of Rosetta rebuilds every collection once.
 */
final class Fingerprint {

    private static final String CODE = codeIdentity();

    /**
     * A collection's fingerprint; {@code dictionaries} is {@link #ofDictionaries}, worked out once for every
     * collection of a build.
     */
    static String of(Collection collection, Language pivot, String dictionaries) {
        MessageDigest digest = sha256();
        update(digest, CODE);
        update(digest, pivot.tag());
        update(digest, dictionaries);
        for (var document : collection.documents().entrySet()) {
            for (CorpusFile file : document.getValue()) {
                update(digest, file.path());
            }
            Path links = LinksFile.of(document.getValue().getFirst().path().getParent(), document.getKey());
            if (Files.isRegularFile(links, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                update(digest, links);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The dictionaries' files (a dictd dictionary's index and data), their names and bytes, as a SHA-256; empty for
     * none.
     *
     * @throws CorpusException naming a file that cannot be read
     */
    static String ofDictionaries(List<Path> dictionaries) {
        if (dictionaries.isEmpty()) {
            return "";
        }
        MessageDigest digest = sha256();
        for (Path dictionary : dictionaries) {
            for (Path file : Dictionary.filesOf(dictionary)) {
                try {
                    update(digest, file);
                } catch (UncheckedIOException e) {
                    throw new CorpusException(RosettaException.Kind.INPUT, file + ": cannot read dictionary ("
                            + e.getCause().getMessage() + ")");
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, Path file) {
        update(digest, file.getFileName().toString());
        try {
            digest.update(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static String codeIdentity() {
        try {
            Path code = Path.of(Fingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                return code.getFileName() + ":" + Files.size(code) + ":" + Files.getLastModifiedTime(code).toMillis();
            }
            return "classes:" + Files.getLastModifiedTime(code.resolve(Fingerprint.class.getName()
                    .replace('.', '/') + ".class")).toMillis();
        } catch (Exception e) {
            return "unknown:" + System.nanoTime(); // cannot tell: never match, always rebuild
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    private Fingerprint() {
    }
}
