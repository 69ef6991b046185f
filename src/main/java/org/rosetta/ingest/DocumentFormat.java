package org.rosetta.ingest;

import java.util.Locale;
import java.util.Optional;

/** The formats Rosetta reads, by file extension. */
public enum DocumentFormat {
    HTML(new HtmlReader(), "html", "htm", "xhtml"),
    MARKDOWN(new MarkdownReader(), "md", "markdown"),
    TEXT(new TextReader(), "txt", "text");

    private final DocumentReader reader;
    private final String[] extensions;

    DocumentFormat(DocumentReader reader, String... extensions) {
        this.reader = reader;
        this.extensions = extensions;
    }

    DocumentReader reader() {
        return reader;
    }

    /**
     * Whether the format's paragraphs and headings are the author's (HTML; {@link DocumentReader#authorParagraphs});
     * in one whose are not, ingestion rejoins lines and infers headings ({@link Cleanup#HEADINGS}).
     */
    public boolean authorParagraphs() {
        return reader.authorParagraphs();
    }

    public static Optional<DocumentFormat> byExtension(String extension) {
        String wanted = extension.toLowerCase(Locale.ROOT);
        for (DocumentFormat format : values()) {
            for (String candidate : format.extensions) {
                if (candidate.equals(wanted)) {
                    return Optional.of(format);
                }
            }
        }
        return Optional.empty();
    }
}
