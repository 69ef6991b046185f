package org.rosetta.review;

import org.junit.jupiter.api.Test;
import org.rosetta.model.Block;
import org.rosetta.model.BlockKind;
import org.rosetta.model.Document;
import org.rosetta.model.Language;
import org.rosetta.model.Segment;
import org.rosetta.model.SegmentedDocument;
import org.rosetta.model.Span;
import org.rosetta.model.TranslationUnit;
import org.rosetta.model.UnitStatus;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CorrectionsTest {

    private static final Language EN = Language.of("en");
    private static final Language FR = Language.of("fr");
    private static final List<String> ENGLISH = List.of("The report was published today.",
            "It covers ten years.", "Its authors ask for an inquiry.", "Share: Facebook | X");
    private static final List<String> FRENCH = List.of("Le rapport a été publié aujourd'hui.",
            "Il couvre dix ans.", "Ses auteurs demandent une enquête.", "Partager : Facebook | X");

    /**
     * Corrections of neighbouring units follow their sentences when a sentence is added before them: each is
     * placed where its own sentences now are, and none is taken for a contradiction of another by where that one's
     * sentences used to be (an added French line moved two rows of a reviewer's corrections onto each other's old
     * numbers, and both were dropped as contradicting).
     */
    @Test
    void neighbouringCorrectionsFollowTheirSentencesWhenOneIsAddedBefore() {
        // the later sentences first, as a reviewer may correct them
        List<StoredLink> links = List.of(link(1, 3, 3, 2), link(2, 2, 2, 3), link(3, 1, 1, 4));
        Map<Language, SegmentedDocument> before = Map.of(EN, version(EN, ENGLISH), FR, version(FR, FRENCH));
        Corrections asStored = Corrections.place(Path.of("d.links.tsv"), links, "d", before);
        assertThat(asStored.problems()).isEmpty();

        List<String> added = new ArrayList<>(FRENCH);
        added.addFirst("Communiqué de presse");
        Map<Language, SegmentedDocument> after = Map.of(EN, version(EN, ENGLISH), FR, version(FR, added));
        Corrections moved = Corrections.place(Path.of("d.links.tsv"), links, "d", after);

        assertThat(moved.problems()).isEmpty();
        for (int k = 1; k <= 3; k++) {
            assertThat(moved.revisionOf(Map.of(EN, new Span(k, k + 1), FR, new Span(k + 1, k + 2))))
                    .as("sentence %d", k).isPresent();
            assertThat(moved.revisionOf(Map.of(EN, new Span(k, k + 1), FR, new Span(k, k + 1)))).isEmpty();
        }
    }

    /**
     * An edit replaces the earlier correction of the sentences it touches where they now are, not a correction whose
     * stored numbers they took: after a French line added at the top, confirming English 2 with French 3 replaces
     * the confirmation of those two sentences (stored as 2 and 2) and leaves that of English 3 with French 4
     * (stored as 3 and 3) alone.
     */
    @Test
    void anEditReplacesTheCorrectionOfItsSentencesWhereTheyNowAre() {
        List<StoredLink> links = List.of(link(1, 2, 2, 2), link(2, 3, 3, 3));
        List<String> added = new ArrayList<>(FRENCH);
        added.addFirst("Communiqué de presse");
        Map<Language, SegmentedDocument> versions = Map.of(EN, version(EN, ENGLISH), FR, version(FR, added));
        List<TranslationUnit> units = new ArrayList<>();
        units.add(unit("d-1", EN, 0, FR, 0));
        for (int k = 0; k < ENGLISH.size(); k++) {
            units.add(unit("d-" + (k + 2), EN, k, FR, k + 1));
        }

        Editor.Result result = new Editor(units, versions).apply(new Edit.Confirm(List.of("d-4")), links, 3,
                "reviser", Instant.parse("2026-12-07T11:00:00Z"));

        assertThat(result.links()).filteredOn(StoredLink::holds).extracting(StoredLink::change)
                .containsExactlyInAnyOrder(2, 3);
    }

    /**
     * A move that would make a unit of French and Persian sentences with no English one, in a collection built
     * around English, is refused in one line: such a unit could not hold, and its row would be stored only to be
     * left unapplied at every build.
     */
    @Test
    void aUnitWithoutAPivotSentenceIsRefused() {
        Language fa = Language.of("fa");
        List<TranslationUnit> units = List.of(unit("d-1", Map.of(EN, 0, FR, 0, fa, 0)), unit("d-2", Map.of(FR, 1)),
                unit("d-3", Map.of(fa, 1)), unit("d-4", Map.of(EN, 1, FR, 2, fa, 2)));
        Editor editor = new Editor(units, Map.of(EN, version(EN, ENGLISH), FR, version(FR, FRENCH), fa,
                version(fa, List.of("گزارش امروز منتشر شد.", "این گزارش ده سال را در بر می‌گیرد.",
                        "نویسندگان آن خواستار تحقیق هستند."))));

        assertThatThrownBy(() -> editor.apply(new Edit.Move(FR, 1, Edit.Direction.NEXT), List.of(), 1, "reviser",
                Instant.parse("2026-12-07T11:00:00Z"))).isInstanceOf(EditException.class).hasMessage("that would"
                + " make a unit of fr:1 and fa:1 with no en sentence: units are built around en, the pivot, so it could"
                + " not hold; move the sentence to a unit with en text, or build with --pivot fr");
        assertThat(editor.apply(new Edit.Move(FR, 1, Edit.Direction.PREVIOUS), List.of(), 1, "reviser",
                Instant.parse("2026-12-07T11:00:00Z")).links()).hasSize(1);
    }

    private static TranslationUnit unit(String id, Map<Language, Integer> at) {
        SequencedMap<Language, String> variants = new LinkedHashMap<>();
        SequencedMap<Language, Span> sentences = new LinkedHashMap<>();
        for (Language language : List.of(EN, FR, Language.of("fa"))) {
            if (at.containsKey(language)) {
                variants.put(language, "-");
                sentences.put(language, new Span(at.get(language), at.get(language) + 1));
            } else {
                sentences.put(language, new Span(0, 0));
            }
        }
        return new TranslationUnit(id, "c", "d", variants, "", 1, sentences, java.util.Optional.empty());
    }

    private static TranslationUnit unit(String id, Language first, int at, Language second, int secondAt) {
        SequencedMap<Language, String> variants = new LinkedHashMap<>();
        variants.put(first, "-");
        variants.put(second, "-");
        SequencedMap<Language, Span> sentences = new LinkedHashMap<>();
        sentences.put(first, id.equals("d-1") ? new Span(0, 0) : new Span(at, at + 1));
        sentences.put(second, new Span(secondAt, secondAt + 1));
        return new TranslationUnit(id, "c", "d", variants, "", 1, sentences, java.util.Optional.empty());
    }

    /** A confirmed one-to-one link of English sentence {@code en} and French sentence {@code fr}. */
    private static StoredLink link(int change, int en, int fr, int line) {
        SequencedMap<Language, Span> sentences = new LinkedHashMap<>();
        sentences.put(EN, new Span(en, en + 1));
        sentences.put(FR, new Span(fr, fr + 1));
        return new StoredLink(change, 0, UnitStatus.CONFIRMED, Instant.parse("2026-12-07T10:00:00Z"), "reviser", "d",
                sentences, Map.of(EN, List.of(SentenceFingerprint.of(ENGLISH.get(en))), FR,
                List.of(SentenceFingerprint.of(FRENCH.get(fr)))), line);
    }

    private static SegmentedDocument version(Language language, List<String> sentences) {
        StringBuilder text = new StringBuilder();
        List<Block> blocks = new ArrayList<>();
        List<Segment> segments = new ArrayList<>();
        for (int k = 0; k < sentences.size(); k++) {
            if (k > 0) {
                text.append("\n\n");
            }
            int start = text.length();
            text.append(sentences.get(k));
            blocks.add(new Block(BlockKind.PARAGRAPH, new Span(start, text.length())));
            segments.add(new Segment(k, new Span(start, text.length()), k, BlockKind.PARAGRAPH));
        }
        return new SegmentedDocument(new Document("d", language, "test", text.toString(), blocks), segments);
    }
}
