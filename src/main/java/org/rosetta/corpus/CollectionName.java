package org.rosetta.corpus;

import org.rosetta.model.RosettaException;

import java.util.regex.Pattern;

/**
 * The name of a collection: one path segment of letters, digits, {@code -}, {@code _} and {@code .} (neither
 * {@code .} nor {@code -} first: the command line reads a word that starts with {@code -} as an option), at most
 * 100 characters. It names {@code corpus/<name>/}, {@code tmx/<name>.tmx} and
 * {@code tmx/index/<name>/}, so a name can never reach outside those folders. Immutable.
 */
public record CollectionName(String value) {

    static final int MAX_LENGTH = 100;
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}_][\\p{L}\\p{N}._-]*");
    static final String RULE = "letters, digits, '-', '_' and '.' ('-' and '.' not first), at most " + MAX_LENGTH
            + " characters";

    public CollectionName {
        if (value == null || value.length() > MAX_LENGTH || !NAME.matcher(value).matches()) {
            throw new CorpusException(RosettaException.Kind.USAGE, "'" + printable(value)
                    + "' is not a collection name: " + RULE);
        }
    }

    public static CollectionName of(String value) {
        return new CollectionName(value);
    }

    /** Whether {@code value} would make a valid name (for skipping folders under corpus/ that cannot be one). */
    public static boolean isValid(String value) {
        return value != null && value.length() <= MAX_LENGTH && NAME.matcher(value).matches();
    }

    private static String printable(String value) {
        if (value == null) {
            return "";
        }
        String shown = value.length() > 60 ? value.substring(0, 60) + "..." : value;
        return shown.codePoints().mapToObj(c -> Character.isISOControl(c) ? String.format("\\u%04x", c)
                : Character.toString(c)).collect(java.util.stream.Collectors.joining());
    }

    @Override
    public String toString() {
        return value;
    }
}
