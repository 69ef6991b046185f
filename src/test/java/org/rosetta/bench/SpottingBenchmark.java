package org.rosetta.bench;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.de.GermanMinimalStemFilter;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.analysis.es.SpanishMinimalStemFilter;
import org.apache.lucene.analysis.fr.FrenchMinimalStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.rosetta.TestData;
import org.rosetta.align.Dictionary;
import org.rosetta.corpus.BuildOptions;
import org.rosetta.corpus.Workspace;
import org.rosetta.corpus.WorkspaceLayout;
import org.rosetta.model.Language;
import org.rosetta.model.TranslationUnit;
import org.rosetta.query.TranslationCandidate;
import org.rosetta.query.TranslationSpotter;
import org.rosetta.query.UnitIndex;
import org.rosetta.tmx.TmxReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Translation spotting measured: for the 100 most frequent English content words of the shipped UDHR, is the first
 * rendering {@code translations-of} gives in French, German and Spanish one that FreeDict's dictionary lists
 * (Debian {@code dict-freedict-eng-fra}, {@code -eng-deu}, {@code -eng-spa}; words compared after the target
 * language's Lucene stemmer or its minimal one, so "droits" is "droit")? Precision@1 per pair; then again with the
 * reverse dictionary too where it is installed ({@code -fra-eng}, {@code -deu-eng}, {@code -spa-eng}: a target word
 * is right too when its entry there gives the English word, compared by stems as well, "égaux" for "égal";
 * FreeDict's dictionaries are directional and each misses words the other has); then against a reviewer's list of
 * the renderings each word accepts. The stemmers keep stop words: German "Würde" ("dignity") is also "would", French
 * "êtres" ("beings") a form of "to be".
 */
public final class SpottingBenchmark {

    public static void main(String[] args) throws Exception {
        Path workspace = Files.createTempDirectory("rosetta-spotting");
        TestData.copyCorpus(workspace);
        new Workspace(WorkspaceLayout.under(workspace)).build(BuildOptions.defaults(), line -> { });
        List<String> words = frequentContentWords(workspace.resolve("tmx/udhr.tmx"), 100);
        Map<String, Analyzer> stemmers = Map.of("fr", new FrenchAnalyzer(CharArraySet.EMPTY_SET),
                "de", new GermanAnalyzer(CharArraySet.EMPTY_SET), "es", new SpanishAnalyzer(CharArraySet.EMPTY_SET));
        try (UnitIndex index = UnitIndex.open(workspace.resolve("tmx/index"))) {
            for (String[] pair : new String[][] {{"fra", "fr"}, {"deu", "de"}, {"spa", "es"}}) {
                Path dictd = Path.of("/usr/share/dictd/freedict-eng-" + pair[0] + ".index");
                if (!Files.exists(dictd)) {
                    System.out.printf(Locale.ROOT, "en-%s: %s is not installed%n", pair[1], dictd);
                    continue;
                }
                Dictionary dictionary = Dictionary.read(dictd);
                Path reverse = Path.of("/usr/share/dictd/freedict-" + pair[0] + "-eng.index");
                java.util.Optional<Dictionary> back = Files.exists(reverse) ? java.util.Optional.of(
                        Dictionary.read(reverse)) : java.util.Optional.empty();
                int rightEither = 0;
                int listed = 0;
                int right = 0;
                List<String> wrong = new ArrayList<>();
                for (String word : words) {
                    Set<String> translations = new java.util.HashSet<>(dictionary.translationsOf(word));
                    if (word.endsWith("s")) {
                        translations.addAll(dictionary.translationsOf(word.substring(0, word.length() - 1)));
                    }
                    if (translations.isEmpty()) {
                        continue; // the dictionary cannot judge this word
                    }
                    listed++;
                    List<TranslationCandidate> top = new TranslationSpotter(index).translationsOf(word,
                            Language.of("en"), Language.of(pair[1]), 1);
                    Analyzer stemmer = stemmers.get(pair[1]);
                    boolean ok = !top.isEmpty() && translations.stream().anyMatch(t ->
                            same(stemmer, pair[1], t, top.getFirst().phrase()));
                    Set<String> eitherWay = new java.util.HashSet<>(translations);
                    back.ifPresent(b -> { // the target words whose entry in the reverse dictionary gives the word
                        eitherWay.addAll(b.translationsOf(word));
                        if (word.endsWith("s")) {
                            eitherWay.addAll(b.translationsOf(word.substring(0, word.length() - 1)));
                        }
                    });
                    boolean okEither = !top.isEmpty() && eitherWay.stream().anyMatch(t ->
                            same(stemmer, pair[1], t, top.getFirst().phrase()));
                    if (okEither) {
                        rightEither++;
                    }
                    if (ok) {
                        right++;
                    } else {
                        wrong.add(word + "->" + (top.isEmpty() ? "-" : top.getFirst().phrase()));
                    }
                }
                System.out.printf(Locale.ROOT, "en-%s  precision@1 %.3f (%d of %d words the dictionary lists)%n",
                        pair[1], (double) right / listed, right, listed);
                if (back.isPresent()) {
                    System.out.printf(Locale.ROOT, "en-%s  precision@1 %.3f with %s too%n", pair[1],
                            (double) rightEither / listed, reverse.getFileName());
                }
                System.out.println("   wrong: " + String.join(", ", wrong));
                judged(index, words, pair[1], stemmers.get(pair[1]));
            }
        }
    }

    /** The reviewer's judgments: a word, a language and the renderings accepted, per line. */
    private static final Path JUDGMENTS = Path.of("src/test/resources/bench/udhr-spotting-judgments.tsv");

    /**
     * Precision@1 against a second judge: the renderings a reviewer accepts for each word in the senses the UDHR uses
     * it, written without seeing the Declaration's translations or any output ({@link #JUDGMENTS}); every word
     * judged, so FreeDict's gaps ("education": only "instruction" and "enseignement") do not decide.
     */
    private static void judged(UnitIndex index, List<String> words, String language, Analyzer stemmer)
            throws IOException {
        Map<String, List<String>> accepted = new HashMap<>();
        for (String line : Files.readAllLines(JUDGMENTS)) {
            String[] fields = line.split("\t");
            if (!line.startsWith("#") && fields.length == 3 && fields[1].equals(language)) {
                accepted.put(fields[0], List.of(fields[2].split("\\|")));
            }
        }
        int right = 0;
        int judged = 0;
        List<String> wrong = new ArrayList<>();
        for (String word : words) {
            List<String> renderings = accepted.getOrDefault(word, List.of());
            if (renderings.isEmpty()) {
                continue;
            }
            judged++;
            List<TranslationCandidate> top = new TranslationSpotter(index).translationsOf(word, Language.of("en"),
                    Language.of(language), 1);
            if (!top.isEmpty() && renderings.stream().anyMatch(r -> same(stemmer, language, r,
                    top.getFirst().phrase()))) {
                right++;
            } else {
                wrong.add(word + "->" + (top.isEmpty() ? "-" : top.getFirst().phrase()));
            }
        }
        System.out.printf(Locale.ROOT, "en-%s  precision@1 %.3f (%d of %d words) against the reviewer's judgments%n",
                language, judged == 0 ? 0.0 : (double) right / judged, right, judged);
        System.out.println("   wrong: " + String.join(", ", wrong));
    }

    private static List<String> frequentContentWords(Path tmx, int count) throws IOException {
        Map<String, Integer> frequency = new HashMap<>();
        Set<String> stop = new java.util.HashSet<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/bench/english-function-words.txt"))) {
            if (!line.startsWith("#")) {
                stop.addAll(List.of(line.strip().split("\\s+")));
            }
        }
        List<TranslationUnit> units = new ArrayList<>();
        TmxReader.readTranslationUnits(tmx, units::add);
        for (TranslationUnit unit : units) {
            String text = unit.text(Language.of("en"));
            if (text == null) {
                continue;
            }
            for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (word.length() >= 3 && !stop.contains(word) && !word.equals("article")) { // "article": headings
                    frequency.merge(word, 1, Integer::sum);
                }
            }
        }
        return frequency.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).limit(count).map(Map.Entry::getKey).toList();
    }

    /** Minimal stemmers (plural and gender endings only), made once. */
    private static final Map<String, Analyzer> MINIMAL = Map.of("fr", minimal(FrenchMinimalStemFilter::new),
            "de", minimal(GermanMinimalStemFilter::new), "es", minimal(SpanishMinimalStemFilter::new));

    /**
     * Whether a listed rendering and a found one are the same word or phrase: the same stems by the language's light
     * stemmer or by its minimal one (the light Spanish stemmer makes "actos" "act" but "acto" "acto").
     */
    private static boolean same(Analyzer stemmer, String language, String listed, String found) {
        String stems = stems(stemmer, found);
        String minimal = stems(MINIMAL.get(language), found);
        return !stems.isEmpty() && (stems.equals(stems(stemmer, listed))
                || minimal.equals(stems(MINIMAL.get(language), listed)) || sameLemmas(language, listed, found));
    }

    /** Hunspell dictionaries Debian installs ({@code hunspell-fr}, {@code -de-de}, {@code -es}), by language. */
    private static final Map<String, java.util.Optional<Hunspell>> HUNSPELL = new HashMap<>();

    /**
     * Whether two phrases are the same words by Hunspell's stems where the language's dictionary is installed
     * ("jouissent" and "jouir", "proclamados" and "proclamar"): word for word, some stem in common.
     */
    private static boolean sameLemmas(String language, String listed, String found) {
        java.util.Optional<Hunspell> hunspell = HUNSPELL.computeIfAbsent(language, SpottingBenchmark::hunspell);
        String[] a = listed.toLowerCase(Locale.ROOT).split("[\\s'’]+");
        String[] b = found.toLowerCase(Locale.ROOT).split("[\\s'’]+");
        if (hunspell.isEmpty() || a.length != b.length) {
            return false;
        }
        for (int k = 0; k < a.length; k++) {
            Set<String> stems = lemmas(hunspell.get(), a[k]);
            stems.retainAll(lemmas(hunspell.get(), b[k]));
            if (stems.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> lemmas(Hunspell hunspell, String word) {
        Set<String> lemmas = new java.util.HashSet<>(List.of(word));
        for (String form : List.of(word, Character.toUpperCase(word.charAt(0)) + word.substring(1))) {
            hunspell.getRoots(form).forEach(root -> lemmas.add(root.toLowerCase(Locale.ROOT)));
        }
        return lemmas;
    }

    private static java.util.Optional<Hunspell> hunspell(String language) {
        String name = switch (language) {
            case "fr" -> "fr_FR";
            case "de" -> "de_DE";
            default -> "es_ES";
        };
        Path affix = Path.of("/usr/share/hunspell/" + name + ".aff");
        Path words = Path.of("/usr/share/hunspell/" + name + ".dic");
        if (!Files.exists(affix) || !Files.exists(words)) {
            return java.util.Optional.empty();
        }
        try (java.io.InputStream a = Files.newInputStream(affix); java.io.InputStream w = Files.newInputStream(words);
             org.apache.lucene.store.Directory scratch = new org.apache.lucene.store.ByteBuffersDirectory()) {
            return java.util.Optional.of(new Hunspell(new org.apache.lucene.analysis.hunspell.Dictionary(scratch,
                    "hunspell", a, w)));
        } catch (IOException | java.text.ParseException e) {
            throw new IllegalStateException(affix + ": " + e.getMessage(), e);
        }
    }

    private static Analyzer minimal(java.util.function.UnaryOperator<TokenStream> stemmer) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer words = new StandardTokenizer();
                return new TokenStreamComponents(words, stemmer.apply(new LowerCaseFilter(words)));
            }
        };
    }

    private static String stems(Analyzer analyzer, String text) {
        List<String> stems = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text.replace('’', '\''))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                stems.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return String.join(" ", stems);
    }
}
