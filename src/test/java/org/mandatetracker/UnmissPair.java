package org.mandatetracker;

import java.io.IOException;
import java.nio.file.Files;

/**
 * The real UNMISS renewal, S/RES/2677 (2023) renewed by S/RES/2729 (2024) (corpus/texts, SOURCES.md), each
 * under a number no earlier run used, the later one naming the earlier by its new number as the original does.
 */
public record UnmissPair(String earlierNumber, String earlierText, String laterNumber, String laterText) {

    public static UnmissPair fresh() throws IOException {
        String earlier = number(TestResolutions.freshSymbol());
        String later = number(TestResolutions.freshSymbol());
        return new UnmissPair(earlier,
                Files.readString(TestCorpus.TEXTS.resolve("S-RES-2677-2023-en.txt")).replace("2677 (2023)", earlier + " (2023)"),
                later,
                Files.readString(TestCorpus.TEXTS.resolve("S-RES-2729-2024-en.txt")).replace("2677 (2023)", earlier + " (2023)")
                        .replace("2729 (2024)", later + " (2024)"));
    }

    public String earlierSymbol() {
        return "S/RES/" + earlierNumber + " (2023)";
    }

    public String laterSymbol() {
        return "S/RES/" + laterNumber + " (2024)";
    }

    private static String number(String symbol) {
        return symbol.substring("S/RES/".length(), symbol.indexOf(' '));
    }
}
