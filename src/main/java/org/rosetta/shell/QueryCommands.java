package org.rosetta.shell;

import org.rosetta.align.Dictionary;
import org.rosetta.corpus.Workspace;
import org.rosetta.model.Language;
import org.rosetta.query.Concordancer;
import org.rosetta.query.ConcordanceLine;
import org.rosetta.query.FuzzyMatch;
import org.rosetta.query.FuzzyMatcher;
import org.rosetta.query.Hit;
import org.rosetta.query.Match;
import org.rosetta.query.SearchRequest;
import org.rosetta.query.TranslationCandidate;
import org.rosetta.query.TranslationSpotter;
import org.rosetta.query.UnitIndex;
import org.rosetta.query.UnitSearcher;
import org.rosetta.model.TranslationUnit;
import org.rosetta.render.Column;
import org.rosetta.render.DisplayWidth;
import org.rosetta.render.Kwic;
import org.rosetta.render.TextBlock;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The query commands: search, concordance, translations-of, fuzzy. */
final class QueryCommands {

    private final Workspace workspace;
    private final Terminal terminal;
    /** "no match" and the like go to stderr: stdout holds only results, so a script sees none. */
    private final Diagnostics diagnostics = new Diagnostics();

    QueryCommands(Workspace workspace, Terminal terminal) {
        this.workspace = workspace;
        this.terminal = terminal;
    }

    @Command(name = "search", help = "search QUERY... [--lang LANG] [--show LANG,LANG] [--exact] [--collection NAME]"
            + " [--document DOC] [--limit N] [--page N]",
            group = "Query", description = "Find units matching a Lucene query and show their translations, e.g."
            + " search \"human rights\" --show fr,fa")
    void search(CommandContext context,
                @Arguments List<String> words,
                @Option(longName = "lang", description = "search only this language's text (default: all)")
                String lang,
                @Option(longName = "show", description = "languages to show, comma-separated (default: all)")
                String show,
                @Option(longName = "exact", description = "match words as written, not inflections")
                boolean exact,
                @Option(longName = "collection", description = "search only this collection") String collection,
                @Option(longName = "document", description = "search only this document") String document,
                @Option(longName = "limit", defaultValue = "10", description = "results per page") Integer limit,
                @Option(longName = "page", defaultValue = "1", description = "page of results, from 1") Integer page,
                @Option(longName = "format", defaultValue = "table", description = "table, tsv or json") String format) {
        Listing listing = Listing.parse(format);
        String query = query(words, "search");
        Optional<Language> language = optionalLanguage(lang);
        int pageIndex = Bounds.check("page", page, 1, Bounds.MAX_PAGE) - 1;
        int pageSize = Bounds.check("limit", limit, 1, Bounds.MAX_LIMIT);
        PrintWriter out = context.outputWriter();
        try (UnitIndex index = UnitIndex.open(workspace.layout().index())) {
            SearchRequest request = new SearchRequest(query, language, exact ? Match.EXACT : Match.STEMMED,
                    pageIndex, pageSize, scope(index, collection, document));
            request.language().ifPresent(l -> OptionValues.languageWithin("lang", l.tag(), index.languages(),
                    "the index"));
            List<Language> shownLanguages = shown(show, index);
            UnitSearcher.Page result = new UnitSearcher(index).page(request);
            List<Hit> hits = result.hits();
            if (hits.isEmpty()) {
                diagnostics.note(page > 1 ? "no match on page " + page + " for " + request.query()
                        + (result.total() > 0 ? " (" + pages(result.total(), limit) + " pages)" : " (try a lower --page)")
                        : "no match for " + request.query());
            } else {
                diagnostics.note(String.format(Locale.ROOT, "%d unit(s) match; page %d of %d", result.total(), page,
                        pages(result.total(), limit)));
            }
            if (listing != Listing.TABLE) {
                List<java.util.Map<String, Object>> results = new java.util.ArrayList<>();
                int rank = request.page() * request.pageSize();
                for (Hit hit : hits) {
                    java.util.Map<String, Object> fields = unitFields(hit.unit(), shownLanguages);
                    fields.put("rank", ++rank);
                    fields.put("matched_language", hit.matchedIn().tag());
                    fields.put("score", (double) hit.score());
                    results.add(fields);
                }
                listing.write(out, summary("search", request.query(), "total", result.total(), "page", page,
                        "pages", pages(result.total(), limit)), results);
                return;
            }
            int rank = request.page() * request.pageSize();
            for (Hit hit : hits) {
                out.printf(Locale.ROOT, "%d. %s  [%s, %s, confidence %.2f]%n", ++rank, hit.unit().id(),
                        hit.unit().collection(), hit.unit().beadType(), hit.unit().confidence());
                Column matched = Column.of(hit.matchedIn().tag());
                String label = "   " + hit.matchedIn() + "  ";
                if (matched.rightToLeft() || DisplayWidth.of(label + hit.unit().text(hit.matchedIn()))
                        > terminal.columns()) {
                    // wrapped and in display order; highlights would not survive the reordering
                    block().lines(label, hit.unit().text(hit.matchedIn()), matched).forEach(out::println);
                } else {
                    out.println(label + terminal.highlight(hit.unit().text(hit.matchedIn()), hit.highlights()));
                }
                translations(out, hit.unit(), hit.matchedIn(), shownLanguages);
            }
        }
        out.flush();
    }

