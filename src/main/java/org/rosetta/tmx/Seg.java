package org.rosetta.tmx;

import java.util.List;

/** The content of a {@code seg}: text and inline codes in order. Immutable. */
public record Seg(List<SegPart> parts) {

    public Seg {
        parts = List.copyOf(parts);
    }

    public static Seg of(String text) {
        return new Seg(text.isEmpty() ? List.of() : List.of(new SegText(text)));
    }

    /**
     * The translatable text: character data and the text of {@code hi} elements; the native code of {@code bpt},
     * {@code ept}, {@code it}, {@code ph} and {@code ut}, and {@code sub} flows inside them, are left out.
     */
    public String plainText() {
        StringBuilder text = new StringBuilder();
        append(parts, text);
        return text.toString();
    }

    private static void append(List<SegPart> parts, StringBuilder text) {
        for (SegPart part : parts) {
            switch (part) {
                case SegText t -> text.append(t.text());
                case InlineCode code when code.kind() == InlineKind.HI -> append(code.content(), text);
                case InlineCode code -> { }
            }
        }
    }
}
