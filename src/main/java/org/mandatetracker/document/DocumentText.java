package org.mandatetracker.document;

import java.util.Objects;

/**
 * The readable text of an uploaded document, with page furniture (running headers, footers, page
 * numbers, footnotes) removed and words broken across lines re-joined.
 *
 * @param text    the text; paragraphs are separated by blank lines where the source shows them
 * @param format  {@code txt}, {@code md}, {@code html}, {@code docx} or {@code pdf}
 * @param charset the character set the bytes were decoded with, or {@code null} for binary formats
 */
public record DocumentText(String text, String format, String charset) {

    public DocumentText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(format, "format");
    }
}