    @Command(name = "concordance", help = "concordance WORDS... --lang LANG [--show LANG,LANG] [--collection NAME] [--document DOC]"
            + " [--width N] [--limit N]",
            group = "Query", description = "Key-word-in-context lines for a word or phrase, each with its aligned"
            + " sentences: how a term was rendered")
    void concordance(CommandContext context,
                     @Arguments List<String> words,
                     @Option(longName = "lang", required = true, description = "the language of the words")
                     String lang,
                     @Option(longName = "show", description = "aligned languages to show (default: all)")
                     String show,
                     @Option(longName = "width", defaultValue = "40", description = "columns of context each side")
                     Integer width,
                     @Option(longName = "collection", description = "only this collection") String collection,
                     @Option(longName = "document", description = "only this document") String document,
                     @Option(longName = "limit", defaultValue = "25", description = "lines at most") Integer limit,
                     @Option(longName = "format", defaultValue = "table", description = "table, tsv or json")
                     String format) {
        Listing listing = Listing.parse(format);
        Bounds.check("width", width, 1, Bounds.MAX_WIDTH);
        Bounds.check("limit", limit, 1, Bounds.MAX_LIMIT);
        PrintWriter out = context.outputWriter();
        try (UnitIndex index = UnitIndex.open(workspace.layout().index())) {
            Language language = OptionValues.languageWithin("lang", lang, index.languages(), "the index");
            List<Language> shownLanguages = shown(show, index);
            // characters enough for the columns (a wide character takes two); Kwic cuts them to the columns
            List<ConcordanceLine> lines = new Concordancer(index).concordance(query(words, "concordance"), language,
                    2 * width, limit, scope(index, collection, document));
            if (lines.isEmpty()) {
                diagnostics.note("no match");
            }
            if (listing != Listing.TABLE) {
                List<java.util.Map<String, Object>> results = new java.util.ArrayList<>();
                for (ConcordanceLine line : lines) {
                    java.util.Map<String, Object> result = unitFields(line.unit(), shownLanguages);
                    result.put("left", line.left());
                    result.put("keyword", line.keyword());
                    result.put("right", line.right());
                    results.add(result);
                }
                listing.write(out, summary("concordance", String.join(" ", words), "language", language.tag()),
                        results);
                return;
            }
            Kwic kwic = new Kwic(width, terminal.bidi(null));
            Column column = Column.of(language.tag());
            for (ConcordanceLine line : lines) {
                out.println(kwic.line(line.left(), line.keyword(), line.right(), column, terminal::emphasise)
                        + "   [" + line.unit().id() + "]");
                translations(out, line.unit(), line.language(), shownLanguages);
            }
        }
        out.flush();
    }

