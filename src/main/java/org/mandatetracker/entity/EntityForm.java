package org.mandatetracker.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an administrator types to add or edit an entity of the registry: its names in the six official
 * languages (English required) and its other names, one per line in the form.
 */
public record EntityForm(
        @NotBlank(message = "{validation.entity.code.required}") @Size(max = 40, message = "{validation.atMost}")
        @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "{validation.entity.code.pattern}")
        String code,
        @NotNull(message = "{validation.entity.kind.required}") EntityKind kind,
        @NotBlank(message = "{validation.entity.nameEn.required}") @Size(max = 300, message = "{validation.atMost}") String nameEn,
        @Size(max = 300, message = "{validation.atMost}") String nameFr,
        @Size(max = 300, message = "{validation.atMost}") String nameEs,
        @Size(max = 300, message = "{validation.atMost}") String nameRu,
        @Size(max = 300, message = "{validation.atMost}") String nameAr,
        @Size(max = 300, message = "{validation.atMost}") String nameZh,
        @Size(max = 100, message = "{validation.entity.aliases.atMost}")
        List<@NotBlank(message = "{validation.entity.alias.required}") @Size(max = 300, message = "{validation.atMost}") String> aliases) {

    public EntityForm {
        aliases = aliases == null ? List.of() : aliases.stream().map(String::strip).filter(alias -> !alias.isEmpty()).toList();
    }

    /** The form of an entity as it stands, to edit it. */
    public static EntityForm of(UnEntity entity) {
        return new EntityForm(entity.code(), EntityKind.valueOf(entity.kind()), entity.names().get("en"),
                entity.names().get("fr"), entity.names().get("es"), entity.names().get("ru"), entity.names().get("ar"),
                entity.names().get("zh"), entity.aliases());
    }

    /** The names given, by language code, blank ones left out. */
    public Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        put(names, "en", nameEn);
        put(names, "fr", nameFr);
        put(names, "es", nameEs);
        put(names, "ru", nameRu);
        put(names, "ar", nameAr);
        put(names, "zh", nameZh);
        return names;
    }

    private static void put(Map<String, String> names, String language, String name) {
        if (name != null && !name.isBlank()) {
            names.put(language, name.strip());
        }
    }
}
