package org.mandatetracker.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Bad input gets a clear error within seconds and bounded memory, and nothing else happens. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class PathologicalInputTest {

    private static final long MB = 1024 * 1024;

    @Test
    void emptyFile() {
        assertThatThrownBy(() -> DocumentReaders.read("empty.txt", new byte[0]))
                .isInstanceOf(DocumentReadException.class).hasMessageContaining("empty");
    }

    @Test
    void binaryFile() {
        byte[] noise = new byte[64 * 1024];
        new Random(7).nextBytes(noise);
        assertThatThrownBy(() -> DocumentReaders.read("image.txt", noise))
                .isInstanceOf(DocumentReadException.class).hasMessageContaining("binary");
    }

    @Test
    void fileOverTheLimitAsArray() {
        byte[] huge = new byte[(int) (200 * MB)];
        assertThatThrownBy(() -> DocumentReaders.read("huge.txt", huge))
                .isInstanceOf(DocumentReadException.class).hasMessageContaining("larger than 50 MB");
    }

    @Test
    void textLongerThanAnyResolutionIsRefusedInEveryEncoding() {
        String words = "the assembly requests a report\n".repeat(TextCleaner.MAX_CHARACTERS / 31 + 1);
        for (Charset charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE)) {
            assertThatThrownBy(() -> DocumentReaders.read("long.txt", words.getBytes(charset)))
                    .as(charset.name()).isInstanceOf(DocumentReadException.class)
                    .hasMessageContaining("longer than 8,000,000 characters");
        }
        assertThat(DocumentReaders.read("short.txt", words.substring(0, 1_000_000).getBytes(StandardCharsets.UTF_8))
                .text()).startsWith("the assembly requests a report\n");
    }

    @Test
    void endlessStreamIsCutAtTheLimit() {
        InputStream twoHundredMegabytes = new InputStream() {
            private long left = 200 * MB;

            @Override
            public int read() {
                return left-- > 0 ? 'a' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 'a');
                left -= n;
                return n;
            }
        };
        assertThatThrownBy(() -> DocumentReaders.read("stream.txt", twoHundredMegabytes, 10 * MB))
                .isInstanceOf(DocumentReadException.class).hasMessageContaining("larger than 10 MB");
    }

    @Test
    void docxZipBomb() throws IOException {
        byte[] bomb = zip("word/document.xml", new byte[(int) (DocxReader.MAX_UNCOMPRESSED_BYTES + MB)]);
        assertThatThrownBy(() -> DocumentReaders.read("bomb.docx", bomb))
                .isInstanceOf(DocumentReadException.class).hasMessageContaining("zip bomb");
    }

    @Test
    void docxWithTooManyEntries() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.closeEntry();
            for (int i = 0; i <= DocxReader.MAX_ENTRIES; i++) {
                zip.putNextEntry(new ZipEntry("x/" + i));
                zip.closeEntry();
            }
        }
        assertThatThrownBy(() -> DocumentReaders.read("many.docx", out.toByteArray()))
                .isInstanceOf(DocumentReadException.class).hasMessageContaining("zip bomb");
    }

    @Test
    void docxWithExternalEntity() throws IOException {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>";
        byte[] docx = zip("word/document.xml", xml.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> DocumentReaders.read("xxe.docx", docx))
                .isInstanceOf(DocumentReadException.class).hasMessageContaining("DTD");
    }

    @Test
    void encryptedPdf() throws IOException {
        byte[] pdf;
        try (PDDocument document = pdfWithText("The General Assembly,")) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            pdf = save(document);
        }
        assertThatThrownBy(() -> DocumentReaders.read("locked.pdf", pdf))
                .isInstanceOf(DocumentReadException.class).hasMessageContaining("encrypted");
    }

    @Test
    void imageOnlyPdf() throws IOException {
        byte[] pdf;
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            BufferedImage scan = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(LosslessFactory.createFromImage(document, scan), 50, 50);
            }
            pdf = save(document);
        }
        assertThatThrownBy(() -> DocumentReaders.read("scan.pdf", pdf))
                .isInstanceOf(DocumentReadException.class).hasMessageContaining("needs OCR");
    }

    @Test
    void misnamedBinaryPdf() {
        byte[] notPdf = "PK not really a zip".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> DocumentReaders.read("x.pdf", notPdf)).isInstanceOf(DocumentReadException.class);
    }

    static PDDocument pdfWithText(String text) throws IOException {
        PDDocument document = new PDDocument();
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            content.newLineAtOffset(72, 700);
            content.showText(text);
            content.endText();
        }
        return document;
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    private static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_SPEED);
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
