package org.mandatetracker.base;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Product settings under {@code mandate-tracker.*}.
 *
 * @param demoUsers  create the demo users {@code staff}, {@code manager} and {@code admin} (password
 *                   {@code demo}) at start-up; only the embedded demo configuration turns this on
 * @param sampleData import the sample resolutions at first start (embedded demo configuration)
 * @param uploadLimit the largest document an import accepts
 * @param requestBodyLimit the largest body of any other API request (JSON), refused before it is read
 * @param concurrentExtractions how many documents are read and extracted at once; more wait
 * @param extractionWait how long an import waits for its turn before it is refused with 503
 * @param baseUrl    the product's public address, for links in e-mails and calendar feeds, e.g.
 *                   {@code https://mandates.example.org} (no trailing slash)
 */
@Validated
@ConfigurationProperties("mandate-tracker")
public record MandateTrackerProperties(
        @DefaultValue("false") boolean demoUsers,
        @DefaultValue("false") boolean sampleData,
        @NotNull @DefaultValue("50MB") DataSize uploadLimit,
        @NotNull @DefaultValue("1MB") DataSize requestBodyLimit,
        @Min(1) @DefaultValue("2") int concurrentExtractions,
        @NotNull @DefaultValue("20s") Duration extractionWait,
        @NotNull @DefaultValue("http://localhost:8080") URI baseUrl) {

    /** An absolute link to a path of the product, e.g. {@code link("tasks")}. */
    public String link(String path) {
        String base = baseUrl.toString();
        return (base.endsWith("/") ? base : base + "/") + path;
    }
}
