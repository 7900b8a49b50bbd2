package org.mandatetracker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.stream.StreamSupport;

/**
 * The report mandate of seed 000 (paragraph 25, due 30 September 2021, its draft on 19 August 2021),
 * imported under a fresh symbol by {@code manager} and assigned to DPO with a focal point.
 */
public final class AssignedReports {

    private AssignedReports() {
    }

    /** Answers the mandate as the import listed it: {@code id}, {@code processInstanceId}, … */
    public static JsonNode importAndAssign(WebClientSession client, ObjectMapper json, String symbol, String focalPoint)
            throws IOException {
        HttpResponse<String> imported = TestResolutions.importText(client, TestResolutions.seed000As(symbol), "manager",
                "demo");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        JsonNode report = StreamSupport.stream(json.readTree(imported.body()).get("mandates").spliterator(), false)
                .filter(mandate -> "25".equals(mandate.get("paragraph").asText())).findFirst().orElseThrow();
        HttpResponse<String> assigned = client.sendJson("PUT", "/api/mandates/" + report.get("id").asLong() + "/owner",
                "{\"entity\": \"DPO\", \"focalPoint\": \"" + focalPoint + "\"}", "manager", "demo");
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
        return report;
    }
}
