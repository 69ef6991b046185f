package org.rosetta.tmx;

import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import org.rosetta.model.TranslationUnit;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads TMX one unit at a time (StAX, then JAXB per {@code tu}), so memory does not grow with the file. Never
 * resolves DTDs or external entities (a {@code DOCTYPE} is accepted and ignored); the encoding comes from the BOM
 * or the XML declaration (UTF-8, UTF-16). Errors name the file, line and column. Stateless and thread-safe.
 */
public final class TmxReader {

    /** Hears a file's header, then its units in file order. */
    public interface Handler {

        default void header(TmxHeader header) {
        }

        void unit(TmxUnit unit);
    }

    private static final XMLInputFactory FACTORY = secureFactory();

    public static void read(Path file, Handler handler) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            read(in, file.toString(), handler);
        } catch (IOException e) {
            throw new TmxException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    public static void read(InputStream in, String source, Handler handler) {
        XMLStreamReader xml = null;
        try {
            xml = FACTORY.createXMLStreamReader(in);
            XMLStreamReader reader = xml;
            Unmarshaller unmarshaller = TmxFormat.context().createUnmarshaller();
            int event = xml.getEventType();
            while (true) {
                if (event == XMLStreamConstants.START_ELEMENT
                        && (xml.getLocalName().equals("header") || xml.getLocalName().equals("tu"))) {
                    Location at = xml.getLocation();
                    String where = source + ":" + at.getLineNumber() + ":" + at.getColumnNumber();
                    if (xml.getLocalName().equals("header")) {
                        XmlHeader header = parsing(source, xml, () -> unmarshaller.unmarshal(reader, XmlHeader.class)
                                .getValue());
                        handler.header(XmlBinding.header(header));
                    } else {
                        XmlTu unit = parsing(source, xml, () -> unmarshaller.unmarshal(reader, XmlTu.class).getValue());
                        handler.unit(XmlBinding.unit(unit, where));
                    }
                    // JAXB leaves the reader on the event after the element: it may be the next <tu>
                    event = xml.getEventType();
                    continue;
                }
                if (!parsing(source, xml, reader::hasNext)) {
                    break;
                }
                event = parsing(source, xml, reader::next);
            }
        } catch (XMLStreamException | JAXBException e) {
            throw new TmxException(source + where(e, xml) + ": " + oneLine(e), e);
        } finally {
            close(xml);
        }
    }

    /** A step of the XML parser or JAXB. */
    private interface Step<T> {
        T run() throws XMLStreamException, JAXBException;
    }

    /**
     * Runs a parser step; a runtime exception from inside the JDK's parser (seen: MissingResourceException for a
     * control character in a DTD, found by fuzzing) is the file's fault and becomes a {@link TmxException}.
     * The handler's own exceptions never pass through here.
     */
    private static <T> T parsing(String source, XMLStreamReader xml, Step<T> step)
            throws XMLStreamException, JAXBException {
        try {
            return step.run();
        } catch (TmxException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new TmxException(source + where(e, xml) + ": not well-formed XML (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        }
    }

    /** Reads Rosetta's view of each unit: plain text per language, source language first ({@link TmxUnits}). */
    public static void readTranslationUnits(Path file, Consumer<TranslationUnit> sink) {
        readUnits(file, (written, unit) -> sink.accept(unit));
    }

    /**
     * Reads each unit as the file writes it (inline codes, notes, props, every variant) with Rosetta's view of it
     * ({@link TmxUnits#toTranslationUnit}), in file order; a unit without a variant is skipped.
     */
    public static void readUnits(Path file, java.util.function.BiConsumer<TmxUnit, TranslationUnit> sink) {
        read(file, new Handler() {
            private TmxHeader header = TmxUnits.header(java.util.Map.of());
            private int position;

            @Override
            public void header(TmxHeader read) {
                header = read;
            }

            @Override
            public void unit(TmxUnit unit) {
                position++;
                try {
                    TmxUnits.toTranslationUnit(header, unit, position).ifPresent(read -> sink.accept(unit, read));
                } catch (IllegalArgumentException e) {
                    throw new TmxException(file + ": unit " + position + ": " + e.getMessage(), e);
                }
            }
        });
    }

    private static XMLInputFactory secureFactory() {
        // The JDK's own parser, whatever StAX implementation is on the classpath (Okapi brings Woodstox to tests).
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external entity " + systemId + " refused");
        });
        return factory;
    }

    /** {@code :line:column} of a parse error, from the exception chain or else the reader's position. */
    private static String where(Exception e, XMLStreamReader xml) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof XMLStreamException stream && stream.getLocation() != null) {
                return ":" + stream.getLocation().getLineNumber() + ":" + stream.getLocation().getColumnNumber();
            }
            if (cause instanceof org.xml.sax.SAXParseException sax) {
                return ":" + sax.getLineNumber() + ":" + sax.getColumnNumber();
            }
        }
        return xml == null ? "" : ":" + xml.getLocation().getLineNumber() + ":" + xml.getLocation().getColumnNumber();
    }

    private static String oneLine(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && (cause.getMessage() == null || cause instanceof JAXBException)) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        message = message.replaceAll("\\s+", " ").strip();
        int detail = message.indexOf("Message: ");
        message = detail >= 0 ? message.substring(detail + "Message: ".length()) : message;
        // the parser reads no DOCTYPE, so an entity the file declares there is "not declared" to it
        java.util.regex.Matcher entity = UNDECLARED.matcher(message);
        return entity.find() ? "entity &" + entity.group(1) + "; is not read: Rosetta reads no DOCTYPE"
                + " declarations in TMX (entities are refused, declared or not)" : message;
    }

    /** The StAX parser's words for an entity it has no declaration of. */
    private static final java.util.regex.Pattern UNDECLARED = java.util.regex.Pattern.compile(
            "The entity \"([^\"]+)\" was referenced, but not declared");

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException ignored) {
                // closing after a failure: the failure is what the caller needs to see
            }
        }
    }

    private TmxReader() {
    }
}
