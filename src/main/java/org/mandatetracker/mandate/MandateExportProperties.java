package org.mandatetracker.mandate;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the register's export under {@code mandate-tracker.export}.
 *
 * @param rowLimit the most rows one export writes; a filter that selects more is refused, so a request stays bounded
 * @param pageSize how many rows the export reads from the database at a time
 */
@Validated
@ConfigurationProperties("mandate-tracker.export")
public record MandateExportProperties(
        @Positive @DefaultValue("200000") int rowLimit,
        @Positive @DefaultValue("1000") int pageSize) {
}
