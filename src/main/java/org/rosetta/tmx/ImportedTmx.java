package org.rosetta.tmx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Another tool's TMX as the TMX of a collection made from it: its header and units as written (attributes, language
 * codes as the tool wrote them, notes, props, every variant, inline codes), with the collection named in a prop of
 * the header and of each unit, so that exporting it again gives back what the tool wrote. Stateless.
 */
public final class ImportedTmx {

    private ImportedTmx() {
    }

    /**
     * The file's header, with the collection's prop; {@code otherwise}'s attributes (Rosetta's) where the file has
     * none before its first unit.
     */
    public static TmxHeader header(Path file, String collection, TmxHeader otherwise) {
        TmxHeader[] read = {null};
        try {
            TmxReader.read(file, new TmxReader.Handler() {
                @Override
                public void header(TmxHeader header) {
                    read[0] = header;
                    throw new HeaderRead();
                }

                @Override
                public void unit(TmxUnit unit) {
                    throw new HeaderRead(); // a file without a header
                }
            });
        } catch (HeaderRead done) {
            // what was needed is read
        }
        TmxHeader header = read[0] == null ? otherwise : read[0];
        return new TmxHeader(header.attributes(), header.notes(), withCollection(header.props(), collection));
    }

    /** The unit as written, with the collection's prop. */
    public static TmxUnit unit(TmxUnit unit, String collection) {
        return new TmxUnit(unit.attributes(), unit.notes(), withCollection(unit.props(), collection),
                unit.variants());
    }

    private static List<TmxProp> withCollection(List<TmxProp> props, String collection) {
        List<TmxProp> kept = new ArrayList<>(props.stream().filter(p -> !p.type().equals(TmxUnits.PROP_COLLECTION))
                .toList());
        kept.add(TmxProp.of(TmxUnits.PROP_COLLECTION, collection));
        return kept;
    }

    /** Ends the read once the header is in. */
    private static final class HeaderRead extends RuntimeException {
        HeaderRead() {
            super(null, null, false, false);
        }
    }
}
