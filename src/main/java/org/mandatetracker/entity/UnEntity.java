package org.mandatetracker.entity;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A United Nations actor that resolutions address or mention.
 *
 * @param code    the registry code used everywhere else ("SECRETARY_GENERAL", "DPO", "UNSOM" …)
 * @param kind    what sort of actor it is: {@code BODY} (an organ that adopts resolutions),
 *                {@code OFFICIAL}, {@code ORGANIZATION}, {@code SECRETARIAT} (department or office),
 *                {@code FUND_PROGRAMME}, {@code SPECIALIZED_AGENCY}, {@code SUBSIDIARY_BODY},
 *                {@code MISSION}, {@code GENERIC} (a class of actors such as peacekeeping operations)
 *                or {@code RELATED_ORGANIZATION} (autonomous, e.g. the IAEA)
 * @param names   official name by language code: en, fr, es, ru, ar, zh
 * @param aliases other names and abbreviations in any language, including inflected forms
 */
public record UnEntity(String code, String kind, Map<String, String> names, List<String> aliases) {

    public UnEntity {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        names = Map.copyOf(names == null ? Map.of() : names);
        aliases = List.copyOf(aliases == null ? List.of() : aliases);
    }

    /** Whether a request to this actor is a mandate for the Organization (organs and outsiders are not). */
    public boolean canBeMandated() {
        return !kind.equals("BODY") && !kind.equals("RELATED_ORGANIZATION");
    }

    /** The name in the given language, falling back to English. */
    public String name(String language) {
        return names.getOrDefault(language, names.get("en"));
    }

    /** Whether this is one of the organs that adopt resolutions and receive reports. */
    public boolean isBody() {
        return kind.equals("BODY");
    }
}
