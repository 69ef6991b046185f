package org.rosetta.tmx;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

import java.util.ArrayList;
import java.util.List;

/** {@code <header>}: the required attributes of TMX 1.4b, the optional dates, and props and notes. */
@XmlRootElement(name = "header")
final class TmxHeader {
    @XmlAttribute(required = true) String creationtool;
    @XmlAttribute(required = true) String creationtoolversion;
    @XmlAttribute(required = true) String segtype;
    @XmlAttribute(name = "o-tmf", required = true) String oTmf;
    @XmlAttribute(required = true) String adminlang;
    @XmlAttribute(required = true) String srclang;
    @XmlAttribute(required = true) String datatype;
    @XmlAttribute(name = "o-encoding") String oEncoding;
    @XmlAttribute String creationdate;
    @XmlAttribute String creationid;
    @XmlAttribute String changedate;
    @XmlAttribute String changeid;
    @XmlElement(name = "note") List<TmxNote> notes = new ArrayList<>();
    @XmlElement(name = "prop") List<TmxProp> props = new ArrayList<>();
}
