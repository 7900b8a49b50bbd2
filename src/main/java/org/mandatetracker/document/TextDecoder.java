package org.mandatetracker.document;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns bytes into text without guessing blindly: a byte-order mark wins, then strict UTF-8 (the
 * encoding of almost everything today), then a statistical detector for legacy code pages such as
 * Windows-1251, Windows-1252 or KOI8-R, always followed by a strict decode so that a wrong
 * detection fails instead of producing mojibake.
 */
final class TextDecoder {

    /** A decoded text and the name of the character set it was decoded with. */
    record Decoded(String text, String charset) {
    }

    /** The detector needs a sample, not the whole file, to recognise a code page. */
    private static final int DETECTION_SAMPLE_BYTES = 256 * 1024;
    private static final int CHECK_CHUNK_CHARS = 64 * 1024;

    private TextDecoder() {
    }

    static Decoded decode(byte[] content) {
        Decoded decoded = decodeByBom(content);
        if (decoded == null) {
            decoded = decodeUtf16WithoutBom(content);
        }
        if (decoded == null) {
            decoded = decodeStrictly(content, 0, StandardCharsets.UTF_8);
        }
        if (decoded == null && hasControlBytes(content)) {
            throw binary();
        }
        if (decoded == null) {
            decoded = decodeDetected(content);
        }
        if (decoded == null) {
            throw new DocumentReadException("document.unknownEncoding");
        }
        rejectBinary(decoded.text());
        return decoded;
    }

    private static Decoded decodeByBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return decodeOrFail(b, 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return decodeOrFail(b, 2, StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return decodeOrFail(b, 2, StandardCharsets.UTF_16BE);
        }
        return null;
    }

    /** Text in UTF-16 without a mark still shows itself by zero bytes in every other position. */
    private static Decoded decodeUtf16WithoutBom(byte[] b) {
        int sample = Math.min(b.length, 4096) & ~1;
        if (sample < 8) {
            return null;
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < sample; i++) {
            if (b[i] == 0) {
                if ((i & 1) == 0) {
                    zeroEven++;
                } else {
                    zeroOdd++;
                }
            }
        }
        int pairs = sample / 2;
        if (zeroOdd > pairs * 0.4 && zeroEven < pairs * 0.05) {
            return decodeStrictly(b, 0, StandardCharsets.UTF_16LE);
        }
        if (zeroEven > pairs * 0.4 && zeroOdd < pairs * 0.05) {
            return decodeStrictly(b, 0, StandardCharsets.UTF_16BE);
        }
        return null;
    }

    private static Decoded decodeDetected(byte[] content) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(content, 0, Math.min(content.length, DETECTION_SAMPLE_BYTES));
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null || !Charset.isSupported(name)) {
            return null;
        }
        return decodeStrictly(content, 0, Charset.forName(name));
    }

    private static Decoded decodeOrFail(byte[] b, int offset, Charset charset) {
        Decoded decoded = decodeStrictly(b, offset, charset);
        if (decoded == null) {
            throw new DocumentReadException("document.invalidAfterByteOrderMark", charset.name());
        }
        return decoded;
    }

    /**
     * Checks the bytes in chunks first, counting characters, and builds the string only once they are
     * valid and not too many: decoding the whole file into a buffer would hold two bytes per character
     * beside the string made of it, and a text longer than any document would be built only to be refused.
     */
    private static Decoded decodeStrictly(byte[] b, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, offset, b.length - offset);
        CharBuffer chunk = CharBuffer.allocate(CHECK_CHUNK_CHARS);
        long characters = 0;
        CoderResult result;
        do {
            result = decoder.decode(in, chunk, true);
            if (result.isUnderflow()) {
                result = decoder.flush(chunk);
            }
            if (result.isError()) {
                return null;
            }
            characters += chunk.position();
            chunk.clear();
            if (characters > TextCleaner.MAX_CHARACTERS) {
                throw TextCleaner.tooLong();
            }
        } while (result.isOverflow());
        return new Decoded(new String(b, offset, b.length - offset, charset), charset.name());
    }

    /** Single-byte text in any code page has no control bytes besides line breaks, tabs and form feeds. */
    private static boolean hasControlBytes(byte[] content) {
        int limit = Math.min(content.length, 64 * 1024);
        int control = 0;
        for (int i = 0; i < limit; i++) {
            int b = content[i] & 0xFF;
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control > limit / 100 + 2;
    }

    /** Control characters other than line breaks and tabs do not occur in text documents. */
    private static void rejectBinary(String text) {
        int limit = Math.min(text.length(), 64 * 1024);
        int control = 0;
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw binary();
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        if (control > limit / 100 + 2) {
            throw binary();
        }
    }

    private static DocumentReadException binary() {
        return new DocumentReadException("document.binary");
    }
}
