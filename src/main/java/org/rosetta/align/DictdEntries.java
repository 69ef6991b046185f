package org.rosetta.align;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The word pairs of a dictd dictionary as FreeDict's Debian packages install it ({@code NAME.index} beside
 * {@code NAME.dict.dz} or {@code NAME.dict}): for each single-word headword, the single-word translations of its
 * entry (numbered senses and comma-separated alternatives; pronunciations, {@code <pos>} and {@code [domain]}
 * notes, quoted examples, {@code see:}, {@code Note:} and {@code Synonyms:} lines left out). The dictionary text is
 * read once, streamed through the index in file order.
 */
final class DictdEntries {

    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private static final Pattern ANNOTATION = Pattern.compile("<[^>]*>|\\[[^]]*]|\\([^)]*\\)|/[^/]*/");
    private static final Pattern SENSE = Pattern.compile("^\\d+\\.\\s+");

    private DictdEntries() {
    }

    static boolean isDictd(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".index") || name.endsWith(".dict.dz") || name.endsWith(".dict");
    }

    /** The dictionary's two files, its index and its data ({@code .dict.dz}, or {@code .dict}), whichever is given. */
    static List<Path> files(Path file) {
        String name = file.getFileName().toString();
        String base = name.substring(0, name.lastIndexOf(name.endsWith(".dict.dz") ? ".dict.dz"
                : name.endsWith(".dict") ? ".dict" : ".index"));
        Path dict = Files.exists(file.resolveSibling(base + ".dict.dz")) ? file.resolveSibling(base + ".dict.dz")
                : file.resolveSibling(base + ".dict");
        return List.of(file.resolveSibling(base + ".index"), dict);
    }

    /** Calls {@code pair} with each headword and translation; throws with the file named when it cannot. */
    static void read(Path file, BiConsumer<String, String> pair) throws IOException {
        List<Path> files = files(file);
        Path index = files.get(0);
        Path dict = files.get(1);
        if (!Files.isRegularFile(index) || !Files.isRegularFile(dict)) {
            throw new IOException("a dictd dictionary needs " + index.getFileName() + " and its .dict.dz (or .dict)");
        }
        byte[] text;
        try (InputStream in = dict.getFileName().toString().endsWith(".dz")
                ? new GZIPInputStream(Files.newInputStream(dict), 1 << 16) : Files.newInputStream(dict)) {
            text = in.readAllBytes();
        }
        int line = 0;
        for (String entry : Files.readAllLines(index, StandardCharsets.UTF_8)) {
            line++;
            String[] fields = entry.split("\t");
            if (fields.length < 3 || fields[0].startsWith("00database") || fields[0].isBlank()) {
                continue;
            }
            long offset = decode(fields[1]);
            long length = decode(fields[2]);
            if (offset < 0 || length < 0 || offset + length > text.length) {
                throw new IOException(index + ":" + line + ": entry outside the dictionary text");
            }
            String headword = fields[0].strip();
            if (headword.contains(" ")) {
                continue;
            }
            for (String translation : translations(new String(text, (int) offset, (int) length,
                    StandardCharsets.UTF_8))) {
                pair.accept(headword, translation);
            }
        }
    }

    /** The single-word translations of one entry's text. */
    static List<String> translations(String entry) {
        List<String> words = new ArrayList<>();
        String[] lines = entry.split("\n");
        for (int k = 1; k < lines.length; k++) {
            String line = lines[k];
            if (line.isBlank() || (Character.isWhitespace(line.charAt(0)) && !line.strip().startsWith("["))) {
                continue; // examples, see:, Note:, Synonyms: are indented
            }
            String senses = ANNOTATION.matcher(SENSE.matcher(line.strip()).replaceFirst("")).replaceAll(" ");
            for (String alternative : senses.split("[,;]")) {
                // "Religion <fem>Rel." leaves "Religion Rel.": an abbreviation after the word is a label
                String word = alternative.strip().replaceAll("(\\s+\\p{L}+\\.)+$", "");
                if (!word.isEmpty() && !word.contains(" ") && word.codePoints().allMatch(Character::isLetter)) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    private static long decode(String value) {
        long number = 0;
        for (char c : value.toCharArray()) {
            int digit = BASE64.indexOf(c);
            if (digit < 0) {
                return -1;
            }
            number = number * 64 + digit;
        }
        return number;
    }
}
