package org.mandatetracker;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How long each view takes to show in a real browser, against a running application: from the address
 * being opened to the page standing still (Vaadin's client idle, so the grid's first page and the
 * dashboard's figures are in). Prints the median and the slowest of a few visits per view, after one
 * visit to warm up. Usage: {@code ViewTimings <port> <user> <password> <path>…}, e.g.
 * {@code 8080 manager demo /dashboard "/?all=true" /tasks}; see docs/benchmarks.md.
 */
public final class ViewTimings {

    private static final int VISITS = 5;

    private ViewTimings() {
    }

    public static void main(String[] arguments) {
        if (arguments.length < 4) {
            System.err.println("usage: ViewTimings <port> <user> <password> <path>…");
            System.exit(2);
        }
        List<String> paths = Arrays.asList(arguments).subList(3, arguments.length);
        try (Browser browser = new Browser(Integer.parseInt(arguments[0]))) {
            browser.signIn(arguments[1], arguments[2]);
            for (String path : paths) {
                browser.open(path);
                List<Long> millis = new ArrayList<>();
                for (int visit = 0; visit < VISITS; visit++) {
                    long start = System.nanoTime();
                    browser.open(path);
                    millis.add((System.nanoTime() - start) / 1_000_000);
                }
                millis.sort(Long::compare);
                System.out.printf("view %-40s median %5d ms, slowest %5d ms (%s, %d visits)%n", path,
                        millis.get(VISITS / 2), millis.get(VISITS - 1), arguments[1], VISITS);
            }
        }
    }
}
