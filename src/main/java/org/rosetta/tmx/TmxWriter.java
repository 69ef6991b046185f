package org.rosetta.tmx;

import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import org.rosetta.model.Language;
import org.rosetta.model.TranslationUnit;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * Writes TMX 1.4b one unit at a time, so memory does not grow with the file: UTF-8 without BOM, the TMX 1.4
 * DOCTYPE, no {@code standalone}. Each unit carries its id, collection, document, bead type and confidence as
 * {@code x-} props, and its source variant first. Not thread-safe; close it to finish the file.
 */
public final class TmxWriter implements AutoCloseable {

    public static final String CREATION_TOOL = "Rosetta";
    public static final String CREATION_TOOL_VERSION = "0.1.0";
    private static final DateTimeFormatter TMX_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final OutputStream out;
    private final Marshaller marshaller;

    private TmxWriter(OutputStream out, Language sourceLanguage, String collection, Instant created)
            throws IOException, JAXBException {
        this.out = out;
        marshaller = TmxFormat.context().createMarshaller();
        marshaller.setProperty(Marshaller.JAXB_FRAGMENT, true);
        marshaller.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
        text("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + TmxFormat.DOCTYPE + "\n<tmx version=\"1.4\">\n");
        marshaller.marshal(header(sourceLanguage, collection, created), out);
        text("\n<body>\n");
    }

    /** Starts a TMX file on {@code out}; {@code close()} finishes it and closes {@code out}. */
    public static TmxWriter open(OutputStream out, Language sourceLanguage, String collection, Instant created) {
        try {
            return new TmxWriter(new BufferedOutputStream(out, 1 << 16), sourceLanguage, collection, created);
        } catch (IOException | JAXBException e) {
            throw new TmxException("cannot start TMX: " + e.getMessage(), e);
        }
    }

    /**
     * Writes {@code units} to {@code file} through a temporary file beside it, moved into place only when complete,
     * so an interrupted run leaves the previous file intact.
     */
    public static void writeAtomically(Path file, Language sourceLanguage, String collection,
                                       Iterable<TranslationUnit> units) {
        Path temporary = null;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            temporary = file.resolveSibling("." + file.getFileName() + "." + ProcessHandle.current().pid() + ".part");
            // CREATE_NEW, not createTempFile: the file gets the user's usual permissions, not owner-only.
            OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try (TmxWriter writer = open(out, sourceLanguage, collection, Instant.now())) {
                for (TranslationUnit unit : units) {
                    writer.write(unit);
                }
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write TMX (" + e.getMessage() + ")", e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    public void write(TranslationUnit unit) {
        TmxTu tu = new TmxTu();
        tu.tuid = unit.id();
        tu.props.add(new TmxProp(TmxFormat.PROP_COLLECTION, unit.collection()));
        tu.props.add(new TmxProp(TmxFormat.PROP_DOCUMENT, unit.document()));
        tu.props.add(new TmxProp(TmxFormat.PROP_BEAD, unit.beadType()));
        tu.props.add(new TmxProp(TmxFormat.PROP_CONFIDENCE, String.format(Locale.ROOT, "%.3f", unit.confidence())));
        for (Map.Entry<Language, String> variant : unit.variants().entrySet()) {
            TmxTuv tuv = new TmxTuv();
            tuv.xmlLang = variant.getKey().tag();
            tuv.seg = new TmxSeg(variant.getValue());
            tu.tuvs.add(tuv);
        }
        try {
            marshaller.marshal(tu, out);
            text("\n");
        } catch (JAXBException | IOException e) {
            throw new TmxException("cannot write unit " + unit.id() + ": " + e.getMessage(), e);
        }
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

    private static TmxHeader header(Language sourceLanguage, String collection, Instant created) {
        TmxHeader header = new TmxHeader();
        header.creationtool = CREATION_TOOL;
        header.creationtoolversion = CREATION_TOOL_VERSION;
        header.segtype = "sentence";
        header.oTmf = CREATION_TOOL;
        header.adminlang = "en";
        header.srclang = sourceLanguage.tag();
        header.datatype = "plaintext";
        header.creationdate = TMX_DATE.format(created);
        header.props.add(new TmxProp(TmxFormat.PROP_COLLECTION, collection));
        return header;
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary != null) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // the temporary file was moved or never made; nothing to clean
            }
        }
    }
}
