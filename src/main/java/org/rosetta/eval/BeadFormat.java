package org.rosetta.eval;

import org.rosetta.model.InputException;
import org.rosetta.model.Bead;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The bead file format of the evaluation sets: one bead per line, {@code [src ids]:[tgt ids]}, an optional third
 * field {@code :score} (ignored when reading). Errors name the file and line.
 */
public final class BeadFormat {

    public static List<GoldBead> read(Path file) {
        List<GoldBead> beads = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = line.split(":");
            if (fields.length < 2) {
                throw new InputException(file + ":" + (n + 1) + ": expected [ids]:[ids], got '" + line + "'");
            }
            beads.add(new GoldBead(ids(fields[0], file, n), ids(fields[1], file, n)));
        }
        return beads;
    }

    public static GoldBead of(Bead bead) {
        return new GoldBead(IntStream.range(bead.sourceStart(), bead.sourceEnd()).boxed().toList(),
                IntStream.range(bead.targetStart(), bead.targetEnd()).boxed().toList());
    }

    /** Writes beads with their confidence as the third field. */
    public static void write(Path file, List<Bead> beads) {
        StringBuilder text = new StringBuilder();
        for (Bead bead : beads) {
            text.append(of(bead).format()).append(String.format(Locale.ROOT, ":%.4f%n", bead.confidence()));
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write (" + e.getMessage() + ")", e);
        }
    }

    private static List<Integer> ids(String field, Path file, int line) {
        String inner = field.strip();
        if (!inner.startsWith("[") || !inner.endsWith("]")) {
            throw new InputException(file + ":" + (line + 1) + ": expected [ids], got '" + inner + "'");
        }
        inner = inner.substring(1, inner.length() - 1).strip();
        List<Integer> ids = new ArrayList<>();
        if (!inner.isEmpty()) {
            for (String id : inner.split(",")) {
                try {
                    ids.add(Integer.parseInt(id.strip()));
                } catch (NumberFormatException e) {
                    throw new InputException(file + ":" + (line + 1) + ": '" + id.strip() + "' is not a number");
                }
            }
        }
        return ids;
    }

    private BeadFormat() {
    }
}
