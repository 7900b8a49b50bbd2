package org.mandatetracker.extraction.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mandatetracker.document.DocumentReadException;
import org.mandatetracker.document.DocumentReaders;
import org.mandatetracker.extraction.ExtractionJson;
import org.mandatetracker.extraction.MandateExtractor;
import org.mandatetracker.extraction.NotAResolutionException;

/**
 * {@code java -jar mandate-tracker.jar extract FILE…}: prints one JSON object per file (an array
 * when several are given). Exit code 0 when every file is a resolution, 3 when one is not (its object
 * has an "error" field), 2 when one cannot be read (message on stderr, and an object with "error" so
 * that the output still has one entry per file); with several files, the worst code.
 */
public final class ExtractCommand {

    public static final int OK = 0;
    public static final int UNREADABLE = 2;
    public static final int NOT_A_RESOLUTION = 3;
    private static final String LOGGING_CONFIGURATION = "org/mandatetracker/extraction/cli/logback-cli.xml";

    private ExtractCommand() {
    }

    /**
     * Entry point from {@code main}: keeps the libraries' logging off standard output, which carries
     * the JSON, then runs the command.
     */
    public static int runFromCommandLine(String[] args) {
        System.setProperty("logback.configurationFile", LOGGING_CONFIGURATION);
        PrintStream json = System.out;
        System.setOut(System.err);
        return run(Arrays.asList(args).subList(1, args.length), json, System.err);
    }

    public static int run(List<String> files, PrintStream out, PrintStream err) {
        if (files.isEmpty()) {
            err.println("usage: java -jar mandate-tracker.jar extract FILE…");
            return UNREADABLE;
        }
        ObjectMapper mapper = ExtractionJson.mapper();
        MandateExtractor extractor = MandateExtractor.defaults();
        List<Object> results = new ArrayList<>();
        int worst = OK;
        for (String file : files) {
            try {
                results.add(extractor.extract(DocumentReaders.read(Path.of(file))));
            } catch (NotAResolutionException e) {
                results.add(error(mapper, file, e.getMessage()));
                worst = Math.max(worst, NOT_A_RESOLUTION);
            } catch (DocumentReadException e) {
                err.println(file + ": " + e.getMessage());
                results.add(error(mapper, file, e.getMessage()));
                worst = Math.max(worst, UNREADABLE);
            }
        }
        try {
            Object output = results.size() == 1 ? results.get(0) : results;
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(output));
        } catch (JsonProcessingException e) {
            err.println("Cannot write the result as JSON: " + e.getMessage());
            return UNREADABLE;
        }
        out.flush();
        return worst;
    }

    private static ObjectNode error(ObjectMapper mapper, String file, String message) {
        return mapper.createObjectNode().put("file", file).put("error", message);
    }
}
