package org.rosetta.shell;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rosetta.align.Dictionary;
import org.rosetta.corpus.CollectionName;
import org.rosetta.corpus.Reviews;
import org.rosetta.corpus.Workspace;
import org.rosetta.model.Language;
import org.rosetta.model.Span;
import org.rosetta.model.TranslationUnit;
import org.rosetta.qa.Finding;
import org.rosetta.qa.Glossary;
import org.rosetta.qa.QaCheck;
import org.rosetta.qa.QualityChecks;
import org.rosetta.render.Column;
import org.rosetta.render.TextBlock;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code qa}: translation checks over a built collection. */
final class QaCommands {

    /** The fields of a finding in CSV and JSON, in order (README documents them). */
    static final List<String> FIELDS = List.of("severity", "check", "unit", "document", "source", "target",
            "message", "source_text", "target_text", "source_span", "target_span");

    private final Reviews reviews;
    private final Terminal terminal;
    private final Diagnostics diagnostics = new Diagnostics();

    private final Workspace workspace;

    QaCommands(Workspace workspace, Terminal terminal) {
        this.workspace = workspace;
        this.reviews = new Reviews(workspace);
        this.terminal = terminal;
    }

    @Command(name = "qa", help = "qa COLLECTION [DOCUMENT] [--langs LANG,LANG] [--checks CHECK,...]"
            + " [--glossary FILE] [--dictionary FILE,...] [--format table|csv|json]", group = "Review",
            description = "Check the translation: omissions and additions, numbers, names, untranslated text,"
            + " punctuation and links, glossary terms; findings by severity with the offending span marked")
    void qa(CommandContext context,
            @Argument(index = 0, description = "the collection") String collection,
            @Argument(index = 1, description = "only this document") String document,
            @Option(longName = "langs",
                    description = "SOURCE,TARGET (default: each document's pivot with each other language it has)")
            String langs,
            @Option(longName = "checks", description = "omission, addition, numbers, names, untranslated,"
                    + " punctuation, terminology, consistency (default: all but consistency)") String checks,
            @Option(longName = "glossary", description = "a CSV or TSV, a header row of languages, one term per row")
            String glossary,
            @Option(longName = "dictionary", description = "bilingual word lists, comma-separated (FreeDict dictd, CSV,"
                    + " TSV): a capitalised word they translate, whose translation the target has, is not reported as a"
                    + " missing name")
            String dictionary,
            @Option(longName = "format", defaultValue = "table", description = "table, csv or json") String format) {
        if (collection == null || collection.isBlank()) {
            throw new UsageException("qa needs a collection");
        }
        CollectionName name = CollectionArgument.built(workspace, collection);
        Set<QaCheck> enabled = checks(checks);
        Format output = Format.parse(format);
        List<TranslationUnit> units = reviews.units(name, Optional.ofNullable(document));
        Optional<QualityChecks.Pair> pair = pair(langs);
        pair.ifPresent(p -> List.of(p.source(), p.target()).forEach(language -> OptionValues.requireIn("langs",
                language, ReviewCommands.languagesOf(units), "the collection " + name.value())));
        Glossary terms = glossary(glossary);
        List<Finding> findings = findings(checker(enabled, terms, DictionaryFiles.of(dictionary)), units, pair);
        PrintWriter out = context.outputWriter();
        switch (output) {
            case TABLE -> table(out, findings);
            case CSV -> csv(out, findings);
            case JSON -> json(out, name, findings);
        }
        if (findings.isEmpty()) {
            diagnostics.note("no finding in " + name);
        }
        out.flush();
    }

    /** How findings are written. */
    enum Format {
        TABLE, CSV, JSON;

        static Format parse(String value) {
            for (Format format : values()) {
                if (format.name().equalsIgnoreCase(value.strip())) {
                    return format;
                }
            }
            throw new UsageException("--format is table, csv or json, not '" + value + "'");
        }
    }

    private void table(PrintWriter out, List<Finding> findings) {
        TextBlock block = new TextBlock(terminal.columns(), terminal.bidi(null));
        for (Finding finding : findings) {
            out.printf(Locale.ROOT, "%-8s %-13s %s  %s-%s  %s%n", finding.severity().name(), finding.check().tag(),
                    finding.unit(), finding.source(), finding.target(), finding.message());
            text(out, block, finding.source(), finding.sourceText(), finding.sourceSpan());
            text(out, block, finding.target(), finding.targetText(), finding.targetSpan());
        }
    }

