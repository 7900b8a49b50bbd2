package org.mandatetracker.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.mandatetracker.TestCorpus;
import org.mandatetracker.document.DocumentReadException;

/**
 * Throughput of reading and extraction over the whole test corpus (texts and seeds), text, DOCX and PDF apart: documents
 * per second, MB per second, p50/p95 milliseconds per document and heap used; and, as the yardstick, a pass over the
 * same plain texts that only decodes them and runs two regular expressions (numbered paragraphs, month-year dates),
 * with extraction's fraction of its speed. Not a test: it prints figures ({@code bash .ci/bench extraction}).
 */
public final class ExtractionBenchmark {

    private static final int WARM_UP_ROUNDS = 5;
    private static final int MEASURED_ROUNDS = 10;
    private static final Pattern NUMBERED_PARAGRAPH = Pattern.compile("(?m)^\\s*(\\d{1,3})\\.\\s");
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "(January|February|March|April|May|June|July|August|September|October|November|December)\\s+(\\d{4})");
    /** What the two-regex pass found, printed so that the JIT cannot drop its work. */
    private static long referenceMatches;

    private record Input(String name, byte[] content) {
    }

    private ExtractionBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<Input> text = new ArrayList<>();
        List<Input> docx = new ArrayList<>();
        List<Input> pdf = new ArrayList<>();
        try (Stream<Path> files = Stream.concat(Files.list(TestCorpus.TEXTS), Files.list(TestCorpus.SEEDS))) {
            for (Path file : files.sorted().toList()) {
                Input input = new Input(file.getFileName().toString(), Files.readAllBytes(file));
                (input.name().endsWith(".pdf") ? pdf : input.name().endsWith(".docx") ? docx : text).add(input);
            }
        }
        MandateExtractor extractor = MandateExtractor.defaults();
        Consumer<Input> extraction = input -> extractor.extract(input.name(), input.content());
        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            run(extraction, text);
            run(extraction, docx);
            run(extraction, pdf);
            run(ExtractionBenchmark::twoRegexPass, text);
        }
        double textPerSecond = report("text (txt, md)", extraction, text);
        report("DOCX", extraction, docx);
        report("PDF", extraction, pdf);
        double referencePerSecond = report("two-regex pass", ExtractionBenchmark::twoRegexPass, text);
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        System.out.printf(Locale.ROOT, "heap used after run: %.1f MB (max %.0f MB)%n",
                (runtime.totalMemory() - runtime.freeMemory()) / 1048576.0, runtime.maxMemory() / 1048576.0);
        System.out.printf(Locale.ROOT, "two-regex pass: %d paragraph numbers and month-year dates found%n", referenceMatches);
        System.out.printf(Locale.ROOT, "extraction: %.0f docs/s, %.2f of a two-regex pass%n", textPerSecond,
                textPerSecond / referencePerSecond);
    }

    /**
     * The least any extraction must do: decode the text and find its numbered paragraphs and its dates.
     */
    private static void twoRegexPass(Input input) {
        String text = new String(input.content(), StandardCharsets.UTF_8);
        Matcher paragraphs = NUMBERED_PARAGRAPH.matcher(text);
        while (paragraphs.find()) {
            referenceMatches++;
        }
        Matcher dates = MONTH_YEAR.matcher(text);
        while (dates.find()) {
            referenceMatches++;
        }
    }

    /** Prints the figures of measured rounds over the inputs and answers documents per second. */
    private static double report(String label, Consumer<Input> measured, List<Input> inputs) {
        List<Long> nanos = new ArrayList<>();
        long bytes = inputs.stream().mapToLong(i -> i.content().length).sum() * MEASURED_ROUNDS;
        long start = System.nanoTime();
        for (int round = 0; round < MEASURED_ROUNDS; round++) {
            nanos.addAll(run(measured, inputs));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%-15s %4d docs × %d rounds: %7.1f docs/s, %6.2f MB/s, p50 %6.2f ms, p95 %6.2f ms%n",
                label, inputs.size(), MEASURED_ROUNDS, sorted.length / seconds, bytes / 1048576.0 / seconds,
                percentile(sorted, 50), percentile(sorted, 95));
        return sorted.length / seconds;
    }

    private static List<Long> run(Consumer<Input> measured, List<Input> inputs) {
        List<Long> nanos = new ArrayList<>(inputs.size());
        for (Input input : inputs) {
            long start = System.nanoTime();
            try {
                measured.accept(input);
            } catch (NotAResolutionException | DocumentReadException refused) {
                // non-resolutions and scans are part of the corpus; refusing them is work measured too
            }
            nanos.add(System.nanoTime() - start);
        }
        return nanos;
    }

    private static double percentile(long[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
