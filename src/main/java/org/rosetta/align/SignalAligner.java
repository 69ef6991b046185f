package org.rosetta.align;

import org.rosetta.model.Alignment;
import org.rosetta.model.Bead;
import org.rosetta.model.SegmentedDocument;


import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sentence aligner: dynamic programming over bead shapes with the costs of {@link BeadCosts}, in passes that
 * learn from the documents themselves (Moore 2002):
 * <ol>
 * <li>length and structure, Gale and Church's priors, in a band around the anchors' path (for long documents, a
 *     {@link CoarsePath});</li>
 * <li>bead-shape priors re-estimated from pass 1; anchors, cognates and the dictionary weighed by a log-likelihood
 *     ratio learnt from pass 1 ({@link EvidenceModel}); band around pass 1's path;</li>
 * <li>with {@link Signal#LEXICON}, and at least {@value #MIN_LEXICON_PAIRS} confident one-to-one beads from pass 2
 *     of all the pairs aligned together: an IBM Model 1 table trained on them adds word translations to the
 *     evidence; band around pass 2's path.</li>
 * </ol>
 * Every band starts {@value #BAND} cells either side of its centre and doubles while the best path touches its
 * edge, so time and memory grow linearly with document length for documents that are translations of each other.
 * Thread-safe: every call works on its own state.
 */
public final class SignalAligner implements SentenceAligner {

    /**
     * How far either side of its centre a pass searches to start with: the later passes as far as the first, since
     * they weigh evidence it did not have, and where the length-only first pass placed a run of one-sided lines
     * (an OCR'd book's captions and photo credits) a few sentences early, the right path lies as far from it as
     * the run is long. Text+Berg dev: a sentence paired 26 sentences past the French one that shares its unique
     * "8603 m", which later passes searching 8 sentences around it could not move back (strict .850 -> .854, lax
     * .973 -> .981 at 32; every other evaluation set the same, a whole book's 6,236 verses en-ur lax .981 -> .980;
     * 10,000 sentences 5.8 -> 6.8 s).
     */
    static final int BAND = 32;
    /** From this many sentences on, the first band follows a {@link CoarsePath} rather than anchors or the diagonal. */
    static final int COARSE_FROM = 2_000;
    private static final int MAX_LEXICON_PAIRS = 5_000;
    /**
     * IBM Model 1 needs thousands of sentence pairs (Moore 2002 trained on tens of thousands); from a few hundred its
     * table mostly pairs frequent words at random and hurts more than it helps (measured: Text+Berg's 400 pairs).
     */
    static final int MIN_LEXICON_PAIRS = 1_000;

    private final AlignerSettings settings;

    public SignalAligner(AlignerSettings settings) {
        this.settings = settings;
    }

    public SignalAligner() {
        this(AlignerSettings.defaults());
    }

    @Override
    public Alignment align(SegmentedDocument source, SegmentedDocument target) {
        return alignAll(List.of(new DocumentPair(source, target))).getFirst();
    }

    /**
     * Aligns several document pairs of the same two languages (a collection's, a gold set's), each falling back on
     * what all of them show where it has too few beads of its own: the shape and evidence statistics of every
     * pair's first pass are pooled into a {@link Background}, and each pair's second pass shrinks its own estimates
     * towards it rather than towards Gale and Church alone. The result is in the order of {@code pairs}.
     */
    @Override
    public List<Alignment> alignAll(List<DocumentPair> pairs) {
        return alignGroups(List.of(pairs)).getFirst();
    }

    /**
     * Aligns groups of document pairs of one kind (a collection's language pairs, the gold sets of one folder),
     * each group of one language pair: a pair's word evidence (cognates, dictionary, lexicon) falls back on its
     * group's pairs, as {@link #alignAll} has it, and its bead-shape priors and the weight of numbers, links and
     * punctuation on every group's pairs, since how often a version leaves out or adds material (a date line, a
     * share block, a paragraph) and how often a translation keeps its numbers are traits of the documents' kind, not
     * of their languages: two statements in French and Persian learn them from the collection's statements in every
     * language. The result is in the order of {@code groups} and of their pairs.
     */
    @Override
    public List<List<Alignment>> alignGroups(List<List<DocumentPair>> groups) {
        List<List<Run>> runs = groups.stream().map(group -> group.stream().map(this::firstPass).toList()).toList();
        List<List<Background.Statistics>> statistics = runs.stream()
                .map(group -> group.stream().map(Run::statistics).toList()).toList();
        List<Background.Statistics> all = statistics.stream().flatMap(List::stream).toList();
        List<List<Alignment>> aligned = new ArrayList<>();
        for (int g = 0; g < runs.size(); g++) {
            List<Background.Statistics> siblings = statistics.get(g);
            Background background = Background.pool(siblings.size() > 1 ? siblings : List.of(),
                    all.size() > 1 ? all : List.of());
            aligned.add(refine(runs.get(g), background));
        }
        return aligned;
    }

    /** The second pass, and the lexicon pass where there is enough text for one, of one group of pairs. */
    private List<Alignment> refine(List<Run> runs, Background background) {
        List<Alignment> second = runs.stream().map(run -> run.first() == null ? run.empty()
                : pass(run, run.first(), run.evidence(), background)).toList();
        Optional<Lexicon> lexicon = pooledLexicon(second);
        if (lexicon.isEmpty()) {
            return second;
        }
        List<Alignment> third = new ArrayList<>(runs.size());
        for (int p = 0; p < runs.size(); p++) {
            Run run = runs.get(p);
            DocumentPair pair = run.pair();
            third.add(run.first() == null ? second.get(p) : pass(run, second.get(p), channelsOf(
                    SentenceKeys.of(pair.source(), pair.target(), settings, lexicon.get())), background));
        }
        return third;
    }

    /**
     * One pair after its first pass: its keys, the evidence of each channel that has keys, and the first alignment
     * (null when a side is empty, and {@code empty} is the result).
     */
    private record Run(DocumentPair pair, Optional<SentenceKeys> keys, Map<Signal, LexicalEvidence> evidence,
                       Alignment first, Alignment empty) {

        /** Shape counts of the first alignment and the evidence bins of its beads and their near misses. */
        Background.Statistics statistics() {
            Map<Signal, EvidenceModel.Counts> counts = new EnumMap<>(Signal.class);
            double[] shapes = new double[BeadShape.values().length];
            if (first != null) {
                evidence.forEach((channel, e) -> counts.put(channel, EvidenceModel.count(first, e)));
                shapes = shapeCounts(first.beads());
            }
            return new Background.Statistics(shapes, counts);
        }
    }

    /**
     * The first pass: lengths only, in a band around the path {@link #firstCentre} gives. Where the pass parts
     * sentences an anchor pairs and it has fewer one-to-one beads than the pseudo-counts the evidence model gives its
     * prior ({@link EvidenceModel#BINS}), it is searched again with the anchors pinned ({@link PinTerm}): what the next
     * pass learns from so few beads is mostly that prior, too little to pull the path back to the anchors, while a
     * longer document teaches it enough (measured: pinning every document costs Text+Berg 0.850 -> 0.803 strict).
     */
    private Run firstPass(DocumentPair pair) {
        SegmentedDocument source = pair.source();
        SegmentedDocument target = pair.target();
        int n = source.size();
        int m = target.size();
        if (n == 0 || m == 0) {
            return new Run(pair, Optional.empty(), Map.of(), null,
                    new Alignment(source, target, PathSearch.onlyNulls(n, m)));
        }
        Optional<SentenceKeys> keys = settings.usesWords()
                ? Optional.of(SentenceKeys.of(source, target, settings, Lexicon.empty()))
                : Optional.empty();
        List<AnchorPath.Point> anchors = keys.map(SignalAligner::anchorChain).orElse(List.of());
        int[] centre = firstCentre(source, target, anchors);
        Alignment first = firstSearch(pair, List.of(), centre);
        if (keys.isPresent() && shapeCounts(first.beads())[BeadShape.ONE_ONE.ordinal()] < EvidenceModel.BINS) {
            List<AnchorPath.Point> pins = pins(anchors, pair.constraints());
            Alignment lengthsOnly = first;
            if (pins.stream().anyMatch(pin -> !keeps(lengthsOnly, pin))) {
                first = firstSearch(pair, pins, centre);
            }
        }
        return new Run(pair, keys, keys.map(SignalAligner::channelsOf).orElse(Map.of()), first, null);
    }

    /**
     * Where the first band is centred ({@code centre[i]}, the target position expected at source position i): for
     * a long pair a {@link CoarsePath}; otherwise the path through {@code anchors}, the chain of the anchors proper
     * ({@link #anchorChain}), or the diagonal where there are none. Not through cognates, whose keys common words
     * share by chance, most of all across scripts, where a consonant skeleton of two or three letters is all a word
     * leaves: in verse translations into Urdu a chain of four such pairs (English sentence 111 with Urdu sentence
     * 21) held the band near the Urdu text's start for most of the English, and the later passes, searching around
     * that pass, kept it there (eight suras, en-ur lax .876 with them, .934 without).
     */
    static int[] firstCentre(SegmentedDocument source, SegmentedDocument target, List<AnchorPath.Point> anchors) {
        int n = source.size();
        int m = target.size();
        return Math.max(n, m) > COARSE_FROM ? CoarsePath.of(source, target) : AnchorPath.through(anchors, n, m);
    }

    /**
     * The chain of the anchors proper (numbers, dates, links, spelled-out ordinals and cardinals), each a key found
     * in exactly one sentence on each side ({@link AnchorPath#anchorChain}).
     */
    static List<AnchorPath.Point> anchorChain(SentenceKeys keys) {
        return AnchorPath.anchorChain(keys.source(Signal.ANCHORS), keys.target(Signal.ANCHORS));
    }

    private Alignment firstSearch(DocumentPair pair, List<AnchorPath.Point> pins, int[] centre) {
        return PathSearch.best(pair, new BeadCosts(pair.source(), pair.target(), settings,
                PassModel.initial(pair.source(), pair.target(), pins), pair.constraints()), centre, BAND);
    }

    /**
     * The first pass's pins: the chain of the anchors proper ({@link #anchorChain}; not cognates, which common words
     * share by chance), less any that a person's fixed links or alone sentences contradict.
     */
    private static List<AnchorPath.Point> pins(List<AnchorPath.Point> anchors, Constraints fixed) {
        return anchors.stream()
                .filter(pin -> fixed.withLink(new Bead(pin.source(), pin.source() + 1, pin.target(),
                        pin.target() + 1, 0)).isPresent())
                .toList();
    }

    /** Whether {@code path} has {@code pin}'s two sentences in one bead. */
    private static boolean keeps(Alignment path, AnchorPath.Point pin) {
        return path.beads().stream().anyMatch(bead -> bead.sourceStart() <= pin.source()
                && pin.source() < bead.sourceEnd() && bead.targetStart() <= pin.target()
                && pin.target() < bead.targetEnd());
    }

    /** The evidence of every channel that has keys: a channel with none says nothing. */
    private static Map<Signal, LexicalEvidence> channelsOf(SentenceKeys keys) {
        Map<Signal, LexicalEvidence> evidence = new EnumMap<>(Signal.class);
        for (Signal channel : SentenceKeys.CHANNELS) {
            LexicalEvidence channelEvidence = new LexicalEvidence(keys, channel);
            if (!channelEvidence.isEmpty()) {
                evidence.put(channel, channelEvidence);
            }
        }
        return evidence;
    }

    /**
     * The word-translation table for the lexicon pass, trained on the confident one-to-one beads of every pair
     * together, so that short documents profit from their siblings; none when {@link Signal#LEXICON} is off or all
     * pairs together have fewer than {@value #MIN_LEXICON_PAIRS} such beads.
     */
    Optional<Lexicon> pooledLexicon(List<Alignment> alignments) {
        if (!settings.uses(Signal.LEXICON)) {
            return Optional.empty();
        }
        List<Bead> confident = new ArrayList<>();
        List<Alignment> owners = new ArrayList<>();
        for (Alignment alignment : alignments) {
            for (Bead bead : confidentHalf(alignment)) {
                confident.add(bead);
                owners.add(alignment);
            }
        }
        if (confident.size() < MIN_LEXICON_PAIRS) {
            return Optional.empty(); // too little text to estimate word translations from
        }
        Integer[] order = new Integer[confident.size()];
        java.util.Arrays.setAll(order, k -> k);
        java.util.Arrays.sort(order, Comparator.comparingDouble((Integer k) -> confident.get(k).confidence())
                .reversed());
        List<Lexicon.SentencePair> pairs = new ArrayList<>();
        for (int k = 0; k < Math.min(MAX_LEXICON_PAIRS, order.length); k++) {
            Bead bead = confident.get(order[k]);
            Alignment owner = owners.get(order[k]);
            pairs.add(new Lexicon.SentencePair(WordNormaliser.words(owner.source().text(bead.sourceStart())),
                    WordNormaliser.words(owner.target().text(bead.targetStart()))));
        }
        return Optional.of(Lexicon.train(pairs));
    }

    /**
     * A pass around {@code previous}: shape priors and evidence weights re-estimated from it, each shrunk towards
     * the background, and the length ratio of its beads with both sides ({@link PassModel#lengthsOf}).
     */
    private Alignment pass(Run run, Alignment previous, Map<Signal, LexicalEvidence> channels,
                           Background background) {
        List<LexicalEvidence> evidence = new ArrayList<>();
        List<EvidenceModel> models = new ArrayList<>();
        DocumentPair pair = run.pair();
        channels.forEach((channel, e) -> {
            evidence.add(e);
            models.add(EvidenceModel.estimate(EvidenceModel.count(previous, e), background.evidence(channel)));
        });
        BeadCosts costs = new BeadCosts(pair.source(), pair.target(), settings, new PassModel(
                Priors.estimate(shapeCounts(previous.beads()), background.priors()), PassModel.lengthsOf(previous),
                evidence, models), pair.constraints());
        Alignment best = PathSearch.best(pair, costs, AnchorPath.fromBeads(previous.beads(), pair.source().size()),
                BAND);
        return new Alignment(pair.source(), pair.target(), PathSearch.withConfidence(pair, costs, best));
    }

    /** How many beads of each shape (by ordinal) a path has. */
    static double[] shapeCounts(List<Bead> beads) {
        double[] counts = new double[BeadShape.values().length];
        for (Bead bead : beads) {
            BeadShape.of(bead.sourceCount(), bead.targetCount()).ifPresent(shape -> counts[shape.ordinal()]++);
        }
        return counts;
    }

    /** The one-to-one beads at least as confident as the alignment's median one-to-one bead. */
    private static List<Bead> confidentHalf(Alignment alignment) {
        List<Bead> oneToOne = new ArrayList<>(alignment.beads().stream()
                .filter(b -> b.sourceCount() == 1 && b.targetCount() == 1).toList());
        oneToOne.sort(Comparator.comparingDouble(Bead::confidence).reversed());
        return oneToOne.subList(0, (oneToOne.size() + 1) / 2);
    }

}
