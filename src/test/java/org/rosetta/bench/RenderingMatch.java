package org.rosetta.bench;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanMinimalStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishMinimalStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchMinimalStemFilter;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Whether a rendering translation spotting found is a word or phrase a judge listed, in French, German or Spanish:
 * the same stems by the language's Lucene stemmer (stop words kept: German "Würde", "dignity", is also "would",
 * French "êtres", "beings", a form of "to be"), or by its minimal stemmer (the light Spanish stemmer makes "actos"
 * "act" but "acto" "acto"), or word for word a root in common by Hunspell where Debian's dictionary of the language
 * is installed ({@code hunspell-fr}, {@code -de-de}, {@code -es}: "jouissent" and "jouir", "proclamados" and
 * "proclamar"). For the spotting benchmark; not thread-safe.
 */
final class RenderingMatch {

    private final Analyzer light;
    private final Analyzer minimal;
    private final Optional<Hunspell> hunspell;

    private RenderingMatch(Analyzer light, Analyzer minimal, Optional<Hunspell> hunspell) {
        this.light = light;
        this.minimal = minimal;
        this.hunspell = hunspell;
    }

    /** The match of {@code language}: {@code fr}, {@code de} or {@code es}. */
    static RenderingMatch of(String language) {
        return switch (language) {
            case "fr" -> new RenderingMatch(new FrenchAnalyzer(CharArraySet.EMPTY_SET),
                    minimal(FrenchMinimalStemFilter::new), hunspell("fr_FR"));
            case "de" -> new RenderingMatch(new GermanAnalyzer(CharArraySet.EMPTY_SET),
                    minimal(GermanMinimalStemFilter::new), hunspell("de_DE"));
            case "es" -> new RenderingMatch(new SpanishAnalyzer(CharArraySet.EMPTY_SET),
                    minimal(SpanishMinimalStemFilter::new), hunspell("es_ES"));
            default -> throw new IllegalArgumentException("no stemmers for " + language);
        };
    }

    /** Whether {@code found} is {@code listed}, as the class says. */
    boolean same(String listed, String found) {
        String stems = stems(light, found);
        return !stems.isEmpty() && (stems.equals(stems(light, listed))
                || stems(minimal, found).equals(stems(minimal, listed)) || sameRoots(listed, found));
    }

    private boolean sameRoots(String listed, String found) {
        String[] a = listed.toLowerCase(Locale.ROOT).split("[\\s'’]+");
        String[] b = found.toLowerCase(Locale.ROOT).split("[\\s'’]+");
        if (hunspell.isEmpty() || a.length != b.length) {
            return false;
        }
        for (int k = 0; k < a.length; k++) {
            Set<String> roots = roots(a[k]);
            roots.retainAll(roots(b[k]));
            if (roots.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** The word and its Hunspell roots, lower case and capitalised (German nouns). */
    private Set<String> roots(String word) {
        Set<String> roots = new HashSet<>(List.of(word));
        for (String form : List.of(word, Character.toUpperCase(word.charAt(0)) + word.substring(1))) {
            hunspell.orElseThrow().getRoots(form).forEach(root -> roots.add(root.toLowerCase(Locale.ROOT)));
        }
        return roots;
    }

    private static Optional<Hunspell> hunspell(String name) {
        Path affix = Path.of("/usr/share/hunspell/" + name + ".aff");
        Path words = Path.of("/usr/share/hunspell/" + name + ".dic");
        if (!Files.exists(affix) || !Files.exists(words)) {
            return Optional.empty();
        }
        try (InputStream a = Files.newInputStream(affix); InputStream w = Files.newInputStream(words);
             Directory scratch = new ByteBuffersDirectory()) {
            return Optional.of(new Hunspell(new Dictionary(scratch, "hunspell", a, w)));
        } catch (IOException | ParseException e) {
            throw new IllegalStateException(affix + ": " + e.getMessage(), e);
        }
    }

    private static Analyzer minimal(UnaryOperator<TokenStream> stemmer) {
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
            throw new UncheckedIOException(e);
        }
        return String.join(" ", stems);
    }
}
