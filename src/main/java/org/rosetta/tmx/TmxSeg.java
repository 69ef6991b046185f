package org.rosetta.tmx;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlMixed;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code <seg>}: mixed content of text ({@link String}) and inline codes ({@code bpt}, {@code ept}, {@code ph},
 * {@code it}, {@code hi}, {@code sub}, {@code ut}) kept as DOM {@link Element}s, so they survive a round trip.
 */
final class TmxSeg {
    @XmlMixed
    @XmlAnyElement
    List<Object> content = new ArrayList<>();

    TmxSeg() {
    }

    TmxSeg(String text) {
        content.add(text);
    }

    /**
     * The segment's text: character data, and the text inside {@code hi} and {@code sub}; the native codes inside
     * {@code bpt}, {@code ept}, {@code ph}, {@code it} and {@code ut} are not text and are left out.
     */
    String text() {
        StringBuilder text = new StringBuilder();
        for (Object part : content) {
            if (part instanceof String string) {
                text.append(string);
            } else if (part instanceof Element element && isTextBearing(element)) {
                text.append(element.getTextContent());
            }
        }
        return text.toString();
    }

    private static boolean isTextBearing(Element element) {
        String name = element.getLocalName() == null ? element.getTagName() : element.getLocalName();
        return name.equals("hi") || name.equals("sub");
    }
}
