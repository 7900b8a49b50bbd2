package org.mandatetracker.entity;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry of United Nations actors, immutable and thread-safe. {@link #builtIn()} reads the
 * registry shipped with the product ({@code un-entities.json}, also the seed of the database); the
 * application may build one from its own list instead.
 *
 * <p>{@link #mentions(String)} finds every registry name in a text in any of the six languages,
 * longest name first, comparing stems so that inflected forms are found too.
 */
public final class EntityCatalog {

    private static final String RESOURCE = "/org/mandatetracker/entity/un-entities.json";
    private static volatile EntityCatalog builtIn;

    /** A registry name cut into stems, to be compared with a text's tokens. */
    private record Name(UnEntity entity, String[] stems, String surface, boolean caseSensitive) {
    }

    private record CjkName(UnEntity entity, String name) {
    }

    private record Registry(List<UnEntity> entities) {
    }

    private final List<UnEntity> entities;
    private final Map<String, UnEntity> byCode;
    private final Map<String, List<Name>> namesByFirstStem = new HashMap<>();
    private final List<CjkName> cjkNames = new ArrayList<>();

    public EntityCatalog(List<UnEntity> entities) {
        this.entities = List.copyOf(entities);
        Map<String, UnEntity> codes = new LinkedHashMap<>();
        for (UnEntity entity : this.entities) {
            if (codes.put(entity.code(), entity) != null) {
                throw new IllegalArgumentException("Duplicate entity code " + entity.code());
            }
            entity.names().values().forEach(name -> index(entity, name));
            entity.aliases().forEach(alias -> index(entity, alias));
        }
        this.byCode = Map.copyOf(codes);
        namesByFirstStem.values().forEach(names -> names.sort(Comparator.comparingInt((Name n) -> -n.stems().length)));
        cjkNames.sort(Comparator.comparingInt((CjkName n) -> -n.name().length()));
    }

    /** The registry shipped with the product. */
    public static EntityCatalog builtIn() {
        EntityCatalog catalog = builtIn;
        if (catalog == null) {
            synchronized (EntityCatalog.class) {
                if (builtIn == null) {
                    builtIn = load();
                }
                catalog = builtIn;
            }
        }
        return catalog;
    }

    private static EntityCatalog load() {
        ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        try (InputStream in = EntityCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            return new EntityCatalog(mapper.readValue(in, Registry.class).entities());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    public List<UnEntity> entities() {
        return entities;
    }

    public Optional<UnEntity> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** Every registry name in the text, in text order, without overlaps (the longest name wins). */
    public List<EntityMention> mentions(String text) {
        List<EntityMention> found = new ArrayList<>();
        List<NameTokens.Token> tokens = NameTokens.tokenize(text);
        for (int i = 0; i < tokens.size(); ) {
            Name match = longestNameAt(tokens, i);
            if (match == null) {
                i++;
                continue;
            }
            int last = i + match.stems().length - 1;
            found.add(new EntityMention(match.entity(), tokens.get(i).start(), tokens.get(last).end()));
            i = last + 1;
        }
        if (!cjkNames.isEmpty() && containsCjk(text)) {
            addCjkMentions(text, found);
        }
        return found;
    }

    private Name longestNameAt(List<NameTokens.Token> tokens, int at) {
        List<Name> candidates = namesByFirstStem.get(tokens.get(at).stem());
        if (candidates == null) {
            return null;
        }
        for (Name name : candidates) {
            if (at + name.stems().length > tokens.size()) {
                continue;
            }
            boolean same = !name.caseSensitive() || tokens.get(at).surface().equals(name.surface());
            for (int k = 1; same && k < name.stems().length; k++) {
                same = tokens.get(at + k).stem().equals(name.stems()[k]);
            }
            if (same) {
                return name;
            }
        }
        return null;
    }

    private void addCjkMentions(String text, List<EntityMention> found) {
        boolean[] taken = new boolean[text.length()];
        found.forEach(m -> java.util.Arrays.fill(taken, m.start(), m.end(), true));
        for (CjkName name : cjkNames) {
            for (int at = text.indexOf(name.name()); at >= 0; at = text.indexOf(name.name(), at + 1)) {
                int end = at + name.name().length();
                boolean free = true;
                for (int k = at; k < end && free; k++) {
                    free = !taken[k];
                }
                if (free) {
                    java.util.Arrays.fill(taken, at, end, true);
                    found.add(new EntityMention(name.entity(), at, end));
                }
            }
        }
        found.sort(Comparator.comparingInt(EntityMention::start));
    }

    private static boolean containsCjk(String text) {
        for (int i = 0; i < text.length(); i++) {
            // no Han character lies below U+2E80: the script lookup is skipped for all other text
            char c = text.charAt(i);
            if (c >= '\u2E80' && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                return true;
            }
        }
        return false;
    }

    private void index(UnEntity entity, String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        if (NameTokens.isCjk(name)) {
            cjkNames.add(new CjkName(entity, name));
            return;
        }
        List<NameTokens.Token> tokens = NameTokens.tokenize(name);
        if (tokens.isEmpty()) {
            return;
        }
        String[] stems = tokens.stream().map(NameTokens.Token::stem).toArray(String[]::new);
        // one-word names ("UN", "WHO", "Committee", "Panel") are only names when written as such
        boolean caseSensitive = stems.length == 1;
        namesByFirstStem.computeIfAbsent(stems[0], k -> new ArrayList<>())
                .add(new Name(entity, stems, tokens.get(0).surface(), caseSensitive));
    }
}
