package org.mandatetracker.mandate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.mandatetracker.MandateTrackerApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Times what the register asks the database each time it is shown: the count and the first page (50
 * rows, soonest due first), on whatever the database of the active profile holds (by default the
 * sample data). Prints the rows counted and p50/max of 100 rounds after 20 of warm-up. A measurement,
 * not a test: run it as docs/benchmarks.md says.
 */
public final class RegisterBenchmark {

    private static final int WARM_UP = 20;
    private static final int ROUNDS = 100;
    private static final int PAGE = 50;

    private RegisterBenchmark() {
    }

    public static void main(String[] args) {
        // the port as an argument: application.yml's 8080 wins over a default property
        String[] arguments = Stream.concat(Stream.of(args), Stream.of("--server.port=0")).toArray(String[]::new);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(MandateTrackerApplication.class)
                .properties("logging.level.root=WARN").run(arguments)) {
            MandateService mandates = app.getBean(MandateService.class);
            // the demo user "manager": the view reads the current user, the service only needs someone signed in
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    "manager", null, List.of(new SimpleGrantedAuthority("ROLE_MANAGER"))));
            for (MandateFilter filter : List.of(MandateFilter.ALL, MandateFilter.ALL.withStatus(StatusFilter.OVERDUE)
                    .withQuery("report"))) {
                List<Long> micros = new ArrayList<>();
                long rows = 0;
                for (int round = 0; round < WARM_UP + ROUNDS; round++) {
                    long begin = System.nanoTime();
                    rows = mandates.count(filter);
                    mandates.page(filter, List.of(), 0, PAGE);
                    if (round >= WARM_UP) {
                        micros.add((System.nanoTime() - begin) / 1000);
                    }
                }
                Collections.sort(micros);
                System.out.printf("%s: %d rows · count + first page p50 %.1f ms · max %.1f ms%n",
                        MandateFilterParameters.of(filter), rows, micros.get(micros.size() / 2) / 1000.0,
                        micros.get(micros.size() - 1) / 1000.0);
            }
        }
    }
}
