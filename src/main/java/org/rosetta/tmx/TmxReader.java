package org.rosetta.tmx;

import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import org.rosetta.model.Language;
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
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.function.Consumer;

/**
 * Reads TMX one unit at a time (StAX, then JAXB per {@code tu}), so memory does not grow with the file. Never
 * resolves DTDs or external entities (a {@code DOCTYPE} is accepted and ignored); the encoding comes from the BOM
 * or XML declaration (UTF-8, UTF-16). Variants are returned source language first: the unit's {@code srclang},
 * else the header's. Not thread-safe.
 */
public final class TmxReader {

    private static final XMLInputFactory FACTORY = secureFactory();

    /** Calls {@code sink} with every unit of {@code file}, in file order. */
    public static void read(Path file, Consumer<TranslationUnit> sink) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            read(in, file.toString(), sink);
        } catch (IOException e) {
            throw new TmxException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    public static void read(InputStream in, String source, Consumer<TranslationUnit> sink) {
        XMLStreamReader xml = null;
        try {
            xml = FACTORY.createXMLStreamReader(in);
            Unmarshaller unmarshaller = TmxFormat.context().createUnmarshaller();
            String headerSource = null;
            String collection = "";
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "header" -> {
                        TmxHeader header = unmarshaller.unmarshal(xml, TmxHeader.class).getValue();
                        headerSource = header.srclang;
                        collection = header.props.stream().filter(p -> TmxFormat.PROP_COLLECTION.equals(p.type))
                                .map(p -> p.value).findFirst().orElse("");
                    }
                    case "tu" -> {
                        Location at = xml.getLocation();
                        TmxTu tu = unmarshaller.unmarshal(xml, TmxTu.class).getValue();
                        toUnit(tu, headerSource, collection, source, at).ifPresent(sink);
                    }
                    default -> { }
                }
            }
        } catch (XMLStreamException e) {
            throw new TmxException(source + ": " + oneLine(e), e);
        } catch (JAXBException e) {
            throw new TmxException(source + ": " + oneLine(e), e);
        } finally {
            close(xml);
        }
    }

    private static Optional<TranslationUnit> toUnit(TmxTu tu, String headerSource, String collection,
                                                    String source, Location at) {
        SequencedMap<Language, String> variants = new LinkedHashMap<>();
        for (TmxTuv tuv : tu.tuvs) {
            if (tuv.language() == null || tuv.seg == null) {
                throw new TmxException(source + ":" + at.getLineNumber() + ":" + at.getColumnNumber()
                        + ": tuv without xml:lang or seg");
            }
            variants.put(Language.of(tuv.language()), tuv.seg.text());
        }
        if (variants.isEmpty()) {
            return Optional.empty();
        }
        String sourceTag = tu.srclang != null ? tu.srclang : headerSource;
        if (sourceTag != null && !sourceTag.equals("*all*")) {
            Language sourceLanguage = Language.of(sourceTag);
            String sourceText = variants.get(sourceLanguage);
            if (sourceText != null) {
                variants.remove(sourceLanguage);
                variants.putFirst(sourceLanguage, sourceText);
            }
        }
        String confidence = tu.prop(TmxFormat.PROP_CONFIDENCE);
        String document = tu.prop(TmxFormat.PROP_DOCUMENT);
        String unitCollection = tu.prop(TmxFormat.PROP_COLLECTION);
        return Optional.of(new TranslationUnit(
                tu.tuid != null ? tu.tuid : "line-" + at.getLineNumber(),
                unitCollection != null ? unitCollection : collection,
                document != null ? document : "",
                variants,
                tu.prop(TmxFormat.PROP_BEAD) != null ? tu.prop(TmxFormat.PROP_BEAD) : "",
                confidence != null ? Double.parseDouble(confidence) : 1.0));
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external entity " + systemId + " refused");
        });
        return factory;
    }

    private static String oneLine(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }

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
