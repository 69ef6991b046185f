package org.rosetta.shell;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How a listing command writes its results for programs: {@code tsv} (a header row, one row per result; nested
 * values such as the texts per language become one column each, {@code text_fr}; a list is one cell, its items
 * joined by {@code " | "}) or {@code json} (one document:
 * the command's summary fields and {@code "results"}, an array of objects; README gives each command's fields).
 * {@code table} is the command's own text for people.
 */
enum Listing {
    TABLE, TSV, JSON;

    /** {@code table}, {@code tsv} or {@code json}; {@code text}, the name earlier versions used, is {@code table}. */
    static Listing parse(String value) {
        return value.strip().equalsIgnoreCase("text") ? TABLE : OptionValues.choice("format", value, Listing.class);
    }

    /** For a command that reports one summary, not rows: {@code table} or {@code json}. */
    static Listing summary(String option, String value) {
        Listing format = OptionValues.choice(option, value, Listing.class);
        if (format == TSV) {
            throw new UsageException("--" + option + " is table or json, not '" + value + "' (one summary, no rows)");
        }
        return format;
    }

    /** Writes a command's one summary as a JSON document (this format must be {@code json}). */
    void writeSummary(PrintWriter out, Map<String, Object> fields) {
        if (this != JSON) {
            throw new IllegalStateException("a summary is written as json only");
        }
        out.println(JsonMapper.builder().build().writeValueAsString(fields));
        out.flush();
    }

    /** Writes {@code results} (each an ordered map of fields) with the summary fields, as this format says. */
    void write(PrintWriter out, Map<String, Object> summary, List<Map<String, Object>> results) {
        switch (this) {
            case TABLE -> throw new IllegalStateException("the command writes its own table");
            case JSON -> {
                Map<String, Object> document = new LinkedHashMap<>(summary);
                document.put("results", results);
                out.println(JsonMapper.builder().build().writeValueAsString(document));
            }
            case TSV -> tsv(out, results);
        }
        out.flush();
    }

    private static void tsv(PrintWriter out, List<Map<String, Object>> results) {
        List<Map<String, Object>> rows = results.stream().map(Listing::flat).toList();
        List<String> header = new ArrayList<>();
        rows.forEach(row -> row.keySet().stream().filter(k -> !header.contains(k)).forEach(header::add));
        try {
            CSVPrinter printer = new CSVPrinter(out, CSVFormat.TDF.builder().setHeader(header.toArray(String[]::new))
                    .get());
            for (Map<String, Object> row : rows) {
                List<Object> values = new ArrayList<>();
                header.forEach(column -> values.add(row.getOrDefault(column, "")));
                printer.printRecord(values);
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A result with its nested maps spread into columns: {@code texts: {fr: ...}} is {@code text_fr}. */
    private static Map<String, Object> flat(Map<String, Object> result) {
        Map<String, Object> row = new LinkedHashMap<>();
        result.forEach((key, value) -> {
            if (value instanceof Map<?, ?> nested) {
                String prefix = key.endsWith("s") ? key.substring(0, key.length() - 1) : key;
                nested.forEach((k, v) -> row.put(prefix + "_" + k, v));
            } else if (value instanceof List<?> items) {
                row.put(key, String.join(" | ", items.stream().map(String::valueOf).toList()));
            } else {
                row.put(key, value instanceof Double d ? String.format(Locale.ROOT, "%.3f", d) : value);
            }
        });
        return row;
    }
}
