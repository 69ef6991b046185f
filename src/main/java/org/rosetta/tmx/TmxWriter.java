package org.rosetta.tmx;

import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import org.rosetta.files.AtomicFile;
import org.rosetta.model.Language;
import org.rosetta.model.TranslationUnit;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Writes TMX 1.4b one unit at a time, so memory does not grow with the file: UTF-8 without BOM, the TMX 1.4
 * DOCTYPE, no {@code standalone}, one {@code tu} per line. Not thread-safe; close it to finish the file.
 */
public final class TmxWriter implements AutoCloseable {

    private final OutputStream out;
    private final Marshaller marshaller;
    private final XmlBinding binding = new XmlBinding();

    private TmxWriter(OutputStream out, TmxHeader header) throws IOException, JAXBException {
        for (String required : TmxHeader.REQUIRED) {
            if (!header.attributes().containsKey(required)) {
                throw new IllegalArgumentException("TMX header needs " + required);
            }
        }
        this.out = out;
        marshaller = TmxFormat.context().createMarshaller();
        marshaller.setProperty(Marshaller.JAXB_FRAGMENT, true);
        marshaller.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
        text("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + TmxFormat.DOCTYPE + "\n<tmx version=\"1.4\">\n");
        marshaller.marshal(binding.xml(header), out);
        text("\n<body>\n");
    }

    /** Starts a TMX file on {@code out}; {@code close()} finishes it and closes {@code out}. */
    public static TmxWriter open(OutputStream out, TmxHeader header) {
        try {
            return new TmxWriter(new BufferedOutputStream(out, 1 << 16), header);
        } catch (IOException | JAXBException e) {
            throw new TmxException("cannot start TMX: " + e.getMessage(), e);
        }
    }

    /**
     * Writes a TMX file through a temporary file beside it, moved into place only when {@code content} has written
     * every unit, so an interrupted run leaves the previous file intact.
     */
    public static void writeAtomically(Path file, TmxHeader header, Consumer<TmxWriter> content) {
        try (AtomicFile atomic = AtomicFile.replacing(file)) {
            try (TmxWriter writer = open(atomic.stream(), header)) {
                content.accept(writer);
            }
            atomic.commit();
        }
    }

    /** Writes Rosetta's units as {@link TmxUnits} stores them, under a Rosetta header. */
    public static void writeTranslationUnits(Path file, Language source, String collection,
                                             Iterable<TranslationUnit> units) {
        writeAtomically(file, TmxUnits.header(source, collection, Instant.now()),
                writer -> units.forEach(writer::write));
    }

    public void write(TmxUnit unit) {
        try {
            marshaller.marshal(binding.xml(unit), out);
            text("\n");
        } catch (JAXBException | IOException e) {
            throw new TmxException("cannot write unit " + unit.tuid().orElse("") + ": " + e.getMessage(), e);
        }
    }

    public void write(TranslationUnit unit) {
        write(TmxUnits.toTmx(unit));
    }

    @Override
    public void close() {
        try (out) {
            text("</body>\n</tmx>\n");
        } catch (IOException e) {
            throw new TmxException("cannot finish TMX: " + e.getMessage(), e);
        }
    }

    private void text(String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }
}
