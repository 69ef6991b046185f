package org.rosetta.align;

import org.rosetta.model.Alignment;
import org.rosetta.model.Bead;
import org.rosetta.model.SegmentedDocument;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The sentence aligner: dynamic programming over bead shapes with the costs of {@link BeadCosts}, in passes that
 * learn from the documents themselves (Moore 2002):
 * <ol>
 * <li>length and structure, Gale and Church's priors, in a band around the anchor path (for long documents, a
 *     {@link CoarsePath});</li>
 * <li>bead-shape priors re-estimated from pass 1; anchors, cognates and the dictionary weighed by a log-likelihood
 *     ratio learnt from pass 1 ({@link EvidenceModel}); band around pass 1's path;</li>
 * <li>with {@link Signal#LEXICON}, and at least {@value #MIN_LEXICON_PAIRS} confident one-to-one beads from pass 2:
 *     an IBM Model 1 table trained on them adds word translations to the evidence; band around pass 2's path.</li>
 * </ol>
 * The first band starts {@value #INITIAL_BAND} cells either side, later ones {@value #REFINE_BAND}; each doubles
 * while the best path touches its edge, so
 * time and memory grow linearly with document length for documents that are translations of each other.
 * Thread-safe: every call works on its own state.
 */
public final class SignalAligner implements SentenceAligner {

    static final int INITIAL_BAND = 32;
    /** Later passes search around the previous pass's path, which is close: a narrower band to start. */
    static final int REFINE_BAND = 8;
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
        int n = source.size();
        int m = target.size();
        if (n == 0 || m == 0) {
            return new Alignment(source, target, onlyNulls(n, m));
        }
        Optional<SentenceKeys> keys = settings.usesWords()
                ? Optional.of(SentenceKeys.of(source, target, settings, Lexicon.empty()))
                : Optional.empty();
        int[] centre = Math.max(n, m) > COARSE_FROM ? CoarsePath.of(source, target)
                : keys.map(k -> AnchorPath.fromAnchors(k.sourceAnchors, k.targetAnchors))
                        .orElseGet(() -> Band.diagonal(n, m));
        Alignment first = search(source, target, new BeadCosts(source, target, settings, Priors.galeChurch(),
                List.of(), List.of()), centre, INITIAL_BAND);
        Alignment second = pass(source, target, first, keys);
        if (!settings.uses(Signal.LEXICON)) {
            return second;
        }
        List<int[][]> pairs = confidentPairs(second, keys.orElseThrow());
        if (pairs.size() < MIN_LEXICON_PAIRS) {
            return second; // too little text to estimate word translations from
        }
        Lexicon lexicon = Lexicon.train(pairs);
        return pass(source, target, second, Optional.of(SentenceKeys.of(source, target, settings, lexicon)));
    }

    private Alignment pass(SegmentedDocument source, SegmentedDocument target, Alignment previous,
                           Optional<SentenceKeys> keys) {
        List<LexicalEvidence> evidence = new ArrayList<>();
        if (keys.isPresent()) {
            for (int channel = 0; channel < SentenceKeys.CHANNELS; channel++) {
                LexicalEvidence channelEvidence = new LexicalEvidence(keys.get(), channel);
                if (!channelEvidence.isEmpty()) {
                    evidence.add(channelEvidence);
                }
            }
        }
        List<EvidenceModel> models = evidence.stream().map(e -> EvidenceModel.estimate(previous, e)).toList();
        BeadCosts costs = new BeadCosts(source, target, settings, Priors.estimate(previous.beads()), evidence, models);
        return search(source, target, costs, AnchorPath.fromBeads(previous.beads(), source.size()), REFINE_BAND);
    }

    static Alignment search(SegmentedDocument source, SegmentedDocument target, BeadCosts costs,
                                    int[] centre, int initialWidth) {
        int n = source.size();
        int m = target.size();
        int slope = (int) Math.ceil(Math.max((double) m / n, (double) n / m));
        for (int width = Math.max(initialWidth, 2 * slope + 4); ; width *= 2) {
            Band band = new Band(n, m, width, centre);
            BandSearch.Result result = BandSearch.run(band, costs);
            if (!result.touchesEdge() || width >= Math.max(n, m)) {
                return new Alignment(source, target, Posteriors.of(band, costs, result.beads()));
            }
        }
    }

    /** The word ids of one-to-one beads at least as confident as the median one-to-one bead. */
    private static List<int[][]> confidentPairs(Alignment alignment, SentenceKeys keys) {
        List<Bead> oneToOne = new ArrayList<>(alignment.beads().stream()
                .filter(b -> b.sourceCount() == 1 && b.targetCount() == 1).toList());
        oneToOne.sort(Comparator.comparingDouble(Bead::confidence).reversed());
        List<int[][]> pairs = new ArrayList<>();
        for (Bead bead : oneToOne.subList(0, Math.min(MAX_LEXICON_PAIRS, (oneToOne.size() + 1) / 2))) {
            pairs.add(new int[][] {keys.sourceWords[bead.sourceStart()], keys.targetWords[bead.targetStart()]});
        }
        return pairs;
    }

    private static List<Bead> onlyNulls(int n, int m) {
        List<Bead> beads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            beads.add(new Bead(i, i + 1, 0, 0, BeadCosts.NULL_CONFIDENCE));
        }
        for (int j = 0; j < m; j++) {
            beads.add(new Bead(n, n, j, j + 1, BeadCosts.NULL_CONFIDENCE));
        }
        return Collections.unmodifiableList(beads);
    }
}
