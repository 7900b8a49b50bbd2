package org.mandatetracker.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * Keeps the UI's message bundles in sync: English and French have the same keys, none empty, with the
 * same placeholders; every key is used by the code and every key the code uses exists. A key is used
 * when {@code src/main/java} passes it as a literal to {@code getTranslation("…")} or
 * {@code I18NProvider.translate("…")}, to an exception's constructor ({@code new RefusedException("…")}), {@code Message.of("…")} or
 * {@code LocalText.of(locale, "…")} or
 * as a menu entry's title {@code @Menu(title = "…")} (MainLayout translates it), names it as a bean-validation message template ({@code "{…}"}),
 * or it is the {@link Translatable#messageKey()} of a constant of an enum that is {@link Translatable}, or
 * {@code bpmn.<id>} of a named element or process of a model under {@code bpmn/} (the process diagram's names).
 */
class TranslationsSyncTest {

    private static final Path BUNDLES = Path.of("src/main/resources/vaadin-i18n");
    private static final Pattern LITERAL_KEY = Pattern.compile(
            "(?:getTranslation|translate|@Menu)\\(\\s*(?:title\\s*=\\s*)?\"([^\"]+)\"");
    /**
     * An exception's, a {@code Message}'s or a {@code LocalText}'s key, a literal shaped like one ({@code import.refused.busy}),
     * after the arguments that come before it ({@code new PasswordChangeRefusedException(field, "…")}, {@code LocalText.of(locale, "…")}).
     */
    private static final Pattern REFUSAL_KEY = Pattern.compile(
            "(?:Exception|Message\\.of|LocalText\\.of)\\([^\";]*\"([a-z]\\w*(?:\\.\\w+)+)\"");
    private static final Pattern MESSAGE_TEMPLATE = Pattern.compile("\"\\{(validation\\.[\\w.]+)}\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    /** A single quote that MessageFormat would swallow: in a text with placeholders it must be doubled. */
    private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");

    private static Map<String, String> english;
    private static Map<String, String> french;

    @BeforeAll
    static void readBundles() throws IOException {
        english = read(BUNDLES.resolve("translations.properties"));
        french = read(BUNDLES.resolve("translations_fr.properties"));
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(french.keySet()).as("keys in French").containsExactlyInAnyOrderElementsOf(english.keySet());
    }

    @Test
    void noTextIsEmpty() {
        assertThat(keysWithEmptyText(english)).as("empty in English").isEmpty();
        assertThat(keysWithEmptyText(french)).as("empty in French").isEmpty();
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Set<String> missing = new TreeSet<>(usedKeys());
        missing.removeAll(english.keySet());
        assertThat(missing).as("keys the code uses that the bundles lack").isEmpty();
    }

    @Test
    void everyKeyIsUsedByTheCode() throws IOException {
        Set<String> unused = new TreeSet<>(english.keySet());
        unused.removeAll(usedKeys());
        assertThat(unused).as("keys no code uses").isEmpty();
    }

    @Test
    void bothLanguagesHaveTheSamePlaceholders() {
        Map<String, String> differing = new TreeMap<>();
        english.forEach((key, text) -> {
            if (french.containsKey(key) && !placeholders(text).equals(placeholders(french.get(key)))) {
                differing.put(key, text + "  ≠  " + french.get(key));
            }
        });
        assertThat(differing).isEmpty();
    }

    @Test
    void quotesInTextsWithPlaceholdersAreDoubled() {
        assertThat(keysWithLoneQuotes(english)).as("in English").isEmpty();
        assertThat(keysWithLoneQuotes(french)).as("in French").isEmpty();
    }

    @Test
    void frenchWritesTheTypographicApostrophe() {
        assertThat(french.entrySet()).filteredOn(entry -> entry.getValue().contains("'"))
                .as("texts with a straight apostrophe, where French typography wants ’").isEmpty();
    }

    private static Set<String> usedKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                collect(LITERAL_KEY.matcher(code), keys);
                collect(REFUSAL_KEY.matcher(code), keys);
                collect(MESSAGE_TEMPLATE.matcher(code), keys);
            }
        }
        keys.addAll(enumKeys());
        keys.addAll(modelKeys());
        return keys;
    }

    /** The process models' named elements and processes, whose names the diagram reads as {@code bpmn.<id>}. */
    private static Set<String> modelKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> models = Files.list(Path.of("bpmn"))) {
            for (Path file : models.filter(path -> path.toString().endsWith(".bpmn")).toList()) {
                BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
                Stream.<BaseElement>concat(
                                model.getModelElementsByType(FlowElement.class).stream().filter(element -> element.getName() != null),
                                model.getModelElementsByType(Process.class).stream().filter(process -> process.getName() != null))
                        .forEach(named -> keys.add("bpmn." + named.getId()));
            }
        }
        assertThat(keys).as("names in the process models").isNotEmpty();
        return keys;
    }

    private static void collect(Matcher matches, Set<String> keys) {
        while (matches.find()) {
            keys.add(matches.group(1));
        }
    }

    private static Set<String> enumKeys() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent() && !definition.getMetadata().isInterface();
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(Translatable.class));
        Set<String> keys = new TreeSet<>();
        for (BeanDefinition found : scanner.findCandidateComponents("org.mandatetracker")) {
            Class<?> type = classNamed(found.getBeanClassName());
            if (type.isEnum()) {
                Arrays.stream(type.getEnumConstants()).map(constant -> ((Translatable) constant).messageKey())
                        .forEach(keys::add);
            }
        }
        assertThat(keys).as("keys of Translatable enums").isNotEmpty();
        return keys;
    }

    private static Class<?> classNamed(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        collect(PLACEHOLDER.matcher(text), found);
        return found;
    }

    private static Set<String> keysWithEmptyText(Map<String, String> bundle) {
        return bundle.entrySet().stream().filter(entry -> entry.getValue().isBlank()).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> keysWithLoneQuotes(Map<String, String> bundle) {
        return bundle.entrySet().stream()
                .filter(entry -> PLACEHOLDER.matcher(entry.getValue()).find()
                        && LONE_QUOTE.matcher(entry.getValue()).find())
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Map<String, String> read(Path bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> texts = new TreeMap<>();
        properties.forEach((key, text) -> texts.put((String) key, (String) text));
        return texts;
    }
}
