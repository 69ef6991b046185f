package org.rosetta.shell;

import org.rosetta.corpus.CollectionName;
import org.rosetta.corpus.Reviews;
import org.rosetta.corpus.Workspace;
import org.rosetta.files.AtomicFile;
import org.rosetta.model.Language;
import org.rosetta.model.TranslationUnit;
import org.rosetta.qa.Finding;
import org.rosetta.report.ReviewPage;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@code report}: the review page for a reviser; {@code marks import}: what the reviser marked on it. */
final class ReportCommands {

    private final Workspace workspace;
    private final Reviews reviews;
    private final Diagnostics diagnostics = new Diagnostics();

    ReportCommands(Workspace workspace) {
        this.workspace = workspace;
        this.reviews = new Reviews(workspace);
    }

    @Command(name = "report", help = "report COLLECTION [DOCUMENT] --html FILE [--langs LANG,...] [--checks CHECK,...]"
            + " [--glossary FILE] [--dictionary FILE,...]", group = "Review",
            description = "Write the review page: one self-contained HTML file, units side by side, QA findings"
            + " marked, filters, n/p between findings, marks a reviser saves for 'marks import'")
    void report(CommandContext context,
                @Argument(index = 0, description = "the collection") String collection,
                @Argument(index = 1, description = "only this document") String document,
                @Option(longName = "html", required = true, description = "the page to write") String html,
                @Option(longName = "langs", description = "columns, comma-separated (default: all)") String langs,
                @Option(longName = "checks", description = "QA checks to run (default: all but consistency)") String checks,
                @Option(longName = "glossary", description = "a glossary for the terminology check") String glossary,
                @Option(longName = "dictionary", description = "bilingual word lists, comma-separated, for the names"
                        + " check, as qa takes them") String dictionary) {
        if (collection == null || collection.isBlank()) {
            throw new UsageException("report needs a collection");
        }
        CollectionName name = CollectionArgument.built(workspace, collection);
        List<TranslationUnit> units = reviews.units(name, Optional.ofNullable(document));
        List<Language> languages = langs != null ? OptionValues.languages("langs", langs)
                : ReviewCommands.languagesOf(units);
        QaCommands.requireUnits(units);
        List<Finding> findings = QaCommands.checker(QaCommands.checks(checks), QaCommands.glossary(glossary),
                DictionaryFiles.of(dictionary)).runInOwnPairs(units, p -> languages.contains(p.source()) && languages.contains(p.target()));
        Path out = workspace.layout().checkOutput(Path.of(html), "--html");
        try (AtomicFile file = AtomicFile.replacing(out); Writer writer = file.writer()) {
            writer.write(ReviewPage.render(name.value(), units, languages, findings));
            writer.flush();
            file.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(out + ": cannot write (" + e.getMessage() + ")", e);
        }
        PrintWriter print = context.outputWriter();
        print.printf(Locale.ROOT, "%d units, %d findings -> %s%n", units.size(), findings.size(), out);
        print.flush();
    }

    @Command(name = "marks", help = "marks import FILE [--collection NAME]", group = "Review",
            description = "Apply the marks saved on the review page: confirmed units become confirmed links, wrong"
            + " ones and comments are kept for 'review --marked'")
    void marks(CommandContext context,
               @Argument(index = 0, description = "import") String action,
               @Argument(index = 1, description = "the marks file the page saved") String file,
               @Option(longName = "collection", description = "the collection (default: the one the file names)")
               String collection) {
        if (!"import".equals(action)) {
            throw new UsageException("marks takes 'import FILE' (got '" + action + "')");
        }
        if (file == null || file.isBlank()) {
            throw new UsageException("marks import needs the file the review page saved");
        }
        Path path = Path.of(file);
        String named = collection != null ? collection
                : org.rosetta.review.MarksFile.readJson(path).collection();
        Reviews.MarksReport report = reviews.importMarks(CollectionName.of(named), path,
                Reviser.name());
        report.skipped().forEach(diagnostics::warning);
        report.warnings().forEach(diagnostics::warning);
        PrintWriter out = context.outputWriter();
        out.printf(Locale.ROOT, "%d unit(s) confirmed, %d mark(s) kept for review --marked, %d skipped%n",
                report.confirmed(), report.stored(), report.skipped().size());
        out.flush();
    }
}
