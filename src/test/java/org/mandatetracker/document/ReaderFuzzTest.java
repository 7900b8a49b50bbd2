package org.mandatetracker.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mandatetracker.TestCorpus;
import org.mandatetracker.extraction.MandateExtractor;
import org.mandatetracker.extraction.NotAResolutionException;

/** Random and truncated input: the reader and the extractor throw nothing but their documented exceptions. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ReaderFuzzTest {

    private static final MandateExtractor EXTRACTOR = MandateExtractor.defaults();
    private static final byte[][] PREFIXES = {new byte[0], "%PDF-1.7\n".getBytes(), {'P', 'K', 3, 4},
            "<html><body>".getBytes(), {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}};

    @Test
    void randomBytes() {
        Random random = new Random(20240601);
        for (int i = 0; i < 300; i++) {
            byte[] prefix = PREFIXES[i % PREFIXES.length];
            byte[] content = Arrays.copyOf(prefix, prefix.length + random.nextInt(4096));
            for (int k = prefix.length; k < content.length; k++) {
                content[k] = (byte) random.nextInt(256);
            }
            assertOnlyDocumentedFailures("random-" + i, content);
        }
    }

    static Stream<Path> realDocuments() {
        return Stream.of("corpus/texts/A-RES-79-254-en.pdf", "corpus/texts/A-80-590-SG-report-en.docx",
                "corpus/texts/S-RES-2461-2019-en.txt", "corpus/seeds/002_432772bcf22ff5c1.txt").map(TestCorpus.RESOURCES::resolve);
    }

    @ParameterizedTest
    @MethodSource("realDocuments")
    void truncatedRealDocuments(Path file) throws IOException {
        byte[] whole = Files.readAllBytes(file);
        IntStream.of(1, 7, 100, 1000, whole.length / 3, whole.length / 2, whole.length - 1)
                .filter(n -> n > 0 && n < whole.length)
                .forEach(n -> assertOnlyDocumentedFailures(file.getFileName() + ":" + n, Arrays.copyOf(whole, n)));
    }

    private static void assertOnlyDocumentedFailures(String name, byte[] content) {
        try {
            assertThat(EXTRACTOR.extract(name, content)).isNotNull();
        } catch (DocumentReadException | NotAResolutionException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }
}
