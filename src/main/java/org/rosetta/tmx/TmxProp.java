package org.rosetta.tmx;

/** A {@code prop}: a typed value (types Rosetta writes start with {@code x-}); {@code lang} is empty when unset. */
public record TmxProp(String type, String lang, String value) {

    public static TmxProp of(String type, String value) {
        return new TmxProp(type, "", value);
    }
}
