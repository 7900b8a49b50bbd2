package org.mandatetracker.entity;

import java.util.List;
import java.util.Map;

/** One entry of the entity registry: a UN body, office or actor with its names in the official languages. */
public record UnEntity(String code, String kind, Map<String, String> names, List<String> aliases) {

    public UnEntity {
        names = Map.copyOf(names);
        aliases = List.copyOf(aliases);
    }

    /** The name in the given language, falling back to English. */
    public String name(String language) {
        return names.getOrDefault(language, names.get("en"));
    }
}
