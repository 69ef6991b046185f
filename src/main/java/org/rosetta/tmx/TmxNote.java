package org.rosetta.tmx;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlValue;

import javax.xml.XMLConstants;

/** {@code <note>text</note>}. */
final class TmxNote {
    @XmlAttribute(name = "lang", namespace = XMLConstants.XML_NS_URI) String lang;
    @XmlValue String value;
}
