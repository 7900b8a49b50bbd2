package org.mandatetracker.mandate.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.mandatetracker.mandate.Mandate;

/** The short form of a mandate in API answers. */
final class MandateJson {

    private MandateJson() {
    }

    static Map<String, Object> summary(Mandate mandate) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", mandate.id());
        json.put("paragraph", mandate.paragraph());
        json.put("kind", mandate.kind());
        json.put("due", mandate.due());
        json.put("processInstanceId", mandate.processInstanceId());
        if (mandate.renews() != null) {
            json.put("renews", mandate.renews());
        }
        return json;
    }
}
