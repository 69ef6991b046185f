package org.rosetta.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosetta.TestData;
import org.rosetta.model.Block;
import org.rosetta.model.BlockKind;
import org.rosetta.model.Document;
import org.rosetta.model.Language;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
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

    @Test
    void markdownLinksKeepTheirTextAndLoseTheirTarget() throws Exception {
        Path file = write("links.en.md", "Supporters of [Maryam Rajavi](#) and [the PMOI \\(MEK\\)](https://x.y/z).",
                StandardCharsets.UTF_8);
        Document document = ingester.ingest(file, "links", Language.of("en"), DocumentFormat.MARKDOWN).document();
        assertThat(document.text()).isEqualTo("Supporters of Maryam Rajavi and the PMOI (MEK).");
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

    private Path write(String name, String text, Charset charset) throws Exception {
        Path file = folder.resolve(name);
        java.nio.ByteBuffer bytes = charset.newEncoder().encode(java.nio.CharBuffer.wrap(text)); // strict: no '?'
        Files.write(file, java.util.Arrays.copyOf(bytes.array(), bytes.limit()));
        return file;
    }
}