    @Command(name = "translations-of", help = "translations-of WORDS... --from LANG --to LANG [--limit N]"
            + " [--dictionary FILE,...]",
            group = "Query", description = "How a term is rendered in another language: the phrases its aligned"
            + " units most often contain, ranked")
    void translationsOf(CommandContext context,
                        @Arguments List<String> words,
                        @Option(longName = "from", required = true, description = "the term's language") String from,
                        @Option(longName = "to", required = true, description = "the other language") String to,
                        @Option(longName = "limit", defaultValue = "10", description = "phrases at most")
                        Integer limit,
                        @Option(longName = "dictionary", description = "bilingual word lists to learn from as well"
                                + " (CSV or TSV, either language first, or FreeDict dictd files), comma-separated")
                        String dictionary,
                        @Option(longName = "format", defaultValue = "table", description = "table, tsv or json")
                        String format) {
        Listing listing = Listing.parse(format);
        String term = query(words, "translations-of");
        Bounds.check("limit", limit, 1, Bounds.MAX_LIMIT);
        PrintWriter out = context.outputWriter();
        try (UnitIndex index = UnitIndex.open(workspace.layout().index())) {
            Language source = oneWithin("from", from, index);
            Language target = oneWithin("to", to, index);
            List<Path> dictionaries = DictionaryFiles.of(dictionary);
            TranslationSpotter spotter = dictionaries.isEmpty() ? new TranslationSpotter(index)
                    : new TranslationSpotter(index).withDictionary(Dictionary.readAll(dictionaries));
            List<TranslationCandidate> candidates = spotter.translationsOf(term, source, target, limit);
            if (candidates.isEmpty()) {
                diagnostics.note("no aligned " + to + " text for " + term);
            }
            if (listing != Listing.TABLE) {
                List<java.util.Map<String, Object>> results = new java.util.ArrayList<>();
                for (TranslationCandidate candidate : candidates) {
                    java.util.Map<String, Object> result = new java.util.LinkedHashMap<>();
                    result.put("phrase", candidate.phrase());
                    result.put("together", candidate.together());
                    result.put("total", candidate.total());
                    result.put("dice", candidate.score());
                    results.add(result);
                }
                listing.write(out, summary("translations-of", term, "from", source.tag(), "to", target.tag()),
                        results);
                return;
            }
            Column column = Column.of(to);
            for (TranslationCandidate candidate : candidates) {
                out.printf(Locale.ROOT, "%s %4d times  (in %d units in all, Dice %.2f)%n",
                        block().padded(candidate.phrase(), column, 40), candidate.together(), candidate.total(),
                        candidate.score());
            }
        }
        out.flush();
    }

    @Command(name = "fuzzy", help = "fuzzy SENTENCE... --lang LANG [--show LANG,LANG] [--collection NAME] [--document DOC]"
            + " [--min PERCENT] [--limit N]",
            group = "Query", description = "Translation-memory lookup: the units closest to a new sentence, with a"
            + " match percentage as CAT tools count it")
    void fuzzy(CommandContext context,
               @Arguments List<String> words,
               @Option(longName = "lang", required = true, description = "the sentence's language") String lang,
               @Option(longName = "show", description = "translations to show (default: all)") String show,
               @Option(longName = "collection", description = "only this collection's units") String collection,
               @Option(longName = "document", description = "only this document's units") String document,
               @Option(longName = "min", defaultValue = "70", description = "lowest match percentage") Integer min,
               @Option(longName = "limit", defaultValue = "5", description = "matches at most") Integer limit,
               @Option(longName = "format", defaultValue = "table", description = "table, tsv or json")
               String format) {
        Listing listing = Listing.parse(format);
        String sentence = Bounds.sentence(query(words, "fuzzy"));
        Bounds.check("min", min, 0, 100);
        Bounds.check("limit", limit, 1, Bounds.MAX_LIMIT);
        PrintWriter out = context.outputWriter();
        try (UnitIndex index = UnitIndex.open(workspace.layout().index())) {
            Language language = OptionValues.languageWithin("lang", lang, index.languages(), "the index");
            List<Language> shownLanguages = shown(show, index);
            List<FuzzyMatch> matches = new FuzzyMatcher(index).lookup(sentence, language, min, limit,
                    scope(index, collection, document));
            if (matches.isEmpty()) {
                diagnostics.note("no match of " + min + "% or more");
            }
            if (listing != Listing.TABLE) {
                List<java.util.Map<String, Object>> results = new java.util.ArrayList<>();
                for (FuzzyMatch match : matches) {
                    java.util.Map<String, Object> result = unitFields(match.unit(), shownLanguages);
                    result.put("percent", match.percent());
                    result.put("copies", match.copies());
                    results.add(result);
                }
                listing.write(out, summary("fuzzy", sentence, "language", language.tag()), results);
                return;
            }
            for (FuzzyMatch match : matches) {
                Language written = index.writtenIn(match.unit(), language);
                block().lines(String.format(Locale.ROOT, "%3d%%  %s  ", match.percent(), match.unit().id()
                                + (match.copies() > 1 ? " (and " + (match.copies() - 1) + " more with the same text)"
                                : "")), match.unit().text(written), Column.of(written.tag()))
                        .forEach(out::println);
                translations(out, match.unit(), written, shownLanguages);
            }
        }
        out.flush();
    }

