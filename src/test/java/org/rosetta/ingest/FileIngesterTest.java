package org.rosetta.ingest;

import org.rosetta.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rosetta.TestData;
import org.rosetta.model.Block;
import org.rosetta.model.BlockKind;
import org.rosetta.model.Document;
import org.rosetta.model.Language;
import org.rosetta.model.Span;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileIngesterTest {

    private final FileIngester ingester = new FileIngester();

    @TempDir
    Path folder;

    @Test
    void udhrHtmlBecomesTitleHeadingsAndParagraphs() {
        Ingested ingested = ingester.ingest(TestData.udhr("fa"), "udhr", Language.of("fa"), DocumentFormat.HTML);
        Document document = ingested.document();
        assertThat(ingested.warnings()).isEmpty();
        assertThat(document.blocks().getFirst().kind()).isEqualTo(BlockKind.TITLE);
        assertThat(document.textOf(document.blocks().getFirst().span())).isEqualTo("اعلامیه جهانی حقوق بشر");
        assertThat(document.blocks()).extracting(Block::kind).contains(BlockKind.HEADING, BlockKind.PARAGRAPH);
        assertThat(document.text()).contains("\u200c").doesNotContain("<p>");
    }

    /** Text in a container of blocks, or in no block at all, is kept as paragraphs of its own. */
    @Test
    void htmlTextOutsideLeafBlocksIsNotLost() throws Exception {
        Path file = write("loose.en.html", "<html><body><h1>Title</h1><ul><li>Intro words<ul><li>Nested item.</li>"
                + "</ul></li></ul><div>Loose text here.<br><br>More loose text.</div><p>A paragraph.</p>"
                + "<td>Label<p>Cell paragraph.</p></td></body></html>", StandardCharsets.UTF_8);
        Document document = ingester.ingest(file, "loose", Language.of("en"), DocumentFormat.HTML).document();
        assertThat(document.blocks()).extracting(b -> document.textOf(b.span())).containsExactly("Title",
                "Intro words", "Nested item.", "Loose text here. More loose text.", "A paragraph.", "Label",
                "Cell paragraph.");
    }

    @Test
    void markdownLinksKeepTheirTextAndLoseTheirTarget() throws Exception {
        Path file = write("links.en.md", "Supporters of [Maryam Rajavi](#) and [the PMOI \\(MEK\\)](https://x.y/z).",
                StandardCharsets.UTF_8);
        Document document = ingester.ingest(file, "links", Language.of("en"), DocumentFormat.MARKDOWN).document();
        assertThat(document.text()).isEqualTo("Supporters of Maryam Rajavi and the PMOI (MEK).");
    }

    /**
     * A no-break space typography put beside a digit or a French mark stays (a line is not broken in "30 000", and a
     * translator's tools keep it); one a page put between words for its layout, and runs of them, are spaces.
     */
    @Test
    void typographicNoBreakSpacesStayAndLayoutOnesAreSpaces() throws Exception {
        Path file = write("spaces.fr.txt", "Plus de 30\u202F000 livres\u00A0: « Oui\u00A0», dit-elle.\u00A0Ensuite"
                + "\u00A0\u00A0la\u00A0salle ouvre à 20\u00A0%.", StandardCharsets.UTF_8);
        Document document = ingester.ingest(file, "spaces", Language.of("fr"), DocumentFormat.TEXT).document();
        assertThat(document.text()).isEqualTo("Plus de 30\u202F000 livres\u00A0: « Oui\u00A0», dit-elle. Ensuite la"
                + " salle ouvre à 20\u00A0%.");
    }

    /**
     * Markdown syntax is not text: emphasis, code backticks, escapes, raw HTML and a thematic break go (CommonMark
     * reads them), a setext underline makes the line above it a heading, and every character left still points at
     * its place in the file.
     */
    @Test
    void markdownSyntaxIsLeftOutOfTheText() throws Exception {
        String source = "Library reopens after renovation\n================================\n\n**اطلاعیهٔ مطبوعاتی**"
                + " — ۳۰ شهریور ۱۴۰۰\n\nThe *new* reading room opens at `9:00` \\(not <b>earlier</b>\\).\n\n"
                + "<div align=\"center\">\nEntry is free for everyone.\n</div>\n\nOpening hours\n---\n"
                + "Monday to Saturday, from nine to eight.\n\n---\n\nShare: Facebook | X\n";
        Path file = write("syntax.en.md", source, StandardCharsets.UTF_8);
        Ingested ingested = ingester.ingest(file, "syntax", Language.of("en"), DocumentFormat.MARKDOWN);
        Document document = ingested.document();
        assertThat(document.blocks()).extracting(b -> b.span().of(document.text())).containsExactly(
                "Library reopens after renovation", "اطلاعیهٔ مطبوعاتی — ۳۰ شهریور ۱۴۰۰",
                "The new reading room opens at 9:00 (not earlier).", "Entry is free for everyone.", "Opening hours",
                "Monday to Saturday, from nine to eight.", "Share: Facebook | X");
        // a setext heading under a paragraph is a heading, and the paragraph after its underline is not
        assertThat(document.blocks().get(4).kind()).isEqualTo(BlockKind.HEADING);
        assertThat(document.blocks().get(5).kind()).isEqualTo(BlockKind.PARAGRAPH);
        int at = document.text().indexOf("new reading");
        assertThat(document.sourceSpan(new Span(at, at + 3)).of(source)).isEqualTo("new");
        int code = document.text().indexOf("9:00");
        assertThat(document.sourceSpan(new Span(code, code + 4)).of(source)).isEqualTo("9:00");
    }

    /** Windows-1256 has no Persian yeh (U+06CC): Persian text in it is written with Arabic yeh (U+064A). */
    @Test
    void windows1256PersianIsDecodedAndReportedAsGuessed() throws Exception {
        String persian = "این یک متن فارسی است که با رمزگذاری ویندوز نوشته شده است و باید درست خوانده شود. "
                .repeat(5).replace('\u06cc', '\u064a');
        Path file = write("cp1256.fa.txt", persian, Charset.forName("windows-1256"));
        Ingested ingested = ingester.ingest(file, "cp1256", Language.of("fa"), DocumentFormat.TEXT);
        assertThat(ingested.document().text()).isEqualTo(persian.strip());
        assertThat(ingested.warnings()).anySatisfy(w -> assertThat(w).contains(file.toString(), "guessed"));
    }

    /**
     * A short line without a full stop is a block of its own before a line that does not start with a lower-case
     * letter: a capital, a letter of a script without case, a currency sign, a quotation mark.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "en|Article 12|No one shall be subjected to arbitrary interference with his privacy.",
            "fa|مادهٔ دوازدهم|احدی در زندگی خصوصی، امور خانوادگی، اقامتگاه یا مکاتبات خود، نباید مورد مداخله واقع شود.",
            "ar|المادة 12|لا يعرض أحد لتدخل تعسفي في حياته الخاصة أو أسرته أو مسكنه أو مراسلاته.",
            "zh|第十二条|任何人的私生活、家庭、住宅和通信不得任意干涉，他的荣誉和名誉不得加以攻击。",
            "en|Home > Research > News|£2.4m grant for research into drought-resistant soils and their microbes.",
            "en|Press release|“Farmers have been telling us for years that some fields cope with drought,” she said."})
    void aShortLineBeforeASentenceIsABlockOfItsOwnInAnyScript(String language, String heading, String sentence)
            throws Exception {
        Path file = write("heading." + language + ".txt", heading + "\n" + sentence + "\n", StandardCharsets.UTF_8);
        Document document = ingester.ingest(file, "h", Language.of(language), DocumentFormat.TEXT).document();
        assertThat(document.blocks()).extracting(block -> block.span().of(document.text()))
                .containsExactly(heading, sentence);
    }

    /**
     * Lines left without a full stop are a hard-wrapped paragraph, one block, when the next line mostly starts in
     * lower case (in German, whose nouns are capitals, four next lines in six: not four in five) or, in a script
     * without case, when the lines are filled to one width; they are one sentence or verse each, a block each, when
     * the next lines start with capitals, or in a script without case vary in length.
     */
    @ParameterizedTest(name = "{0}: {1} blocks")
    @CsvSource(delimiter = '|', textBlock = """
            en | 1 | The council met on Tuesday evening to discuss the plans for the new cycle lanes along\\nthe river, which residents of the lower town have asked for since the floods of 2021 took\\nthe old towpath away and left the children of the district without a safe way to school\\nin the mornings, as the head teacher told the meeting before the vote was taken by the\\nmembers, who had read the report of the engineers and the letters of the parents over\\nthe summer and found that the cost of the lanes was lower than the cost of doing nothing.
            de | 1 | Der Rat hat am Dienstagabend über die Pläne für die neuen Radwege entlang des\\nFlusses beraten, die Anwohner der Unterstadt seit dem Hochwasser von 2021 fordern, als die\\nAnwohner der Unterstadt ihren alten Leinpfad verloren und die Kinder des Viertels ohne den\\nHochwasserdamm keinen sicheren Schulweg mehr hatten, wie Lehrer berichteten, die den alten\\nLeinpfad jeden Morgen mit ihren Klassen gegangen waren, bevor das Wasser ihn zerstört hatte\\nund die Stadt ihn sperrte, nachdem Ingenieure den Zustand der Uferwege geprüft hatten, und\\nnachdem der Rat den Bericht gelesen hatte, stimmte er den neuen Radwegen zu.
            en | 6 | The elders of Arvel gathered at the old well of Samir before the harvest\\nThey spoke of the river Maren, which had risen in April and taken the lower fields\\nThe elders answered Tobias that stone was rare in Arvel and the work was long\\nYet Tobias went out alone at dawn and carried the first 40 stones himself\\nWhen the families of Arvel saw him, they followed him with their carts\\nSo Arvel remembers Tobias, and the wall bears his name
            fa | 1 | شورای شهر روز سه‌شنبه دربارهٔ طرح مسیرهای تازهٔ دوچرخه در کنار رودخانه گفتگو کرد که\\nساکنان محلهٔ پایین از زمان سیل سال گذشته خواستار آن بوده‌اند زیرا آن سیل راه قدیمی کنار\\nآب را از میان برد و کودکان محله را بی راه امنی برای رفتن به مدرسه گذاشت چنانکه مدیر\\nمدرسه پیش از رأی‌گیری به جلسه گفت و اعضای شورا که گزارش مهندسان و نامه‌های پدران و\\nمادران را در تابستان خوانده بودند دریافتند که هزینهٔ این مسیرها از هزینهٔ کاری نکردن\\nکمتر است
            nl | 3 | De bibliotheek van Saint-Aubrac gaat na twee jaar verbouwing weer open\\n20 januari 2026\\nDe gemeentelijke bibliotheek van Saint-Aubrac gaat op zaterdag 7 februari weer open.
            en | 1 | The council met on Tuesday evening to discuss the plans for the new cycle lanes along\\nthe river, which residents of the lower town have asked for since the floods took the\\nold towpath, said the mayor
            en | 1 | The council met on Tuesday evening to discuss the plans for the new cycle lanes along\\nthe river, which residents of the lower town have asked for since the floods, said\\nMayor Jan de Vries
            fa | 1 | شورای شهر روز سه‌شنبه دربارهٔ طرح مسیرهای تازهٔ دوچرخه در کنار رودخانه گفتگو کرد که\\nساکنان محلهٔ پایین از زمان سیل سال گذشته خواستار آن بوده‌اند زیرا آن سیل راه قدیمی کنار\\n۲۰۲۱ را از میان برد
            en | 1 | The council met on Tuesday evening to discuss the plans for the new cycle lanes, said\\nMayor Jan de Vries
            fa | 7 | بزرگان آروِل پیش از درو کنار چاه کهنه گرد آمدند\\nآنان از رود مارن سخن گفتند که در فروردین طغیان کرده و کشتزارهای پایین را برده بود\\nبزرگان به توبیاس گفتند که سنگ در آروِل کمیاب است و کار دراز\\nبا این همه توبیاس سحرگاه تنها بیرون رفت و چهل سنگ نخست را خود آورد\\nچون خانواده‌های آروِل او را دیدند با گاری‌هایشان در پی او رفتند\\nتا پایان تابستان دیوار از آسیاب سمیر تا پل رسید\\nپس آروِل توبیاس را به یاد دارد
            """)
    void linesWithoutAFullStopAreWrappedOrEachASentence(String language, int blocks, String text) throws Exception {
        Path file = write("lines." + language + ".txt", text.replace("\\n", "\n"), StandardCharsets.UTF_8);
        Document document = ingester.ingest(file, "lines", Language.of(language), DocumentFormat.TEXT).document();
        assertThat(document.blocks()).as(text).hasSize(blocks);
    }

    /**
     * Which block breaks are paragraph breaks: a blank line is; a single line break ending a block is a line
     * break, which the aligner reads as weaker evidence (a text with one sentence per line).
     */
    @Test
    void aBlankLineIsAParagraphBreakAndASingleLineBreakALineBreak() throws Exception {
        Path file = write("lines.en.txt", "First line. Still the first.\nSecond line.\n\nAfter a blank line.\nLast.",
                StandardCharsets.UTF_8);
        Document document = ingester.ingest(file, "lines", Language.of("en"), DocumentFormat.TEXT).document();
        assertThat(document.blocks()).extracting(b -> b.span().of(document.text()), Block::boundary).containsExactly(
                tuple("First line. Still the first.", Block.Boundary.PARAGRAPH),
                tuple("Second line.", Block.Boundary.LINE),
                tuple("After a blank line.", Block.Boundary.PARAGRAPH),
                tuple("Last.", Block.Boundary.LINE));
        // an image line cleaning empties: the blank line before it still separates the paragraphs around it
        Path image = write("image.en.md", "Ends here.\n\n![](photo.jpg)\nNext paragraph, long enough to be one.",
                StandardCharsets.UTF_8);
        Document markdown = ingester.ingest(image, "image", Language.of("en"), DocumentFormat.MARKDOWN).document();
        assertThat(markdown.blocks()).extracting(b -> b.span().of(markdown.text()), Block::boundary).containsExactly(
                tuple("Ends here.", Block.Boundary.PARAGRAPH),
                tuple("Next paragraph, long enough to be one.", Block.Boundary.PARAGRAPH));
    }

    /** Ingestion reads the titles under a links label at an article's end as links, and counts only headings. */
    @Test
    void titlesUnderALinksLabelAreLinksAndNotCountedAsHeadings() throws Exception {
        Path file = write("links.en.md", "## Water for schools\n\nThe foundation completed 40 wells this year.\n\n"
                + "Related articles\n\nSolar pumps for farmers in the Jordan Valley\n\n## A school garden in Zarqa\n",
                StandardCharsets.UTF_8);
        Ingested ingested = ingester.ingest(file, "links", Language.of("en"), DocumentFormat.MARKDOWN);
        assertThat(ingested.document().blocks()).extracting(Block::kind).containsExactly(BlockKind.HEADING,
                BlockKind.PARAGRAPH, BlockKind.LINKS, BlockKind.LINKS, BlockKind.LINKS);
        assertThat(ingested.changes()).containsEntry(Cleanup.HEADINGS, 0);
    }

    /**
     * The document as its file wrote it has the same text and blocks, with the title and headings ingestion inferred
     * read as paragraphs again; a Markdown heading is the author's and stays one, and the links after the label,
     * found by the same inference, are paragraphs too.
     */
    @Test
    void asWrittenUndoesOnlyTheInferredHeadings() throws Exception {
        Path file = write("wells.en.md", "Water for schools\n\nThe foundation completed 40 wells this year.\n\n"
                + "## Next steps\n\nPumps\n\nThe pumps arrive in May, and the wells open in June.\n\n"
                + "Related articles\n\nSolar pumps for farmers in the Jordan Valley\n", StandardCharsets.UTF_8);
        Ingested ingested = ingester.ingest(file, "wells", Language.of("en"), DocumentFormat.MARKDOWN);
        Document read = ingested.document();
        Document written = ingested.asWritten().getFirst();
        assertThat(read.blocks()).extracting(Block::kind).containsExactly(BlockKind.TITLE, BlockKind.PARAGRAPH,
                BlockKind.HEADING, BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.LINKS, BlockKind.LINKS);
        assertThat(written.blocks()).extracting(Block::kind).containsExactly(BlockKind.PARAGRAPH,
                BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.LINKS,
                BlockKind.PARAGRAPH);
        assertThat(written.text()).isEqualTo(read.text());
        assertThat(written.blocks()).extracting(Block::span).isEqualTo(read.blocks().stream().map(Block::span)
                .toList());

        Path sentences = write("wells.fr.txt", "Les pompes arrivent en mai.\n\nLes puits ouvrent en juin.\n",
                StandardCharsets.UTF_8);
        Ingested plain = ingester.ingest(sentences, "wells", Language.of("fr"), DocumentFormat.TEXT);
        assertThat(plain.asWritten()).containsExactlyElementsOf(plain.documents());
    }

    @Test
    void utf16WithBomIsRead() throws Exception {
        Path file = write("bom.fr.txt", "\uFEFFDéclaration universelle.", StandardCharsets.UTF_16LE);
        Document document = ingester.ingest(file, "bom", Language.of("fr"), DocumentFormat.TEXT).document();
        assertThat(document.text()).isEqualTo("Déclaration universelle.");
    }

    @Test
    void scriptMismatchIsAWarningNamingTheFile() throws Exception {
        Path file = write("wrong.fa.txt", "This text claims to be Persian but is English.", StandardCharsets.UTF_8);
        Ingested ingested = ingester.ingest(file, "wrong", Language.of("fa"), DocumentFormat.TEXT);
        assertThat(ingested.warnings()).singleElement().asString().contains(file.toString(), "Arabic", "Latin");
    }

    @Test
    void badInputIsRejectedWithTheFileNameAndReason() throws Exception {
        Path empty = write("empty.en.txt", "", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ingester.ingest(empty, "e", Language.of("en"), DocumentFormat.TEXT))
                .isInstanceOf(InputException.class).hasMessage(empty + ": empty file");
        Path binary = folder.resolve("binary.en.txt");
        Files.write(binary, new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2});
        assertThatThrownBy(() -> ingester.ingest(binary, "b", Language.of("en"), DocumentFormat.TEXT))
                .isInstanceOf(InputException.class).hasMessageStartingWith(binary + ": binary file");
        Path noBody = write("nobody.en.html", "<html><body><script>x()</script></body></html>", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ingester.ingest(noBody, "n", Language.of("en"), DocumentFormat.HTML))
                .isInstanceOf(InputException.class).hasMessage(noBody + ": HTML page has no body text");
    }

    /** Every sentence of the seed statements and the UDHR points at where it is in the file as decoded. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"statements/000_eaacebc16c8ebb38.en.txt",
            "statements/001_b4a32ab16e71db5c.en.txt", "udhr/udhr.fa.html", "udhr/udhr.fr.html"})
    void sentencesKeepTheirOffsetsIntoTheSource(String name) throws Exception {
        Path file = TestData.CORPUS.resolve(name);
        String source = Files.readString(file, StandardCharsets.UTF_8);
        DocumentFormat format = name.endsWith(".html") ? DocumentFormat.HTML : DocumentFormat.TEXT;
        for (Document document : ingester.ingest(file, "d", Language.of(name.contains(".fa.") ? "fa"
                : name.contains(".fr.") ? "fr" : "en"), format).documents()) {
            var segmented = new org.rosetta.segment.IcuSentenceSegmenter().segment(document);
            for (var segment : segmented.segments()) {
                String text = segmented.text(segment.index());
                org.rosetta.model.Span span = document.sourceSpan(segment.span());
                String original = span.of(source);
                assertThat(original.codePointAt(0)).as("%s: %s", name, text).isEqualTo(text.codePointAt(0));
                assertThat(original.codePointBefore(original.length())).as("%s: %s", name, text)
                        .isEqualTo(text.codePointBefore(text.length()));
            }
        }
    }

    @Test
    void aFiftyMegabyteSingleLineFileIsReadAndSplitWithinBoundedMemory() throws Exception {
        Path file = folder.resolve("huge.en.txt");
        StringBuilder line = new StringBuilder(52_000_000);
        java.util.Random random = new java.util.Random(3);
        String[] words = {"massacre", "Iran", "rights", "the", "of", "prisoners", "1988", "U.S.", "justice"};
        int sentences = 0;
        boolean capital = true;
        while (line.length() < 50_000_000) {
            String word = words[random.nextInt(words.length)];
            line.append(capital ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
            capital = random.nextInt(12) == 0 && !word.endsWith(".");
            if (capital) {
                line.append('.');
                sentences++;
            }
            line.append(' ');
        }
        Files.writeString(file, line);
        Ingested ingested = ingester.ingest(file, "huge", Language.of("en"), DocumentFormat.TEXT);
        var segmented = new org.rosetta.segment.IcuSentenceSegmenter().segment(ingested.document());
        assertThat(segmented.size()).isBetween(sentences / 2, sentences + 1);
    }

    @Test
    void bytesThatAreNoKnownEncodingAreRefusedNamingTheFile() throws Exception {
        Path file = folder.resolve("noise.en.txt");
        byte[] noise = new byte[4096];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) new int[] {0x81, 0x8D, 0x8F, 0x90, 0x9D, 0xC3}[i % 6];
        }
        Files.write(file, noise);
        assertThatThrownBy(() -> ingester.ingest(file, "n", Language.of("en"), DocumentFormat.TEXT))
                .isInstanceOf(InputException.class).hasMessageStartingWith(file + ": ");
    }

    @Test
    void scrapedStatementIsCleanedStepByStepAndReported() {
        Ingested ingested = ingester.ingest(TestData.CORPUS.resolve("statements/000_eaacebc16c8ebb38.en.txt"),
                "s", Language.of("en"), DocumentFormat.TEXT);
        Document document = ingested.document();
        assertThat(ingested.changes()).containsKeys(Cleanup.values())
                .hasEntrySatisfying(Cleanup.LINKS, n -> assertThat(n).isPositive())
                .hasEntrySatisfying(Cleanup.REJOIN, n -> assertThat(n).isPositive())
                .hasEntrySatisfying(Cleanup.BOILERPLATE, n -> assertThat(n).isPositive());
        assertThat(document.text()).contains("Mujahedin-e Khalq (PMOI/MEK)").doesNotContain("](#)")
                .contains("information about the mass executions to the United Nations");
        assertThat(blocks(document, BlockKind.CAPTION)).anySatisfy(t -> assertThat(t).startsWith("(PMOI / MEK Iran)"));
        assertThat(blocks(document, BlockKind.CONTACT)).contains("+33 6 51 65 32 31");
        assertThat(blocks(document, BlockKind.COPYRIGHT)).contains("© 1995-2021 IPD Group, Inc. All Right Reserved.");
        Ingested raw = new FileIngester(java.util.Set.of()).ingest(
                TestData.CORPUS.resolve("statements/000_eaacebc16c8ebb38.en.txt"), "s", Language.of("en"),
                DocumentFormat.TEXT);
        assertThat(raw.changes()).isEmpty();
        assertThat(raw.document().text()).contains("](#)");
    }

    @Test
    void severalArticlesInOneFileBecomeSeveralDocuments() {
        Ingested ingested = ingester.ingest(TestData.CORPUS.resolve("statements/001_b4a32ab16e71db5c.en.txt"),
                "s", Language.of("en"), DocumentFormat.TEXT);
        assertThat(ingested.documents()).hasSize(7).extracting(Document::id).startsWith("s", "s#2");
        assertThat(ingested.documents().get(1).text()).startsWith("Paris Conference calls for justice");
    }

    private static java.util.List<String> blocks(Document document, BlockKind kind) {
        return document.blocks().stream().filter(b -> b.kind() == kind).map(b -> document.textOf(b.span())).toList();
    }

    private Path write(String name, String text, Charset charset) throws Exception {
        Path file = folder.resolve(name);
        java.nio.ByteBuffer bytes = charset.newEncoder().encode(java.nio.CharBuffer.wrap(text)); // strict: no '?'
        Files.write(file, java.util.Arrays.copyOf(bytes.array(), bytes.limit()));
        return file;
    }
}
