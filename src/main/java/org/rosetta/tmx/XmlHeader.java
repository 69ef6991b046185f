package org.rosetta.tmx;

import jakarta.xml.bind.annotation.XmlAnyAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

import javax.xml.namespace.QName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JAXB binding of {@code <header>}: every attribute kept by name, then notes and props. */
@XmlRootElement(name = "header")
final class XmlHeader {
    @XmlAnyAttribute Map<QName, String> attributes = new LinkedHashMap<>();
    @XmlElement(name = "note") List<XmlNote> notes = new ArrayList<>();
    @XmlElement(name = "prop") List<XmlProp> props = new ArrayList<>();
}
