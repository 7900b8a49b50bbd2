package org.mandatetracker.document;

import java.io.IOException;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * PDF through PDFBox's text layer. Each page ends with a form feed so that {@link TextCleaner} knows
 * exactly where the running headers, footnotes and page numbers sit. A PDF without a text layer (a
 * scan) is refused with a message saying it needs OCR, rather than read as an empty document.
 */
final class PdfReader implements DocumentReader {

    static final int MAX_PAGES = 2_000;
    /** PDFBox keeps decoded streams in memory; beyond this it fails instead of growing further. */
    private static final long MAX_DECODED_BYTES = 512L * 1024 * 1024;
    /** Fewer letters than this per page means there is no usable text layer. */
    private static final int MIN_LETTERS_PER_PAGE = 20;
    private static final Pattern INDENTED_LINE = Pattern.compile("\\n(?=[ \\t]+\\S)");

    @Override
    public DocumentText read(byte[] content) {
        try (PDDocument pdf = Loader.loadPDF(new RandomAccessReadBuffer(content), "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(MAX_DECODED_BYTES).streamCache)) {
            int pages = pdf.getNumberOfPages();
            if (pages > MAX_PAGES) {
                throw new DocumentReadException("document.pdf.tooManyPages", pages, MAX_PAGES);
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setPageEnd("\f");
            String text = stripper.getText(pdf);
            if (countLetters(text) < MIN_LETTERS_PER_PAGE * Math.max(1, pages)) {
                throw new DocumentReadException("document.pdf.noTextLayer");
            }
            return new DocumentText(TextCleaner.clean(markIndentedLines(text)), "pdf", null);
        } catch (InvalidPasswordException e) {
            throw new DocumentReadException(e, "document.pdf.encrypted");
        } catch (IOException | RuntimeException e) {
            if (e instanceof DocumentReadException known) {
                throw known;
            }
            throw new DocumentReadException(e, "document.pdf.damaged", e.getClass().getSimpleName());
        }
    }

    /**
     * PDFBox renders a paragraph's first-line indentation as leading blanks; a blank line before such a
     * line gives the same paragraph separation as the other formats have.
     */
    private static String markIndentedLines(String text) {
        return INDENTED_LINE.matcher(text).replaceAll("\n\n");
    }

    private static int countLetters(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                letters++;
            }
        }
        return letters;
    }
}