    /** A JSON document's summary: the command, its query, and more name-value pairs. */
    private static java.util.Map<String, Object> summary(String command, String query, Object... more) {
        java.util.Map<String, Object> summary = new java.util.LinkedHashMap<>();
        summary.put("command", command);
        summary.put("query", query);
        for (int k = 0; k + 1 < more.length; k += 2) {
            summary.put((String) more[k], more[k + 1]);
        }
        return summary;
    }

    /** A unit's fields in a listing: id, collection, document, bead, confidence, status, texts (the --show ones). */
    private static java.util.Map<String, Object> unitFields(TranslationUnit unit, List<Language> show) {
        java.util.Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("id", unit.id());
        fields.put("collection", unit.collection());
        fields.put("document", unit.document());
        fields.put("bead", unit.beadType());
        fields.put("confidence", unit.confidence());
        java.util.Map<String, String> texts = new java.util.LinkedHashMap<>();
        List<Language> languages = show.isEmpty() ? List.copyOf(unit.variants().keySet()) : show;
        for (Language language : languages) {
            if (unit.text(language) != null) {
                texts.put(language.tag(), unit.text(language));
            }
        }
        fields.put("texts", texts);
        return fields;
    }

    private static int pages(int total, int pageSize) {
        return Math.max(1, (total + pageSize - 1) / pageSize);
    }

    private TextBlock block() {
        return new TextBlock(terminal.columns(), terminal.bidi(null));
    }

    /**
     * The unit's other languages: those {@code --show} names, in its order, or all in the unit's order; wrapped to
     * the terminal, right-to-left ones right-aligned in display order.
     */
    private void translations(PrintWriter out, TranslationUnit unit, Language shown, List<Language> show) {
        List<Language> languages = show.isEmpty() ? List.copyOf(unit.variants().keySet()) : show;
        for (Language language : languages) {
            String text = unit.variants().get(language);
            if (!language.equals(shown) && text != null) {
                block().lines("   " + language + "  ", text, Column.of(language.tag())).forEach(out::println);
            }
        }
    }

    private static String query(List<String> words, String command) {
        if (words == null || words.isEmpty()) {
            throw new UsageException(command + " needs words to look for; see 'help " + command + "'");
        }
        return String.join(" ", words);
    }

    /**
     * The index's language a range names: itself, or the one language of the index within it ({@code en} for an
     * imported collection's {@code en-us}); a range that several are within, none of them itself, is a usage error.
     */
    private static Language oneWithin(String option, String value, UnitIndex index) {
        Language range = OptionValues.languageWithin(option, value, index.languages(), "the index");
        List<Language> within = index.languagesWithin(range);
        if (within.size() > 1 && !within.getFirst().equals(range)) {
            throw new UsageException("--" + option + ": " + range + " is " + String.join(" or ", within.stream()
                    .map(Language::tag).toList()) + " in the index; name one");
        }
        return within.isEmpty() ? range : within.getFirst();
    }

    /**
     * The languages {@code --show} names, in the order given, each with the index's languages within it ({@code fa}
     * and an imported {@code fa-ir}); empty: all.
     */
    private static List<Language> shown(String show, UnitIndex index) {
        if (show == null) {
            return List.of();
        }
        List<Language> languages = new java.util.ArrayList<>();
        for (Language range : OptionValues.languages("show", show)) { // fa: fa, and an imported fa-ir
            OptionValues.languageWithin("show", range.tag(), index.languages(), "the index");
            index.languagesWithin(range).stream().filter(l -> !languages.contains(l)).forEach(languages::add);
        }
        return languages;
    }

    /** The --collection and --document filters; a collection the index lacks is a usage error naming those it has. */
    private static SearchRequest.Scope scope(UnitIndex index, String collection, String document) {
        Optional<String> name = Optional.ofNullable(collection).map(c -> CollectionArgument.among(c,
                index.collections().stream().map(org.rosetta.corpus.CollectionName::of).toList(), "in the index")
                .value());
        return new SearchRequest.Scope(name, Optional.ofNullable(document).filter(d -> !d.isBlank()));
    }

    private static Optional<Language> optionalLanguage(String tag) {
        return Optional.ofNullable(tag).map(value -> OptionValues.language("lang", value));
    }
}
