package org.mandatetracker;

import java.nio.file.Path;

/**
 * Where the real documents the tests read live: {@code src/test/resources/corpus} (texts, labels and
 * seeds, with their provenance in {@code SOURCES.md}). Maven runs tests from the project directory,
 * so the relative path holds in a fresh clone.
 */
public final class TestCorpus {

    /** The test resources folder; document paths below it start with {@code corpus/}. */
    public static final Path RESOURCES = Path.of("src", "test", "resources");
    /** The corpus: {@code texts/}, {@code seeds/} and {@code labels/}, whose {@code "file"} is relative to it. */
    public static final Path CORPUS = RESOURCES.resolve("corpus");
    public static final Path TEXTS = CORPUS.resolve("texts");
    public static final Path SEEDS = CORPUS.resolve("seeds");
    public static final Path LABELS = CORPUS.resolve("labels");

    private TestCorpus() {
    }
}
