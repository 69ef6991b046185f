package org.rosetta.tmx;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlValue;

import javax.xml.XMLConstants;

/** {@code <prop type="...">text</prop>}. */
final class TmxProp {
    @XmlAttribute(required = true) String type;
    @XmlAttribute(name = "lang", namespace = XMLConstants.XML_NS_URI) String lang;
    @XmlValue String value;

    TmxProp() {
    }

    TmxProp(String type, String value) {
        this.type = type;
        this.value = value;
    }
}
