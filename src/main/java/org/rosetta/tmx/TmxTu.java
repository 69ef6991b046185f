package org.rosetta.tmx;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.List;

/** {@code <tu>}: notes and props, then one {@code tuv} per language. */
@XmlRootElement(name = "tu")
@XmlType(propOrder = {"notes", "props", "tuvs"})
final class TmxTu {
    @XmlAttribute String tuid;
    @XmlAttribute String srclang;
    @XmlAttribute String datatype;
    @XmlAttribute String segtype;
    @XmlAttribute String creationdate;
    @XmlAttribute String creationtool;
    @XmlAttribute String changedate;
    @XmlElement(name = "note") List<TmxNote> notes = new ArrayList<>();
    @XmlElement(name = "prop") List<TmxProp> props = new ArrayList<>();
    @XmlElement(name = "tuv") List<TmxTuv> tuvs = new ArrayList<>();

    String prop(String type) {
        return props.stream().filter(p -> type.equals(p.type)).map(p -> p.value).findFirst().orElse(null);
    }
}
