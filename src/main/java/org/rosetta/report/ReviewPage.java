package org.rosetta.report;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.rosetta.model.Language;
import org.rosetta.model.SentenceRanges;
import org.rosetta.model.Span;
import org.rosetta.model.TranslationUnit;
import org.rosetta.qa.Finding;
import org.rosetta.qa.QaCheck;
import org.rosetta.render.Column;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The review page: one self-contained HTML file (styles and script inline, no network, the system's fonts) with a
 * collection's units side by side, one column per language ({@code lang} on every cell, {@code dir="rtl"} on
 * right-to-left ones), each unit's row coloured by its confidence, QA findings under it with the offending spans
 * marked in the text, filters by check, language and confidence, a search box, n/p between findings, and marks
 * (wrong, confirmed, a comment) saved as a JSON file for {@code marks import}. Built with jsoup, so all text is
 * escaped. Pure: units and findings in, HTML out.
 */
public final class ReviewPage {

    private ReviewPage() {
    }

    public static String render(String collection, List<TranslationUnit> units, List<Language> languages,
                                List<Finding> findings) {
        Document page = Document.createShell("");
        page.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
        page.head().appendElement("meta").attr("charset", "utf-8");
        page.head().appendElement("title").text("Rosetta review: " + collection);
        page.head().appendElement("style").appendChild(new org.jsoup.nodes.DataNode(resource("report.css")));
        Element body = page.body().attr("data-collection", collection);
        Map<String, List<Finding>> byUnit = findings.stream().collect(Collectors.groupingBy(Finding::unit,
                LinkedHashMap::new, Collectors.toList()));
        header(body.appendElement("header"), collection, units, languages, findings);
        Element table = body.appendElement("table").attr("id", "units");
        Element heading = table.appendElement("thead").appendElement("tr");
        heading.appendElement("th").addClass("unit").text("unit");
        for (Language language : languages) {
            Column column = Column.of(language.tag());
            heading.appendElement("th").attr("data-language", language.tag()).attr("lang", language.tag())
                    .attr("dir", column.rightToLeft() ? "rtl" : "ltr").text(language.tag());
        }
        heading.appendElement("th").addClass("marks").text("mark");
        Element rows = table.appendElement("tbody");
        for (TranslationUnit unit : units) {
            row(rows, unit, languages, byUnit.getOrDefault(unit.id(), List.of()));
        }
        body.appendElement("script").appendChild(new org.jsoup.nodes.DataNode(resource("report.js")));
        return "<!DOCTYPE html>\n" + page.outerHtml();
    }

    private static void header(Element header, String collection, List<TranslationUnit> units,
                               List<Language> languages, List<Finding> findings) {
        header.appendElement("h1").text(collection + ": " + units.size() + " units, " + findings.size()
                + " findings");
        Element check = header.appendElement("label").text("check ").appendElement("select")
                .attr("id", "check-filter");
        check.appendElement("option").val("").text("all units");
        Set<QaCheck> present = findings.stream().map(Finding::check).collect(Collectors.toCollection(TreeSet::new));
        for (QaCheck c : present) {
            check.appendElement("option").val(c.tag()).text(c.tag() + " ("
                    + findings.stream().filter(f -> f.check() == c).count() + ")");
        }
        Element confidence = header.appendElement("label").text("confidence at most ");
        confidence.appendElement("input").attr("type", "range").attr("id", "confidence-filter").attr("min", "0")
                .attr("max", "1").attr("step", "0.05").val("1");
        confidence.appendElement("span").attr("id", "confidence-value").text("1.00");
        header.appendElement("label").text("search ").appendElement("input").attr("type", "search")
                .attr("id", "search");
        for (Language language : languages) {
            header.appendElement("label").appendElement("input").attr("type", "checkbox").addClass("language")
                    .val(language.tag()).attr("checked", true).after(" " + language.tag());
        }
        header.appendElement("button").attr("id", "save-marks").attr("type", "button").text("Save marks");
        header.appendElement("p").text("Keys: n next finding, p previous. Mark units wrong or confirmed, add a"
                + " comment, then Save marks and run: rosetta marks import FILE");
    }

