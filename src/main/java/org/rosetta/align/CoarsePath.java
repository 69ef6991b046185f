package org.rosetta.align;

import org.rosetta.model.Alignment;
import org.rosetta.model.Bead;
import org.rosetta.model.Block;
import org.rosetta.model.BlockKind;
import org.rosetta.model.Document;
import org.rosetta.model.Segment;
import org.rosetta.model.SegmentedDocument;
import org.rosetta.model.Span;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * A first guess of the path for long documents: both sides cut into chunks of {@value #CHUNK} sentences, the chunks
 * aligned by length alone, and the chunk path scaled back to sentences. Where a translation drops or adds whole
 * paragraphs the real path drifts away from the diagonal by more than any fixed band; in chunk units the drift is
 * {@value #CHUNK} times smaller, so both searches stay narrow and the whole stays linear in document length.
 */
final class CoarsePath {

    static final int CHUNK = 16;

    static int[] of(SegmentedDocument source, SegmentedDocument target) {
        SegmentedDocument coarseSource = chunks(source);
        SegmentedDocument coarseTarget = chunks(target);
        AlignerSettings lengthOnly = new AlignerSettings(EnumSet.of(Signal.LENGTH), Optional.empty());
        BeadCosts costs = new BeadCosts(coarseSource, coarseTarget, lengthOnly,
                PassModel.initial(coarseSource, coarseTarget, List.of()), Constraints.none());
        Alignment coarse = PathSearch.best(new DocumentPair(coarseSource, coarseTarget), costs,
                Band.diagonal(coarseSource.size(), coarseTarget.size()), SignalAligner.BAND);
        List<Bead> scaled = new ArrayList<>();
        for (Bead bead : coarse.beads()) {
            scaled.add(new Bead(Math.min(source.size(), bead.sourceStart() * CHUNK),
                    Math.min(source.size(), bead.sourceEnd() * CHUNK),
                    Math.min(target.size(), bead.targetStart() * CHUNK),
                    Math.min(target.size(), bead.targetEnd() * CHUNK), bead.confidence()));
        }
        return AnchorPath.fromBeads(scaled, source.size());
    }

    /** The document as chunks of {@value #CHUNK} sentences, each spanning its sentences' text. */
    private static SegmentedDocument chunks(SegmentedDocument document) {
        List<Segment> chunks = new ArrayList<>();
        List<Segment> sentences = document.segments();
        for (int first = 0; first < sentences.size(); first += CHUNK) {
            int last = Math.min(sentences.size(), first + CHUNK) - 1;
            chunks.add(new Segment(chunks.size(), new Span(sentences.get(first).span().start(),
                    sentences.get(last).span().end()), 0, BlockKind.PARAGRAPH));
        }
        String text = document.document().text();
        Document whole = new Document(document.document().id(), document.language(), document.document().source(),
                text, List.of(new Block(BlockKind.PARAGRAPH, new Span(0, text.length()))));
        return new SegmentedDocument(whole, chunks);
    }

    private CoarsePath() {
    }
}
