package org.rosetta.tmx;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlValue;

import javax.xml.XMLConstants;

/** JAXB binding of {@code <prop type="...">}. */
final class XmlProp {
    @XmlAttribute(required = true) String type;
    @XmlAttribute(name = "lang", namespace = XMLConstants.XML_NS_URI) String lang;
    @XmlValue String value;
}
