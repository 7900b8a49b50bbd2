package org.mandatetracker.document;

/** Plain text and Markdown: decoded, then cleaned of page furniture copied from printed originals. */
final class PlainTextReader implements DocumentReader {

    private final String format;

    PlainTextReader(String format) {
        this.format = format;
    }

    @Override
    public DocumentText read(byte[] content) {
        TextDecoder.Decoded decoded = TextDecoder.decode(content);
        return new DocumentText(TextCleaner.clean(decoded.text()), format, decoded.charset());
    }
}
