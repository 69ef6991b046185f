package org.rosetta.shell;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import org.rosetta.TestData;
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
        TestData.copyCorpus(root);
        System.setProperty("rosetta.workspace", root.toString());
        StandardStreams streams = new StandardStreams();
        try {
            assertThat(RosettaApplication.run(new String[] {"build"})).isZero();
        } finally {
            streams.restore();
        }
    }

    @AfterAll
    static void clear() {
        System.clearProperty("rosetta.workspace");
    }

    /** command line; summary fields; result fields with their JSON types (s string, n number, o object). */
    static Stream<Object[]> commands() {
        Map<String, String> unit = Map.of("id", "s", "collection", "s", "document", "s", "bead", "s",
                "confidence", "n", "texts", "o");
        return Stream.of(
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
                    default -> assertThat(value.isObject()).as("%s is an object", name).isTrue();
                }
            });
        }
    }
}
