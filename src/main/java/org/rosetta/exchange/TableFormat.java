package org.rosetta.exchange;

import org.apache.commons.csv.CSVFormat;

import java.util.Locale;
import java.util.Optional;

/** Spreadsheet exchange formats: a header row of language codes, then one row per unit. */
public enum TableFormat {
    CSV(CSVFormat.RFC4180),
    TSV(CSVFormat.TDF);

    private final CSVFormat format;

    TableFormat(CSVFormat format) {
        this.format = format;
    }

    CSVFormat csv() {
        return format;
    }

    public static Optional<TableFormat> byExtension(String extension) {
        return switch (extension.toLowerCase(Locale.ROOT)) {
            case "csv" -> Optional.of(CSV);
            case "tsv", "tab" -> Optional.of(TSV);
            default -> Optional.empty();
        };
    }
}
