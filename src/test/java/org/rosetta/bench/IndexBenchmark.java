package org.rosetta.bench;

import org.rosetta.TestData;
import org.rosetta.index.LanguageAnalyzers;
import org.rosetta.index.UnitIndexWriter;
import org.rosetta.model.Language;
import org.rosetta.model.TranslationUnit;
import org.rosetta.query.FuzzyMatcher;
import org.rosetta.query.SearchRequest;
import org.rosetta.query.UnitIndex;
import org.rosetta.query.UnitSearcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.SequencedMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Index and query at scale: N three-language units (en, fr, fa) made of real UDHR sentences (an aligned bead and a
 * number, so units differ), indexed through {@link UnitIndexWriter}; then search and fuzzy latency,
 * median and 95th percentile over a few hundred mixed queries after a warm-up pass.
 */
public final class IndexBenchmark {

    private static final List<Language> LANGUAGES = List.of(Language.of("en"), Language.of("fr"), Language.of("fa"));

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        List<TranslationUnit> beads = TestData.udhrUnits("fr", "fa").stream()
                .filter(u -> u.variants().size() == LANGUAGES.size()).toList();
        Path root = Files.createTempDirectory("rosetta-index-bench");
        try {
            long start = System.nanoTime();
            new UnitIndexWriter(new LanguageAnalyzers()).writeAtomically(root, "bench", "bench",
                    (Consumer<Consumer<TranslationUnit>>) sink -> generate(beads, count, sink));
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "indexed %,d units (3 languages) in %.1f s: %,.0f units/s; index %,d MB%n",
                    count, seconds, count / seconds, size(root) >> 20);
            try (UnitIndex index = UnitIndex.open(root)) {
                Random random = new Random(42);
                List<SearchRequest> searches = searches(beads, random, 300);
                List<String[]> fuzzy = fuzzyQueries(beads, random, 200);
                UnitSearcher searcher = new UnitSearcher(index);
                FuzzyMatcher matcher = new FuzzyMatcher(index);
                for (int pass = 0; pass < 2; pass++) { // the first pass warms up
                    double[] searchTimes = time(searches, searcher::search);
                    double[] fuzzyTimes = time(fuzzy, q -> matcher.lookup(q[1], Language.of(q[0]), 70, 5));
                    if (pass == 1) {
                        report("search", searchTimes);
                        report("fuzzy", fuzzyTimes);
                    }
                }
            }
        } finally {
            try (Stream<Path> paths = Files.walk(root)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void generate(List<TranslationUnit> beads, int count, Consumer<TranslationUnit> sink) {
        Random random = new Random(7);
        for (int i = 0; i < count; i++) {
            TranslationUnit bead = beads.get(random.nextInt(beads.size()));
            SequencedMap<Language, String> variants = new LinkedHashMap<>();
            for (Language language : LANGUAGES) {
                variants.put(language, bead.text(language) + " " + i);
            }
            sink.accept(new TranslationUnit("b-" + i, "bench", "udhr", variants, "", 1.0));
        }
    }

    private static List<SearchRequest> searches(List<TranslationUnit> beads, Random random, int n) {
        List<SearchRequest> requests = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Language language = LANGUAGES.get(i % LANGUAGES.size());
            String[] words = beads.get(random.nextInt(beads.size())).text(language).split("[\\s\\p{Punct}،؛]+");
            String query = words[random.nextInt(words.length)];
            if (i % 2 == 1 && words.length > 1) { // half of them two-word phrases
                int k = random.nextInt(words.length - 1);
                query = "\"" + words[k] + " " + words[k + 1] + "\"";
            }
            if (query.isBlank() || query.equals("\"\"")) {
                query = "rights";
            }
            requests.add(new SearchRequest(query, i % 3 == 2 ? Optional.empty() : Optional.of(language), 0, 10));
        }
        return requests;
    }

    private static List<String[]> fuzzyQueries(List<TranslationUnit> beads, Random random, int n) {
        List<String[]> queries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Language language = LANGUAGES.get(i % LANGUAGES.size());
            List<String> words = new ArrayList<>(Arrays.asList(beads.get(random.nextInt(beads.size()))
                    .text(language).split(" ")));
            if (words.size() > 3) {
                words.remove(random.nextInt(words.size())); // a sentence close to, not equal to, one in memory
            }
            queries.add(new String[] {language.tag(), String.join(" ", words)});
        }
        return queries;
    }

    private static <Q> double[] time(List<Q> queries, Consumer<Q> run) {
        double[] millis = new double[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            long start = System.nanoTime();
            run.accept(queries.get(i));
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    private static void report(String name, double[] sorted) {
        System.out.printf(Locale.ROOT, "%-6s %d queries: median %.1f ms, p95 %.1f ms, max %.1f ms%n", name,
                sorted.length, sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.95) - 1],
                sorted[sorted.length - 1]);
    }

    private static long size(Path root) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private IndexBenchmark() {
    }
}
