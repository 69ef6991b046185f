package org.rosetta.exchange;

/** What to do with units whose texts equal an earlier unit's (tools that key by text collapse them anyway). */
public enum Duplicates {
    KEEP,
    DROP;

    public static Duplicates parse(String text) {
        for (Duplicates value : values()) {
            if (value.name().equalsIgnoreCase(text.strip())) {
                return value;
            }
        }
        throw new IllegalArgumentException("duplicates: expected keep or drop, not '" + text + "'");
    }
}
