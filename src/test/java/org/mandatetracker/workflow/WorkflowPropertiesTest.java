package org.mandatetracker.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class WorkflowPropertiesTest {

    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

    @AfterAll
    static void closeValidation() {
        VALIDATION.close();
    }

    @Test
    void defaultsToSixAndThreeWeeksTwelveCyclesAndTheSystemZone() {
        assertThat(bind(Map.of())).isEqualTo(new WorkflowProperties(Period.ofDays(42), Period.ofDays(21), 12, ZoneId.systemDefault()));
    }

    @Test
    void readsPeriodsInIsoOrSimpleFormAndAZone() {
        WorkflowProperties properties = bind(Map.of(
                "mandate-tracker.workflow.report-lead-time", "8w",
                "mandate-tracker.workflow.review-lead-time", "P30D",
                "mandate-tracker.workflow.max-cycles", "5",
                "mandate-tracker.workflow.zone", "America/New_York"));

        assertThat(properties).isEqualTo(new WorkflowProperties(Period.ofDays(56), Period.ofDays(30), 5, ZoneId.of("America/New_York")));
        assertThat(violations(properties)).isEmpty();
    }

    @Test
    void aReviewDueBeforeTheDraftIsRefused() {
        assertThat(violations(new WorkflowProperties(Period.ofDays(21), Period.ofDays(42), 12, null)))
                .containsExactly("review-lead-time must be at least zero and shorter than report-lead-time");
    }

    @Test
    void aReviewDueAfterTheReportingDateIsRefused() {
        assertThat(violations(new WorkflowProperties(Period.ofDays(42), Period.ofDays(-1), 12, null)))
                .containsExactly("review-lead-time must be at least zero and shorter than report-lead-time");
    }

    @Test
    void atLeastOneCycleIsRequired() {
        assertThat(violations(new WorkflowProperties(Period.ofDays(42), Period.ofDays(21), 0, null))).hasSize(1);
    }

    private static WorkflowProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("mandate-tracker.workflow", WorkflowProperties.class);
    }

    private static List<String> violations(WorkflowProperties properties) {
        return VALIDATION.getValidator().validate(properties).stream().map(ConstraintViolation::getMessage).toList();
    }
}
