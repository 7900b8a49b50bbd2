package org.mandatetracker.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Word documents read as what they are, a zip of XML parts, with the defences a file from outside
 * needs: the archive may not inflate beyond {@link #MAX_UNCOMPRESSED_BYTES} nor hold more than
 * {@link #MAX_ENTRIES} entries (zip bombs), and the XML may carry no DTD, so no external entity is
 * ever resolved. Only the main body is read: headers, footers and footnotes live in other parts.
 * Automatic paragraph numbering is rendered as text ("1.", "(a)") because operative paragraphs are
 * often numbered that way.
 */
final class DocxReader implements DocumentReader {

    static final long MAX_UNCOMPRESSED_BYTES = 100L * 1024 * 1024;
    static final int MAX_ENTRIES = 10_000;
    private static final String BODY = "word/document.xml";
    private static final String NUMBERING = "word/numbering.xml";
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    @Override
    public DocumentText read(byte[] content) {
        Map<String, byte[]> parts = unzip(content);
        byte[] body = parts.get(BODY);
        if (body == null) {
            throw new DocumentReadException("document.docx.noBody");
        }
        DocxNumbering numbering = parts.containsKey(NUMBERING)
                ? DocxNumbering.parse(parse(parts.get(NUMBERING))) : DocxNumbering.NONE;
        return new DocumentText(TextCleaner.clean(bodyText(parse(body), numbering)), "docx", null);
    }

    private static Map<String, byte[]> unzip(byte[] content) {
        Map<String, byte[]> parts = new HashMap<>();
        long inflated = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw new DocumentReadException("document.docx.tooManyParts", MAX_ENTRIES);
                }
                boolean wanted = entry.getName().equals(BODY) || entry.getName().equals(NUMBERING);
                ByteArrayOutputStream kept = wanted ? new ByteArrayOutputStream() : null;
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    inflated += n;
                    if (inflated > MAX_UNCOMPRESSED_BYTES) {
                        throw new DocumentReadException("document.docx.expandsTooMuch",
                                MAX_UNCOMPRESSED_BYTES / (1024 * 1024));
                    }
                    if (kept != null) {
                        kept.write(buffer, 0, n);
                    }
                }
                if (kept != null) {
                    parts.put(entry.getName(), kept.toByteArray());
                }
            }
        } catch (DocumentReadException refused) {
            throw refused; // a refusal of ours is an IllegalArgumentException too, and says more than "damaged"
        } catch (IOException | IllegalArgumentException e) {
            throw new DocumentReadException(e, "document.docx.damagedZip");
        }
        return parts;
    }

    static XMLStreamReader parse(byte[] xml) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        try {
            return factory.createXMLStreamReader(new ByteArrayInputStream(xml));
        } catch (XMLStreamException e) {
            throw damaged(e);
        }
    }

    private static String bodyText(XMLStreamReader xml, DocxNumbering numbering) {
        StringBuilder out = new StringBuilder();
        StringBuilder paragraph = new StringBuilder();
        String numId = null;
        int level = 0;
        boolean inText = false;
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new DocumentReadException("document.docx.dtd");
                }
                if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new DocumentReadException("document.docx.entity");
                }
                if (event == XMLStreamConstants.START_ELEMENT && W.equals(xml.getNamespaceURI())) {
                    switch (xml.getLocalName()) {
                        case "p" -> {
                            paragraph.setLength(0);
                            numId = null;
                            level = 0;
                        }
                        case "numId" -> numId = xml.getAttributeValue(W, "val");
                        case "ilvl" -> level = parseLevel(xml.getAttributeValue(W, "val"));
                        case "t" -> inText = true;
                        case "tab" -> paragraph.append('\t');
                        case "br", "cr" -> paragraph.append('\n');
                        case "noBreakHyphen" -> paragraph.append('-');
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.CHARACTERS && inText) {
                    paragraph.append(xml.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT && W.equals(xml.getNamespaceURI())) {
                    if (xml.getLocalName().equals("t")) {
                        inText = false;
                    } else if (xml.getLocalName().equals("p")) {
                        String label = numId == null ? "" : numbering.next(numId, level);
                        out.append(label.isEmpty() ? "" : label + " ").append(paragraph).append("\n\n");
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw damaged(e);
        }
        return out.toString();
    }

    private static int parseLevel(String value) {
        try {
            return value == null ? 0 : Math.max(0, Math.min(8, Integer.parseInt(value)));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static DocumentReadException damaged(XMLStreamException e) {
        return new DocumentReadException(e, "document.docx.damagedXml");
    }

    /** True when a zip archive names a Word body part: file names are stored uncompressed. */
    static boolean looksLikeDocx(byte[] content) {
        if (content.length < 4 || content[0] != 'P' || content[1] != 'K' || content[2] != 3 || content[3] != 4) {
            return false;
        }
        byte[] name = BODY.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i <= content.length - name.length; i++) {
            for (int j = 0; j < name.length; j++) {
                if (content[i + j] != name[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
