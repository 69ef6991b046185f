package org.rosetta.exchange;

import org.rosetta.model.TranslationUnit;
import org.rosetta.model.UnitStatus;

import java.util.Locale;
import java.util.Optional;

/**
 * The columns a spreadsheet export writes before the language columns, in this order, and that an import
 * recognises in a header: {@code document} and {@code confidence} are kept, {@code tuid} (the unit id, named as
 * TMX names it), {@code bead} and {@code status} are read and ignored (an import makes its own ids and bead shapes
 * from the cells, and its units are as aligned). No name can be a language tag ({@code id} would be Indonesian).
 */
public enum TableColumn {
    TUID, DOCUMENT, BEAD, CONFIDENCE, STATUS;

    public String header() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** This column's cell for {@code unit}. */
    String of(TranslationUnit unit) {
        return switch (this) {
            case TUID -> unit.id();
            case DOCUMENT -> SpreadsheetSafety.neutralise(unit.document());
            case BEAD -> unit.beadType();
            case CONFIDENCE -> String.format(Locale.ROOT, "%.3f", unit.confidence()); // as TMX keeps it
            case STATUS -> unit.revision().map(r -> r.status()).orElse(UnitStatus.ALIGNED).tag();
        };
    }

    /** The column a header cell names, if it names one (case-insensitive). */
    static Optional<TableColumn> named(String cell) {
        for (TableColumn column : values()) {
            if (column.header().equalsIgnoreCase(cell.strip())) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }
}
