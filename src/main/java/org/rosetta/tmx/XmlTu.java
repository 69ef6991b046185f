package org.rosetta.tmx;

import jakarta.xml.bind.annotation.XmlAnyAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import javax.xml.namespace.QName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JAXB binding of {@code <tu>}: attributes by name, notes and props (read in any order), then the variants. */
@XmlRootElement(name = "tu")
@XmlType(propOrder = {"notes", "props", "tuvs"})
final class XmlTu {
    @XmlAnyAttribute Map<QName, String> attributes = new LinkedHashMap<>();
    @XmlElement(name = "note") List<XmlNote> notes = new ArrayList<>();
    @XmlElement(name = "prop") List<XmlProp> props = new ArrayList<>();
    @XmlElement(name = "tuv") List<XmlTuv> tuvs = new ArrayList<>();
}
