package org.mandatetracker.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
 *
 * <p>The machine it runs on is shared, so the figures are medians of rounds, and each round of plain-text extraction
 * is paired with a round of the two-regex pass run right beside it (in turn before and after it): a load that comes
 * and goes slows both sides of a pair alike, and the ratio is taken pair by pair. The spread of the pairs' ratios is
 * printed with it, so that a run on a busy machine shows itself.
 */
public final class ExtractionBenchmark {

    private static final int WARM_UP_ROUNDS = 10;
    private static final int MEASURED_ROUNDS = 31;
    /**
     * The two-regex pass goes over the texts this many times a round, so that its round lasts about as long as one of
     * extraction: a round of a twentieth of a second is upset by one pre-emption.
     */
    private static final int REFERENCE_REPEATS = 3;
    /** DOCX and PDF are not compared with anything: fewer rounds, to keep the run short. */
    private static final int OTHER_FORMAT_ROUNDS = 5;
    private static final Pattern NUMBERED_PARAGRAPH = Pattern.compile("(?m)^\\s*(\\d{1,3})\\.\\s");
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "(January|February|March|April|May|June|July|August|September|October|November|December)\\s+(\\d{4})");
    /** What the two-regex pass found, printed so that the JIT cannot drop its work. */
    private static long referenceMatches;

    private record Input(String name, byte[] content) {
    }

    /** The rounds of one kind of work over the same inputs: each round's seconds, each document's nanoseconds. */
    private static final class Rounds {
        private final String label;
        private final List<Input> inputs;
        private final int repeats;
        private final Consumer<Input> work;
        private final List<Double> roundSeconds = new ArrayList<>();
        private final List<Long> documentNanos = new ArrayList<>();

        /** @param repeats how many times a round goes over the inputs */
        Rounds(String label, List<Input> inputs, int repeats, Consumer<Input> work) {
            this.label = label;
            this.inputs = inputs;
            this.repeats = repeats;
            this.work = work;
        }

        /** Runs one round and answers its documents per second. */
        double round() {
            long start = System.nanoTime();
            for (int i = 0; i < repeats; i++) {
                documentNanos.addAll(run(work, inputs));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            roundSeconds.add(seconds);
            return documentsPerRound() / seconds;
        }

        private int documentsPerRound() {
            return inputs.size() * repeats;
        }

        /** Prints the median round and the spread of the rounds; answers the median documents per second. */
        double report() {
            double[] perSecond = roundSeconds.stream().mapToDouble(s -> documentsPerRound() / s).sorted().toArray();
            long bytes = inputs.stream().mapToLong(i -> i.content().length).sum();
            long[] nanos = documentNanos.stream().mapToLong(Long::longValue).sorted().toArray();
            double median = quantile(perSecond, 0.5);
            System.out.printf(Locale.ROOT, "%-15s %4d docs × %2d passes: %7.1f docs/s (rounds %.0f–%.0f), %6.2f MB/s, "
                            + "p50 %6.2f ms, p95 %6.2f ms%n", label, inputs.size(), perSecond.length * repeats, median,
                    perSecond[0], perSecond[perSecond.length - 1], median * bytes / inputs.size() / 1048576.0,
                    percentile(nanos, 50), percentile(nanos, 95));
            return median;
        }
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
        Rounds textRounds = new Rounds("text (txt, md)", text, 1, extraction);
        Rounds referenceRounds = new Rounds("two-regex pass", text, REFERENCE_REPEATS, ExtractionBenchmark::twoRegexPass);
        double[] ratios = new double[MEASURED_ROUNDS];
        for (int round = 0; round < MEASURED_ROUNDS; round++) {
            // in turn first and second, so that neither side always has the caches and the JIT's last state
            boolean extractionFirst = round % 2 == 0;
            double reference = extractionFirst ? 0 : referenceRounds.round();
            double extracted = textRounds.round();
            reference = extractionFirst ? referenceRounds.round() : reference;
            ratios[round] = extracted / reference;
        }
        Rounds docxRounds = new Rounds("DOCX", docx, 1, extraction);
        Rounds pdfRounds = new Rounds("PDF", pdf, 1, extraction);
        for (int round = 0; round < OTHER_FORMAT_ROUNDS; round++) {
            docxRounds.round();
            pdfRounds.round();
        }
        double textPerSecond = textRounds.report();
        docxRounds.report();
        pdfRounds.report();
        double referencePerSecond = referenceRounds.report();
        Arrays.sort(ratios);
        double ratio = quantile(ratios, 0.5);
        System.out.printf(Locale.ROOT, "ratio of the %d pairs of rounds: median %.2f, quartiles %.2f–%.2f, min–max %.2f–%.2f; "
                        + "ratio of the medians %.2f%n", ratios.length, ratio, quantile(ratios, 0.25), quantile(ratios, 0.75),
                ratios[0], ratios[ratios.length - 1], textPerSecond / referencePerSecond);
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        System.out.printf(Locale.ROOT, "heap used after run: %.1f MB (max %.0f MB)%n",
                (runtime.totalMemory() - runtime.freeMemory()) / 1048576.0, runtime.maxMemory() / 1048576.0);
        System.out.printf(Locale.ROOT, "two-regex pass: %d paragraph numbers and month-year dates found%n", referenceMatches);
        System.out.printf(Locale.ROOT, "extraction: %.0f docs/s, %.2f of a two-regex pass%n", textPerSecond, ratio);
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

    /** The value at {@code q} (0 to 1) of sorted values, interpolated between the two nearest. */
    private static double quantile(double[] sorted, double q) {
        double at = q * (sorted.length - 1);
        int below = (int) Math.floor(at);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (at - below) * (sorted[above] - sorted[below]);
    }

    private static double percentile(long[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
