package org.rosetta.bench;

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
 * (Debian {@code dict-freedict-eng-fra}, {@code -eng-deu}, {@code -eng-spa}; words compared as {@link RenderingMatch}
 * compares them, so "droits" is "droit")? Precision@1 per pair; then again with the
 * reverse dictionary too where it is installed ({@code -fra-eng}, {@code -deu-eng}, {@code -spa-eng}: a target word
 * is right too when its entry there gives the English word, compared by stems as well, "égaux" for "égal";
 * FreeDict's dictionaries are directional and each misses words the other has); then among only the words the
 * dictionary can judge on this text ({@link #attested}: one of its renderings occurs in the Declaration's
 * translation of a unit holding the word); then against a reviewer's list of
 * the renderings each word accepts, spotting as it is and learning from the FreeDict dictionary too
 * ({@link TranslationSpotter#withDictionary}; judged by that dictionary it would judge itself).
 */
public final class SpottingBenchmark {

    public static void main(String[] args) throws Exception {
        Path workspace = Files.createTempDirectory("rosetta-spotting");
        TestData.copyCorpus(workspace);
        new Workspace(WorkspaceLayout.under(workspace)).build(BuildOptions.defaults(), line -> { });
        List<TranslationUnit> units = new ArrayList<>();
        TmxReader.readTranslationUnits(workspace.resolve("tmx/udhr.tmx"), units::add);
        List<String> words = frequentContentWords(units, 100);
        Map<String, RenderingMatch> matches = Map.of("fr", RenderingMatch.of("fr"), "de", RenderingMatch.of("de"),
                "es", RenderingMatch.of("es"));
        try (UnitIndex index = UnitIndex.open(workspace.resolve("tmx/index"))) {
            for (String[] pair : new String[][] {{"fra", "fr"}, {"deu", "de"}, {"spa", "es"}}) {
                if (args.length > 0 && !List.of(args).contains(pair[1])) {
                    continue; // only the languages asked for
                }
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
                int attested = 0;
                int rightAttested = 0;
                List<String> wrongAttested = new ArrayList<>();
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
                    RenderingMatch match = matches.get(pair[1]);
                    boolean ok = !top.isEmpty() && translations.stream().anyMatch(t ->
                            match.same(t, top.getFirst().phrase()));
                    Set<String> eitherWay = new java.util.HashSet<>(translations);
                    back.ifPresent(b -> { // the target words whose entry in the reverse dictionary gives the word
                        eitherWay.addAll(b.translationsOf(word));
                        if (word.endsWith("s")) {
                            eitherWay.addAll(b.translationsOf(word.substring(0, word.length() - 1)));
                        }
                    });
                    boolean okEither = !top.isEmpty() && eitherWay.stream().anyMatch(t ->
                            match.same(t, top.getFirst().phrase()));
                    if (okEither) {
                        rightEither++;
                    }
                    if (attested(word, translations, units, Language.of(pair[1]), match)) {
                        attested++;
                        rightAttested += ok ? 1 : 0;
                        if (!ok) {
                            wrongAttested.add(word + "->" + (top.isEmpty() ? "-" : top.getFirst().phrase()));
                        }
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
                System.out.printf(Locale.ROOT, "en-%s  precision@1 %.3f (%d of %d words) where the Declaration uses a"
                        + " rendering the dictionary lists%n", pair[1], attested == 0 ? 0.0
                        : (double) rightAttested / attested, rightAttested, attested);
                System.out.println("   wrong: " + String.join(", ", wrongAttested));
                TranslationSpotter spotter = new TranslationSpotter(index);
                judged(spotter, words, pair[1], matches.get(pair[1]), "");
                judged(spotter.withDictionary(dictionary), words, pair[1], matches.get(pair[1]),
                        " learning from " + dictd.getFileName() + " too");
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
    private static void judged(TranslationSpotter spotter, List<String> words, String language,
                               RenderingMatch match, String how) throws IOException {
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
            List<TranslationCandidate> top = spotter.translationsOf(word, Language.of("en"), Language.of(language), 1);
            if (!top.isEmpty() && renderings.stream().anyMatch(r -> match.same(r, top.getFirst().phrase()))) {
                right++;
            } else {
                wrong.add(word + "->" + (top.isEmpty() ? "-" : top.getFirst().phrase()));
            }
        }
        System.out.printf(Locale.ROOT, "en-%s  precision@1 %.3f (%d of %d words) against the reviewer's judgments%s%n",
                language, judged == 0 ? 0.0 : (double) right / judged, right, judged, how);
        System.out.println("   wrong: " + String.join(", ", wrong));
    }

    /**
     * Whether the dictionary can judge the word on this text at all: one of its renderings occurs (as
     * {@link RenderingMatch} compares) in the {@code language} text of a unit whose English holds the word. FreeDict
     * gives "society" only as "club" and "human" as "hombre" in Spanish: no spotter finds those in the Declaration,
     * so precision@1 among all the words it lists is capped by the dictionary, not by the spotting.
     */
    private static boolean attested(String word, Set<String> renderings, List<TranslationUnit> units,
                                    Language language, RenderingMatch match) {
        for (TranslationUnit unit : units) {
            String english = unit.text(Language.of("en"));
            String text = unit.text(language);
            if (english == null || text == null
                    || !List.of(english.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).contains(word)) {
                continue;
            }
            String[] target = text.split("[^\\p{L}\\p{M}]+");
            for (String rendering : renderings) {
                int length = rendering.split("[\\s'’]+").length;
                for (int at = 0; at + length <= target.length; at++) {
                    if (match.same(rendering, String.join(" ", List.of(target).subList(at, at + length)))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static List<String> frequentContentWords(List<TranslationUnit> units, int count) throws IOException {
        Map<String, Integer> frequency = new HashMap<>();
        Set<String> stop = new java.util.HashSet<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/bench/english-function-words.txt"))) {
            if (!line.startsWith("#")) {
                stop.addAll(List.of(line.strip().split("\\s+")));
            }
        }
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
}
