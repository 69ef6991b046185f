package org.rosetta.tmx;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;

/**
 * Converts segment content between JAXB's mixed list (strings and DOM elements) and {@link SegPart}s. Elements that
 * are not TMX inline elements are refused. One instance per thread: it owns the DOM document new elements are
 * made in.
 */
final class InlineCodec {

    private final Document factory;

    InlineCodec() {
        try {
            factory = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no DOM implementation", e);
        }
    }

    static List<SegPart> parts(List<Object> mixed) {
        List<SegPart> parts = new ArrayList<>();
        for (Object item : mixed) {
            if (item instanceof String text) {
                appendText(parts, text);
            } else if (item instanceof Element element) {
                parts.add(code(element));
            }
        }
        return parts;
    }

    List<Object> mixed(List<SegPart> parts) {
        List<Object> mixed = new ArrayList<>();
        for (SegPart part : parts) {
            switch (part) {
                case SegText text -> mixed.add(XmlBinding.xmlSafe(text.text()));
                case InlineCode code -> mixed.add(element(code));
            }
        }
        return mixed;
    }

    private static InlineCode code(Element element) {
        String name = element.getLocalName() != null ? element.getLocalName() : element.getTagName();
        InlineKind kind = InlineKind.ofElement(name)
                .orElseThrow(() -> new TmxException("<" + name + "> is not a TMX inline element"));
        SequencedMap<String, String> attributes = new LinkedHashMap<>();
        NamedNodeMap map = element.getAttributes();
        for (int i = 0; i < map.getLength(); i++) {
            Attr attribute = (Attr) map.item(i);
            attributes.put(attribute.getName(), attribute.getValue());
        }
        List<SegPart> content = new ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                appendText(content, child.getNodeValue());
            } else if (child instanceof Element nested) {
                content.add(code(nested));
            }
        }
        return new InlineCode(kind, attributes, content);
    }

    private Element element(InlineCode code) {
        Element element = factory.createElement(code.kind().element());
        code.attributes().forEach(element::setAttribute);
        for (SegPart part : code.content()) {
            switch (part) {
                case SegText text -> element.appendChild(factory.createTextNode(XmlBinding.xmlSafe(text.text())));
                case InlineCode nested -> element.appendChild(element(nested));
            }
        }
        return element;
    }

    /** Adjacent text is one part, however the parser chunked it. */
    private static void appendText(List<SegPart> parts, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!parts.isEmpty() && parts.getLast() instanceof SegText previous) {
            parts.set(parts.size() - 1, new SegText(previous.text() + text));
        } else {
            parts.add(new SegText(text));
        }
    }
}
