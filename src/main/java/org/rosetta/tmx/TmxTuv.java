package org.rosetta.tmx;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;

import javax.xml.XMLConstants;
import java.util.ArrayList;
import java.util.List;

/** {@code <tuv xml:lang="...">}: one language variant of a unit. TMX 1.1 files use {@code lang} instead. */
final class TmxTuv {
    @XmlAttribute(name = "lang", namespace = XMLConstants.XML_NS_URI) String xmlLang;
    @XmlAttribute(name = "lang") String legacyLang;
    @XmlAttribute String creationdate;
    @XmlAttribute String changedate;
    @XmlElement(name = "note") List<TmxNote> notes = new ArrayList<>();
    @XmlElement(name = "prop") List<TmxProp> props = new ArrayList<>();
    @XmlElement(name = "seg", required = true) TmxSeg seg;

    String language() {
        return xmlLang != null ? xmlLang : legacyLang;
    }
}