    private static void text(PrintWriter out, TextBlock block, Language language, String text, Optional<Span> span) {
        if (!text.isEmpty()) {
            block.lines("         " + language + "  ", marked(text, span), Column.of(language.tag()))
                    .forEach(out::println);
        }
    }

    /** The text with the span between ⟦ and ⟧. */
    static String marked(String text, Optional<Span> span) {
        return span.filter(s -> s.end() <= text.length() && s.length() > 0 && s.length() < text.length())
                .map(s -> text.substring(0, s.start()) + "⟦" + s.of(text) + "⟧" + text.substring(s.end()))
                .orElse(text);
    }

    private static void csv(PrintWriter out, List<Finding> findings) {
        try {
            CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                    .setHeader(FIELDS.toArray(String[]::new)).get());
            for (Finding finding : findings) {
                printer.printRecord(record(finding).values());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void json(PrintWriter out, CollectionName name, List<Finding> findings) {
        ObjectMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("collection", name.value());
        document.put("findings", findings.stream().map(QaCommands::record).toList());
        out.println(mapper.writeValueAsString(document));
    }

    /** A finding's fields by name, in {@link #FIELDS} order; spans as {@code start-end} or empty. */
    static Map<String, String> record(Finding finding) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("severity", finding.severity().name().toLowerCase(Locale.ROOT));
        fields.put("check", finding.check().tag());
        fields.put("unit", finding.unit());
        fields.put("document", finding.document());
        fields.put("source", finding.source().tag());
        fields.put("target", finding.target().tag());
        fields.put("message", finding.message());
        fields.put("source_text", finding.sourceText());
        fields.put("target_text", finding.targetText());
        fields.put("source_span", finding.sourceSpan().map(s -> s.start() + "-" + s.end()).orElse(""));
        fields.put("target_span", finding.targetSpan().map(s -> s.start() + "-" + s.end()).orElse(""));
        return fields;
    }

    private static Set<QaCheck> parseChecks(String list) {
        Set<QaCheck> checks = EnumSet.noneOf(QaCheck.class);
        for (String tag : OptionValues.list("checks", list)) {
            checks.add(QaCheck.ofTag(tag).orElseThrow(() -> new UsageException("--checks: no check '" + tag.strip()
                    + "' (" + String.join(", ", Arrays.stream(QaCheck.values()).map(QaCheck::tag).toList()) + ")")));
        }
        return checks;
    }

    /** The findings in the pair asked (SOURCE,TARGET), or in each document's own pairs. */
    static List<Finding> findings(QualityChecks checks, List<TranslationUnit> units,
                                  Optional<QualityChecks.Pair> pair) {
        requireUnits(units);
        return pair.map(asked -> checks.run(units, List.of(asked))).orElseGet(() -> checks.runInOwnPairs(units,
                any -> true));
    }

    /** The pair {@code --langs} asks for, if any: two different languages. */
    private static Optional<QualityChecks.Pair> pair(String langs) {
        if (langs == null) {
            return Optional.empty();
        }
        List<Language> two = OptionValues.languages("langs", langs);
        if (two.size() != 2 || two.get(0).equals(two.get(1))) {
            throw new UsageException("--langs is SOURCE,TARGET, two languages (got '" + langs + "')");
        }
        return Optional.of(new QualityChecks.Pair(two.get(0), two.get(1)));
    }

    /** A collection (or document) without units has nothing to check: a usage error, not an empty report. */
    static void requireUnits(List<TranslationUnit> units) {
        if (units.isEmpty()) {
            throw new UsageException("the collection has no units");
        }
    }

    /**
     * The checks, knowing the {@code --dictionary} files when some are given and the names check, the one that uses
     * them, is on (they are read only then).
     */
    static QualityChecks checker(Set<QaCheck> enabled, Glossary glossary, List<Path> dictionaries) {
        QualityChecks checks = new QualityChecks(enabled, glossary);
        return dictionaries.isEmpty() || !enabled.contains(QaCheck.NAMES) ? checks
                : checks.withDictionary(Dictionary.readAll(dictionaries));
    }

    /** The glossary in {@code file}, or none when no file is given. */
    static Glossary glossary(String file) {
        if (file == null) {
            return Glossary.none();
        }
        Path path = Path.of(file);
        if (!java.nio.file.Files.isRegularFile(path)) { // a usage error, as a missing --dictionary is
            throw OptionValues.missingFile("glossary", path);
        }
        return Glossary.read(path);
    }

    /** The checks named, or the default ones. */
    static Set<QaCheck> checks(String list) {
        return list == null ? QaCheck.defaults() : parseChecks(list);
    }
}
