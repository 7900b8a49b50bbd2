package org.mandatetracker.entity.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mandatetracker.entity.UnEntity;

@Entity
@Table(name = "un_entity")
public class EntityRecord {

    @Id
    private String code;

    @Column(nullable = false)
    private String kind;

    @Column(name = "name_en", nullable = false)
    private String nameEn;
    @Column(name = "name_fr")
    private String nameFr;
    @Column(name = "name_es")
    private String nameEs;
    @Column(name = "name_ru")
    private String nameRu;
    @Column(name = "name_ar")
    private String nameAr;
    @Column(name = "name_zh")
    private String nameZh;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "un_entity_alias", joinColumns = @JoinColumn(name = "entity_code"))
    @Column(name = "alias", nullable = false)
    @OrderColumn(name = "position")
    private List<String> aliases = new ArrayList<>();

    @Column(nullable = false)
    private boolean retired;

    protected EntityRecord() {
    }

    public EntityRecord(String code) {
        this.code = code;
    }

    /** Takes the kind, names (by language code; English required) and other names given. */
    public void describe(String kind, Map<String, String> names, List<String> aliases) {
        this.kind = kind;
        this.nameEn = names.get("en");
        this.nameFr = names.get("fr");
        this.nameEs = names.get("es");
        this.nameRu = names.get("ru");
        this.nameAr = names.get("ar");
        this.nameZh = names.get("zh");
        this.aliases.clear();
        this.aliases.addAll(aliases);
    }

    public boolean isRetired() {
        return retired;
    }

    public void setRetired(boolean retired) {
        this.retired = retired;
    }

    public UnEntity toEntity() {
        Map<String, String> names = new LinkedHashMap<>();
        putIfPresent(names, "en", nameEn);
        putIfPresent(names, "fr", nameFr);
        putIfPresent(names, "es", nameEs);
        putIfPresent(names, "ru", nameRu);
        putIfPresent(names, "ar", nameAr);
        putIfPresent(names, "zh", nameZh);
        return new UnEntity(code, kind, names, aliases);
    }

    private static void putIfPresent(Map<String, String> names, String language, String name) {
        if (name != null) {
            names.put(language, name);
        }
    }
}
