package org.mandatetracker.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads an uploaded document of any supported format into {@link DocumentText}. The format is
 * recognised from the content first (a PDF header, a zip holding a Word body, HTML tags) and from the
 * file name only when the content does not tell, because uploaded files are often misnamed.
 * Every failure is a {@link DocumentReadException} with a message fit for the uploader.
 */
public final class DocumentReaders {

    /** Default upper limit of a document's size. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    private static final DocumentReader PDF = new PdfReader();
    private static final DocumentReader DOCX = new DocxReader();
    private static final DocumentReader HTML = new HtmlReader();
    private static final DocumentReader TEXT = new PlainTextReader("txt");
    private static final DocumentReader MARKDOWN = new PlainTextReader("md");
    private static final int SNIFF_BYTES = 1024;

    private DocumentReaders() {
    }

    public static DocumentText read(String fileName, byte[] content) {
        return read(fileName, content, MAX_BYTES);
    }

    public static DocumentText read(String fileName, byte[] content, long maxBytes) {
        if (content == null || content.length == 0) {
            throw new DocumentReadException("document.empty", quoted(fileName));
        }
        if (content.length > maxBytes) {
            throw tooLarge(fileName, maxBytes);
        }
        return readerFor(fileName, content).read(content);
    }

    /** Reads at most {@code maxBytes} from the stream, so an endless or huge upload is refused early. */
    public static DocumentText read(String fileName, InputStream content, long maxBytes) {
        return read(fileName, readLimited(fileName, content, maxBytes), maxBytes);
    }

    public static DocumentText read(Path file) {
        return read(file, MAX_BYTES);
    }

    public static DocumentText read(Path file, long maxBytes) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            if (Files.size(file) > maxBytes) {
                throw tooLarge(name, maxBytes);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(name, in, maxBytes);
            }
        } catch (NoSuchFileException e) {
            throw new DocumentReadException(e, "document.missing", quoted(file.toString()));
        } catch (IOException e) {
            throw new DocumentReadException(e, "document.unreadable", quoted(file.toString()), e.getMessage());
        }
    }

    private static byte[] readLimited(String fileName, InputStream in, long maxBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > maxBytes) {
                    throw tooLarge(fileName, maxBytes);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new DocumentReadException(e, "document.unreadable", quoted(fileName), e.getMessage());
        }
        return out.toByteArray();
    }

    private static DocumentReader readerFor(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (startsWithPdfHeader(content)) {
            return PDF;
        }
        if (DocxReader.looksLikeDocx(content)) {
            return DOCX;
        }
        if (content.length > 1 && content[0] == 'P' && content[1] == 'K' || name.endsWith(".pdf") || name.endsWith(".docx")) {
            throw new DocumentReadException("document.neitherPdfNorDocx", quoted(fileName));
        }
        if (looksLikeHtml(content) || name.endsWith(".html") || name.endsWith(".htm")) {
            return HTML;
        }
        return name.endsWith(".md") || name.endsWith(".markdown") ? MARKDOWN : TEXT;
    }

    /** "%PDF-" may follow some junk bytes; readers accept it within the first kilobyte. */
    private static boolean startsWithPdfHeader(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        return head.contains("%PDF-");
    }

    private static boolean looksLikeHtml(byte[] content) {
        String head = asciiHead(content).stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml")
                && head.contains("<html") || head.startsWith("<") && (head.contains("<body") || head.contains("<p>")
                || head.contains("<div") || head.contains("<head"));
    }

    /** The first bytes as ASCII, dropping the zero bytes of UTF-16 and a byte-order mark. */
    private static String asciiHead(byte[] content) {
        StringBuilder head = new StringBuilder();
        for (int i = 0; i < Math.min(content.length, SNIFF_BYTES); i++) {
            int b = content[i] & 0xFF;
            if (b > 0 && b < 0x80) {
                head.append((char) b);
            }
        }
        return head.toString();
    }

    private static DocumentReadException tooLarge(String fileName, long maxBytes) {
        return maxBytes >= 1024 * 1024
                ? new DocumentReadException("document.tooLargeMegabytes", quoted(fileName), maxBytes / (1024 * 1024))
                : new DocumentReadException("document.tooLargeBytes", quoted(fileName), maxBytes);
    }

    private static String quoted(String fileName) {
        return fileName == null || fileName.isBlank() ? "" : "\"" + fileName + "\" ";
    }
}
