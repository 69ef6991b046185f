package org.rosetta.tmx;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlMixed;

import java.util.ArrayList;
import java.util.List;

/** JAXB binding of {@code <seg>}: text as {@link String}s, inline codes as DOM elements ({@link InlineCodec}). */
final class XmlSeg {
    @XmlMixed
    @XmlAnyElement
    List<Object> content = new ArrayList<>();
}
