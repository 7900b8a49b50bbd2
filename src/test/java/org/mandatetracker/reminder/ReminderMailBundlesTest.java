package org.mandatetracker.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The French e-mails say everything the English ones say, in French typography. */
class ReminderMailBundlesTest {

    @Test
    void theFrenchBundleHasEveryKeyOfTheEnglishOne() throws IOException {
        Set<String> english = keys("ReminderMail.properties");
        Set<String> french = keys("ReminderMail_fr.properties");

        assertThat(french).containsAll(english);
        assertThat(french.stream().filter(key -> !english.contains(key)).collect(Collectors.toSet()))
                .as("only the task names, which the English ones take from the models")
                .allMatch(key -> key.startsWith("task."));
    }

    @Test
    void theFrenchOnesWriteTheTypographicApostrophe() throws IOException {
        Properties french = read("ReminderMail_fr.properties");

        assertThat(french.stringPropertyNames()).filteredOn(key -> french.getProperty(key).contains("'"))
                .as("texts with a straight apostrophe, where French typography wants ’").isEmpty();
    }

    private static Set<String> keys(String bundle) throws IOException {
        return read(bundle).stringPropertyNames();
    }

    private static Properties read(String bundle) throws IOException {
        try (InputStream in = ReminderMail.class.getResourceAsStream(bundle)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
