package org.mandatetracker.extraction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.mandatetracker.TestCorpus;
import org.mandatetracker.document.DocumentReadException;

/**
 * Throughput of reading and extraction over the whole test corpus (texts and seeds), text, DOCX and PDF apart: documents
 * per second, MB per second, p50/p95 milliseconds per document and heap used. Not a test: it prints
 * figures (see docs/extraction.md for the command).
 */
public final class ExtractionBenchmark {

    private static final int WARM_UP_ROUNDS = 5;
    private static final int MEASURED_ROUNDS = 10;

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
        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            run(extractor, text);
            run(extractor, docx);
            run(extractor, pdf);
        }
        report("text (txt, md)", extractor, text);
        report("DOCX", extractor, docx);
        report("PDF", extractor, pdf);
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        System.out.printf(Locale.ROOT, "heap used after run: %.1f MB (max %.0f MB)%n",
                (runtime.totalMemory() - runtime.freeMemory()) / 1048576.0, runtime.maxMemory() / 1048576.0);
    }

    private static void report(String label, MandateExtractor extractor, List<Input> inputs) {
        List<Long> nanos = new ArrayList<>();
        long bytes = inputs.stream().mapToLong(i -> i.content().length).sum() * MEASURED_ROUNDS;
        long start = System.nanoTime();
        for (int round = 0; round < MEASURED_ROUNDS; round++) {
            nanos.addAll(run(extractor, inputs));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%-15s %4d docs × %d rounds: %7.1f docs/s, %6.2f MB/s, p50 %6.2f ms, p95 %6.2f ms%n",
                label, inputs.size(), MEASURED_ROUNDS, sorted.length / seconds, bytes / 1048576.0 / seconds,
                percentile(sorted, 50), percentile(sorted, 95));
    }

    private static List<Long> run(MandateExtractor extractor, List<Input> inputs) {
        List<Long> nanos = new ArrayList<>(inputs.size());
        for (Input input : inputs) {
            long start = System.nanoTime();
            try {
                extractor.extract(input.name(), input.content());
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
