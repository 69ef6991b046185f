package org.rosetta.exchange;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.rosetta.model.InputException;
import org.rosetta.model.Language;
import org.rosetta.model.TranslationUnit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;
import java.util.StringJoiner;
import java.util.function.Consumer;

/**
 * Reads CSV or TSV whose header row names the languages ({@code en,fr,fa}), optionally after or among the
 * {@link TableColumn}s an export writes, into units of one collection, streaming: ids {@code <collection>-<row>},
 * one sentence per non-empty language cell, neutralised cells restored, the {@code document} and
 * {@code confidence} cells kept when present. UTF-8, with or without a byte-order mark; a CSV whose header row has
 * more semicolons than commas (a French or German Excel export) is read with {@code ;} as delimiter. A header cell
 * that is neither a column nor a language tag, a row longer than the header, or text that is not UTF-8, is an
 * error naming the file and line.
 */
public final class TableReader {

    /** A header row is a few language codes; a first line this long is not one. */
    private static final int HEADER_LIMIT = 1 << 16;

    public int read(Path file, TableFormat format, String collection, Consumer<TranslationUnit> sink) {
        try (java.io.BufferedReader reader = new java.io.BufferedReader(new java.io.InputStreamReader(
                Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)))) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            reader.mark(HEADER_LIMIT);
            String first = java.util.Objects.requireNonNullElse(reader.readLine(), "");
            if (first.length() >= HEADER_LIMIT) {
                throw new InputException(file + ":1: the header row is longer than " + HEADER_LIMIT
                        + " characters; expected a row of languages");
            }
            reader.reset();
            org.apache.commons.csv.CSVFormat csv = format.csv();
            if (format == TableFormat.CSV && count(first, ';') > count(first, ',')) {
                csv = csv.builder().setDelimiter(';').get();
            }
            return read(file, CSVParser.parse(reader, csv), collection, sink);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InputException(file + ": not UTF-8 text (in Excel, save as 'CSV UTF-8')", e);
        } catch (UncheckedIOException e) {
            throw new InputException(where(file, e.getCause()), e);
        } catch (IOException e) {
            throw new InputException(where(file, e), e);
        }
    }

    /** What the CSV parser read wrong, as file:line: message (it says "(startline 2) EOF reached ..."). */
    private static String where(Path file, IOException e) {
        java.util.regex.Matcher line = java.util.regex.Pattern.compile("^\\(startline (\\d+)\\)\\s*(.*)")
                .matcher(String.valueOf(e.getMessage()));
        return line.matches() ? file + ":" + line.group(1) + ": " + line.group(2) : file + ": " + e.getMessage();
    }

    private static int read(Path file, CSVParser parser, String collection, Consumer<TranslationUnit> sink)
            throws IOException {
        Header header = null;
        int units = 0;
        for (CSVRecord record : parser) {
            if (header == null) {
                header = Header.of(record, file);
                continue;
            }
            if (record.size() > header.cells().size()) {
                throw new InputException(file + ":" + record.getRecordNumber() + ": " + record.size()
                        + " cells, the header names " + header.cells().size());
            }
            SequencedMap<Language, String> variants = new LinkedHashMap<>();
            StringJoiner bead = new StringJoiner("-");
            String document = file.getFileName().toString();
            double confidence = 1.0;
            for (int i = 0; i < record.size(); i++) {
                String cell = record.get(i);
                Object column = header.cells().get(i);
                if (column instanceof Language language && !cell.isEmpty()) {
                    variants.put(language, SpreadsheetSafety.restore(cell));
                    bead.add("1");
                } else if (column == TableColumn.DOCUMENT && !cell.isBlank()) {
                    document = SpreadsheetSafety.restore(cell.strip());
                } else if (column == TableColumn.CONFIDENCE && !cell.isBlank()) {
                    confidence = confidence(cell, file, record.getRecordNumber());
                }
            }
            if (!variants.isEmpty()) {
                units++;
                sink.accept(new TranslationUnit(collection + "-" + units, collection, document, variants,
                        bead.toString(), confidence));
            }
        }
        if (header == null) {
            throw new InputException(file + ": empty; expected a header row of languages");
        }
        return units;
    }

    private static double confidence(String cell, Path file, long line) {
        try {
            double value = Double.parseDouble(cell.strip().replace(',', '.'));
            if (value >= 0 && value <= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InputException(file + ":" + line + ": confidence '" + cell + "' is not a number from 0 to 1");
    }

    private static int count(String line, char c) {
        return (int) line.chars().filter(ch -> ch == c).count();
    }

    /** The header row: per cell a {@link TableColumn} or a {@link Language}; at least one language. */
    private record Header(List<Object> cells) {

        static Header of(CSVRecord record, Path file) {
            List<Object> cells = new ArrayList<>();
            List<Language> languages = new ArrayList<>();
            for (String cell : record) {
                java.util.Optional<TableColumn> column = TableColumn.named(cell);
                if (column.isPresent()) {
                    cells.add(column.get());
                    continue;
                }
                try {
                    Language language = Language.of(cell);
                    cells.add(language);
                    languages.add(language);
                } catch (IllegalArgumentException e) {
                    throw new InputException(file + ":1: header cell '" + cell + "' is not a language tag (nor "
                            + "one of tuid, document, bead, confidence, status)");
                }
            }
            if (languages.isEmpty()) {
                throw new InputException(file + ":1: the header names no language");
            }
            if (languages.stream().distinct().count() != languages.size()) {
                throw new InputException(file + ":1: a language appears twice in the header");
            }
            return new Header(cells);
        }
    }
}
