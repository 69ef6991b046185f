package org.rosetta.tmx;

import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;

/** Converts between the JAXB bindings ({@code Xml*}) and the public TMX records. Not thread-safe (its codec). */
final class XmlBinding {

    private static final String XML_PREFIX = "xml:";
    private final InlineCodec codec = new InlineCodec();

    static TmxHeader header(XmlHeader xml) {
        return new TmxHeader(names(xml.attributes), notes(xml.notes), props(xml.props));
    }

    /** The unit; a {@link TmxException} prefixed with {@code where} (file:line:column) when it is not valid TMX. */
    static TmxUnit unit(XmlTu xml, String where) {
        try {
            List<TmxVariant> variants = xml.tuvs.stream().map(XmlBinding::variant).toList();
            return new TmxUnit(names(xml.attributes), notes(xml.notes), props(xml.props), variants);
        } catch (TmxException | IllegalArgumentException e) {
            throw new TmxException(where + ": " + e.getMessage(), e);
        }
    }

    XmlHeader xml(TmxHeader header) {
        XmlHeader xml = new XmlHeader();
        xml.attributes = qnames(header.attributes());
        xml.notes = header.notes().stream().map(XmlBinding::xml).toList();
        xml.props = header.props().stream().map(XmlBinding::xml).toList();
        return xml;
    }

    XmlTu xml(TmxUnit unit) {
        XmlTu xml = new XmlTu();
        xml.attributes = qnames(unit.attributes());
        xml.notes = unit.notes().stream().map(XmlBinding::xml).toList();
        xml.props = unit.props().stream().map(XmlBinding::xml).toList();
        xml.tuvs = unit.variants().stream().map(this::xml).toList();
        return xml;
    }

    private XmlTuv xml(TmxVariant variant) {
        XmlTuv xml = new XmlTuv();
        SequencedMap<String, String> attributes = new LinkedHashMap<>();
        attributes.put("xml:lang", variant.lang());
        attributes.putAll(variant.attributes());
        xml.attributes = qnames(attributes);
        xml.notes = variant.notes().stream().map(XmlBinding::xml).toList();
        xml.props = variant.props().stream().map(XmlBinding::xml).toList();
        xml.seg = new XmlSeg();
        xml.seg.content = codec.mixed(variant.seg().parts());
        return xml;
    }

    private static TmxVariant variant(XmlTuv xml) {
        SequencedMap<String, String> attributes = names(xml.attributes);
        String lang = attributes.remove("xml:lang");
        String legacy = attributes.remove("lang"); // TMX 1.1 and some tools
        if (lang == null) {
            lang = legacy;
        }
        if (lang == null || xml.seg == null) {
            throw new TmxException("tuv without xml:lang or seg");
        }
        return new TmxVariant(lang, attributes, notes(xml.notes), props(xml.props),
                new Seg(InlineCodec.parts(xml.seg.content)));
    }

    private static List<TmxNote> notes(List<XmlNote> notes) {
        return notes.stream().map(n -> new TmxNote(orEmpty(n.lang), orEmpty(n.value))).toList();
    }

    private static List<TmxProp> props(List<XmlProp> props) {
        return props.stream().map(p -> new TmxProp(orEmpty(p.type), orEmpty(p.lang), orEmpty(p.value))).toList();
    }

    private static XmlNote xml(TmxNote note) {
        XmlNote xml = new XmlNote();
        xml.lang = note.lang().isEmpty() ? null : note.lang();
        xml.value = xmlSafe(note.value());
        return xml;
    }

    private static XmlProp xml(TmxProp prop) {
        XmlProp xml = new XmlProp();
        xml.type = prop.type();
        xml.lang = prop.lang().isEmpty() ? null : prop.lang();
        xml.value = xmlSafe(prop.value());
        return xml;
    }

    private static SequencedMap<String, String> names(Map<QName, String> attributes) {
        SequencedMap<String, String> names = new LinkedHashMap<>();
        attributes.forEach((name, value) -> names.put(
                XMLConstants.XML_NS_URI.equals(name.getNamespaceURI()) ? XML_PREFIX + name.getLocalPart()
                        : name.getLocalPart(), value));
        return names;
    }

    private static Map<QName, String> qnames(Map<String, String> names) {
        Map<QName, String> attributes = new LinkedHashMap<>();
        names.forEach((name, value) -> attributes.put(name.startsWith(XML_PREFIX)
                ? new QName(XMLConstants.XML_NS_URI, name.substring(XML_PREFIX.length()), "xml")
                : new QName(name), value));
        return attributes;
    }

    /**
     * The text with characters XML 1.0 cannot carry (C0 controls other than tab and line ends, U+FFFE, U+FFFF,
     * unpaired surrogates) replaced by U+FFFD, so a written file always parses.
     */
    static String xmlSafe(String text) {
        StringBuilder safe = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800) || (c > 0xDFFF && c < 0xFFFE)
                    || (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1)))
                    || (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)));
            if (!ok && safe == null) {
                safe = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (safe != null) {
                safe.append(ok ? c : '\uFFFD');
            }
        }
        return safe == null ? text : safe.toString();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
