package org.mandatetracker.security.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.mandatetracker.security.Language;

/**
 * The languages a person's pages may be written in, as My settings and the administration offer them:
 * first the browser's (empty: no language stored, {@link LanguageOfThePage} follows the browser), then
 * each language by its name in itself.
 */
final class LanguageChoices {

    static final List<Optional<Language>> ALL = Stream.concat(Stream.of(Optional.<Language>empty()),
            Arrays.stream(Language.values()).map(Optional::of)).toList();

    private LanguageChoices() {
    }

    static String label(Optional<Language> choice) {
        return choice.map(Language::label).orElseGet(() -> I18NProvider.translate("languages.browser"));
    }
}