    private static void row(Element rows, TranslationUnit unit, List<Language> languages, List<Finding> findings) {
        Element row = rows.appendElement("tr").addClass("unit").addClass("status-" + unit.status().tag())
                .attr("tabindex", "0").attr("data-unit", unit.id()).attr("data-document", unit.document())
                .attr("data-sentences", SentenceRanges.format(unit.sentences()))
                .attr("data-confidence", String.format(Locale.ROOT, "%.3f", unit.confidence()))
                .attr("data-checks", findings.stream().map(f -> f.check().tag()).distinct()
                        .collect(Collectors.joining(" ")))
                .attr("style", "background:" + colour(unit.confidence()));
        row.appendElement("td").addClass("unit").text(unit.id()).appendElement("br").after(String.format(Locale.ROOT,
                "%s · %.2f · %s", unit.beadType(), unit.confidence(), unit.status().tag()));
        for (Language language : languages) {
            Column column = Column.of(language.tag());
            Element cell = row.appendElement("td").addClass("text").attr("data-language", language.tag())
                    .attr("lang", language.tag()).attr("dir", column.rightToLeft() ? "rtl" : "ltr");
            String text = unit.text(language);
            if (text != null) {
                marked(cell.appendElement("span").addClass("sentence"), text, spans(findings, language));
            }
        }
        Element marks = row.appendElement("td").addClass("marks");
        marks.appendElement("button").attr("type", "button").addClass("mark").val("confirmed").text("✓ right");
        marks.appendElement("button").attr("type", "button").addClass("mark").val("wrong").text("✗ wrong");
        marks.appendElement("input").attr("type", "text").addClass("comment").attr("placeholder", "comment");
        if (!findings.isEmpty()) {
            Element list = rows.appendElement("tr").addClass("findings").appendElement("td")
                    .attr("colspan", String.valueOf(languages.size() + 2)).appendElement("ul");
            for (Finding finding : findings) {
                Element item = list.appendElement("li").attr("data-check", finding.check().tag());
                item.appendElement("span").addClass("severity-" + finding.severity().name().toLowerCase(Locale.ROOT))
                        .text(finding.severity().name().toLowerCase(Locale.ROOT) + " " + finding.check().tag());
                item.appendText(" " + finding.source() + "-" + finding.target() + ": " + finding.message());
            }
        }
    }

    /** The spans findings mark in one language's text, with their checks, in text order, overlaps merged. */
    /** A span of a text that a finding of {@code check} marks. */
    private record Marked(Span span, String check) {
    }

    private static List<Marked> spans(List<Finding> findings, Language language) {
        List<Marked> spans = new ArrayList<>();
        for (Finding finding : findings) {
            if (finding.source().equals(language)) {
                finding.sourceSpan().ifPresent(s -> spans.add(new Marked(s, finding.check().tag())));
            }
            if (finding.target().equals(language)) {
                finding.targetSpan().ifPresent(s -> spans.add(new Marked(s, finding.check().tag())));
            }
        }
        spans.sort(Comparator.comparingInt(m -> m.span().start()));
        return spans;
    }

    private static void marked(Element into, String text, List<Marked> spans) {
        int at = 0;
        for (Marked marked : spans) {
            Span span = marked.span();
            if (span.start() < at || span.end() > text.length() || span.length() == 0) {
                continue;
            }
            into.appendText(text.substring(at, span.start()));
            into.appendElement("mark").addClass("finding").attr("data-check", marked.check())
                    .text(span.of(text));
            at = span.end();
        }
        into.appendText(text.substring(at));
    }

    /** Red for a guess, through yellow, to a pale green for certain. */
    static String colour(double confidence) {
        return String.format(Locale.ROOT, "hsl(%d, 70%%, 94%%)", Math.round(120 * Math.max(0, Math.min(1,
                confidence))));
    }

    private static String resource(String name) {
        try (InputStream in = ReviewPage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
