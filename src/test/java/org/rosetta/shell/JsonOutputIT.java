package org.rosetta.shell;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --format json} of the listing commands: one JSON document each, with the summary fields and the result
 * fields README documents, of the types it gives (checked as a schema would: every field present, its JSON type).
 */
class JsonOutputIT {

    @TempDir
    static Path root;

    @BeforeAll
    static void workspace() throws Exception {
        Path gold = java.nio.file.Files.createDirectories(root.resolve("gold/en-fr"));
        java.nio.file.Files.writeString(gold.resolve("a.en"), "Article 1\nAll human beings are born free.\n");
        java.nio.file.Files.writeString(gold.resolve("a.fr"), "Article premier\nTous les êtres humains naissent"
                + " libres.\n");
        java.nio.file.Files.writeString(gold.resolve("a.gold"), "[0]:[0]\n[1]:[1]\n");
        BuiltWorkspace.at(root);
    }

    @AfterAll
    static void clear() {
        System.clearProperty("rosetta.workspace");
    }

    /** command line; summary fields; result fields with their JSON types (s string, n number, o object). */
    static Stream<Object[]> commands() {
        Map<String, String> unit = Map.of("id", "s", "collection", "s", "document", "s", "bead", "s",
                "confidence", "n", "texts", "o");
        String en = root.resolve("corpus/udhr/udhr.en.html").toString();
        String fr = root.resolve("corpus/udhr/udhr.fr.html").toString();
        Map<String, String> scores = Map.of("strict_precision", "n", "strict_recall", "n", "strict_f1", "n",
                "lax_precision", "n", "lax_recall", "n", "lax_f1", "n");
        return Stream.of(
                new Object[] {List.of("align", en, fr, "--limit", "3"),
                        List.of("source_language", "target_language", "beads"),
                        Map.of("bead", "s", "type", "s", "confidence", "n", "source", "s", "target", "s")},
                new Object[] {List.of("check-pivot", "udhr", "--limit", "2"), List.of("collection", "pivot", "checked"),
                        Map.of("document", "s", "first", "s", "second", "s", "bead", "s", "confidence", "n",
                                "first_text", "s", "second_text", "s")},
                new Object[] {List.of("pair", root.resolve("corpus/udhr").toString(),
                        root.resolve("corpus/udhr").toString(), "--source-lang", "en", "--target-lang", "fr"),
                        List.of("proposals"),
                        Map.of("score", "n", "source", "s", "target", "s", "shared_anchors", "n")},
                new Object[] {List.of("eval", "--gold", root.resolve("gold").toString()), List.of("sets"),
                        with(scores, Map.of("set", "s", "pair", "s", "documents", "n", "confident", "n",
                                "confident_precision", "n", "confident_lax_precision", "n", "ece", "n",
                                "ece_lax", "n", "seconds", "n"))},
                new Object[] {List.of("ingest", fr), List.of("files"), Map.of("file", "s", "document", "s",
                        "language", "s", "charset", "s", "blocks", "o", "changes", "o", "warnings", "a")},
                new Object[] {List.of("segment", fr), List.of("file", "sentences", "warnings"),
                        Map.of("document", "s", "index", "n", "start", "n", "end", "n", "kind", "s", "text", "s")},
                new Object[] {List.of("build", "--quiet"), List.of("built", "unchanged", "failed", "seconds", "index"),
                        Map.of("collection", "s", "status", "s", "documents", "n", "units", "n", "failures", "n",
                                "tmx", "s", "sentences", "o")},
                new Object[] {List.of("collections"), List.of("collections"), Map.of("collection", "s",
                        "languages", "s", "documents", "n", "units", "n", "written", "s", "source", "s", "origin",
                        "s")},
                new Object[] {List.of("search", "human rights", "--show", "fr,fa", "--limit", "3"),
                        List.of("command", "query", "total", "page", "pages"),
                        with(unit, Map.of("rank", "n", "matched_language", "s", "score", "n"))},
                new Object[] {List.of("concordance", "rights", "--lang", "en", "--limit", "3"),
                        List.of("command", "query", "language"),
                        with(unit, Map.of("left", "s", "keyword", "s", "right", "s"))},
                new Object[] {List.of("fuzzy", "Everyone has the right to a nationality.", "--lang", "en"),
                        List.of("command", "query", "language"), with(unit, Map.of("percent", "n", "copies", "n"))},
                new Object[] {List.of("translations-of", "rights", "--from", "en", "--to", "fr"),
                        List.of("command", "query", "from", "to"),
                        Map.of("phrase", "s", "together", "n", "total", "n", "dice", "n")},
                new Object[] {List.of("qa", "udhr", "--langs", "en,fa"), List.of("collection"), with(Map.of(
                        "severity", "s", "check", "s", "unit", "s", "document", "s", "source", "s", "target", "s"),
                        Map.of("message", "s", "source_text", "s", "target_text", "s", "source_span", "s",
                                "target_span", "s"))});
    }

