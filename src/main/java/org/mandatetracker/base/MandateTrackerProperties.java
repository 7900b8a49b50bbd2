package org.mandatetracker.base;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
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
 * @param baseUrl    the product's public address, for links in e-mails and calendar feeds, e.g.
 *                   {@code https://mandates.example.org} (no trailing slash)
 */
@Validated
@ConfigurationProperties("mandate-tracker")
public record MandateTrackerProperties(
        @DefaultValue("false") boolean demoUsers,
        @DefaultValue("false") boolean sampleData,
        @NotNull @DefaultValue("50MB") DataSize uploadLimit,
        @NotNull @DefaultValue("http://localhost:8080") URI baseUrl) {

    /** An absolute link to a path of the product, e.g. {@code link("tasks")}. */
    public String link(String path) {
        String base = baseUrl.toString();
        return (base.endsWith("/") ? base : base + "/") + path;
    }
}
