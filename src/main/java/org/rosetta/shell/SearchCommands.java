package org.rosetta.shell;

import org.rosetta.corpus.Workspace;
import org.rosetta.model.Language;
import org.rosetta.query.Hit;
import org.rosetta.query.SearchRequest;
import org.rosetta.query.UnitSearcher;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** {@code search}: find units in one language, read them in others. */
@Component
final class SearchCommands {

    private final Workspace workspace;
    private final Terminal terminal;

    SearchCommands(Workspace workspace, Terminal terminal) {
        this.workspace = workspace;
        this.terminal = terminal;
    }

    @Command(name = "search", help = "search QUERY... [--lang LANG] [--show LANG,LANG] [--limit N] [--page N]",
            group = "Query", description = "Find units matching a Lucene query and show their"
            + " translations, e.g. search \"human rights\" --show fr,fa")
    void search(CommandContext context,
                @Arguments List<String> words,
                @Option(longName = "lang", description = "search only this language's text (default: all)")
                String lang,
                @Option(longName = "show", description = "languages to show, comma-separated (default: all)")
                String show,
                @Option(longName = "limit", defaultValue = "10", description = "results per page") Integer limit,
                @Option(longName = "page", defaultValue = "1", description = "page of results, from 1") Integer page) {
        if (words == null || words.isEmpty()) {
            throw new UsageException("search needs a query, e.g. search \"human rights\"");
        }
        SearchRequest request = new SearchRequest(String.join(" ", words),
                Optional.ofNullable(lang).map(Language::of), page - 1, limit);
        Optional<List<Language>> shown = Optional.ofNullable(show)
                .map(s -> Arrays.stream(s.split(",")).map(String::strip).filter(t -> !t.isEmpty())
                        .map(Language::of).toList());
        PrintWriter out = context.outputWriter();
        try (UnitSearcher searcher = UnitSearcher.open(workspace.layout().index())) {
            List<Hit> hits = searcher.search(request);
            if (hits.isEmpty()) {
                out.println("no match for " + request.query());
            }
            int rank = request.page() * request.pageSize();
            for (Hit hit : hits) {
                render(out, ++rank, hit, shown);
            }
        }
        out.flush();
    }

    private void render(PrintWriter out, int rank, Hit hit, Optional<List<Language>> shown) {
        out.printf(Locale.ROOT, "%d. %s  [%s, %s, confidence %.2f]%n", rank, hit.unit().id(), hit.unit().collection(),
                hit.unit().beadType(), hit.unit().confidence());
        out.println("   " + hit.matchedIn() + "  " + terminal.highlight(hit.unit().text(hit.matchedIn()),
                hit.highlights()));
        for (Map.Entry<Language, String> variant : hit.unit().variants().entrySet()) {
            Language language = variant.getKey();
            if (!language.equals(hit.matchedIn()) && shown.map(l -> l.contains(language)).orElse(true)) {
                out.println("   " + language + "  " + variant.getValue());
            }
        }
    }
}
