package org.mandatetracker.mandate.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import org.mandatetracker.base.ui.Labels;
import org.mandatetracker.base.ui.LocalFormats;
import org.mandatetracker.extraction.Body;

/** A document's body, language and adoption in words, as the import and document views show them. */
final class DocumentLabels {

    private DocumentLabels() {
    }

    /** "Security Council" for {@code SECURITY_COUNCIL}; a name no {@link Body} has stays as it is. */
    static String body(String body) {
        return Arrays.stream(Body.values()).filter(known -> known.name().equals(body)).map(Labels::of).findFirst()
                .orElse(body);
    }

    /** "French" for {@code fr}, in the reader's language ("français"). */
    static String language(String code) {
        return code == null ? "" : Locale.forLanguageTag(code).getDisplayLanguage(LocalFormats.locale());
    }

    /** "adopted 11 Dec 2020", "Draft", or "adoption date not given". */
    static String adoption(String status, LocalDate adopted) {
        if ("draft".equals(status)) {
            return I18NProvider.translate("document.draft");
        }
        return adopted == null ? I18NProvider.translate("document.adoptionNotGiven")
                : I18NProvider.translate("document.adopted", LocalFormats.date(adopted));
    }
}
