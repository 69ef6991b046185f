package org.rosetta.tmx;

import jakarta.xml.bind.annotation.XmlAnyAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import javax.xml.namespace.QName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JAXB binding of {@code <tuv>}: attributes by name ({@code xml:lang} among them), notes, props, the seg. */
@XmlType(propOrder = {"notes", "props", "seg"})
final class XmlTuv {
    @XmlAnyAttribute Map<QName, String> attributes = new LinkedHashMap<>();
    @XmlElement(name = "note") List<XmlNote> notes = new ArrayList<>();
    @XmlElement(name = "prop") List<XmlProp> props = new ArrayList<>();
    @XmlElement(name = "seg") XmlSeg seg;
}