    private static Map<String, String> with(Map<String, String> a, Map<String, String> b) {
        Map<String, String> both = new java.util.HashMap<>(a);
        both.putAll(b);
        return both;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void isOneDocumentWithTheDocumentedFields(List<String> command, List<String> summary,
                                              Map<String, String> fields) throws Exception {
        StandardStreams streams = new StandardStreams();
        String out;
        try {
            List<String> args = new java.util.ArrayList<>(command);
            args.addAll(List.of("--format", "json"));
            assertThat(RosettaApplication.run(args.toArray(String[]::new))).isZero();
            out = streams.out.toString(StandardCharsets.UTF_8);
        } finally {
            streams.restore();
        }
        JsonNode document = JsonMapper.builder().build().readTree(out);
        assertThat(document.isObject()).isTrue();
        for (String field : summary) {
            assertThat(document.has(field)).as("summary field %s in %s", field, out).isTrue();
        }
        JsonNode results = document.has("results") ? document.get("results") : document.get("findings");
        assertThat(results.isArray()).isTrue();
        assertThat(results.size()).as("%s", out).isPositive();
        for (JsonNode result : results) {
            assertThat(result.propertyNames()).containsExactlyInAnyOrderElementsOf(fields.keySet());
            fields.forEach((name, type) -> {
                JsonNode value = result.get(name);
                switch (type) {
                    case "s" -> assertThat(value.isString()).as("%s is a string", name).isTrue();
                    case "n" -> assertThat(value.isNumber()).as("%s is a number", name).isTrue();
                    case "a" -> assertThat(value.isArray()).as("%s is an array", name).isTrue();
                    default -> assertThat(value.isObject()).as("%s is an object", name).isTrue();
                }
            });
        }
    }

    /** export and import report one summary, no rows: a JSON object with exactly the documented fields. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("summaries")
    void summaryCommandsWriteOneObject(List<String> command, Map<String, String> fields) throws Exception {
        StandardStreams streams = new StandardStreams();
        String out;
        try {
            assertThat(RosettaApplication.run(command.toArray(String[]::new))).isZero();
            out = streams.out.toString(StandardCharsets.UTF_8);
        } finally {
            streams.restore();
        }
        JsonNode document = JsonMapper.builder().build().readTree(out);
        assertThat(document.propertyNames()).containsExactlyInAnyOrderElementsOf(fields.keySet());
        fields.forEach((name, type) -> assertThat(type.equals("n") ? document.get(name).isNumber()
                : type.equals("a") ? document.get(name).isArray() : document.get(name).isString())
                .as("%s in %s", name, out).isTrue());
        assertThat(document.get(fields.containsKey("written") ? "written" : "units").asInt()).isPositive();
    }

    static Stream<Object[]> summaries() throws Exception {
        Path csv = root.resolve("memory.csv");
        java.nio.file.Files.writeString(csv, "en,fr\nwater,eau\nbread,pain\n");
        return Stream.of(
                new Object[] {List.of("export", "udhr", "--target", "fr", "--out", root.resolve("out.tmx").toString(),
                        "--report", "json"), Map.of("collection", "s", "format", "s", "read", "n", "written", "n",
                        "files", "a")},
                new Object[] {List.of("import", csv.toString(), "--collection", "memory", "--format", "json"),
                        Map.of("collection", "s", "units", "n", "tmx", "s")});
    }
}
