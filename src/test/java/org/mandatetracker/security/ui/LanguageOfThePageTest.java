package org.mandatetracker.security.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.server.VaadinRequest;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mandatetracker.security.CurrentUser;
import org.mandatetracker.security.Language;
import org.mandatetracker.security.ReminderDelivery;
import org.mandatetracker.security.Role;
import org.mandatetracker.security.UserAccount;

/** A signed-in person's pages are in their language; one who chose their browser's reads the browser's, else English. */
class LanguageOfThePageTest {

    @Test
    void aPersonWhoFollowsTheirBrowserReadsItsLanguage() {
        LanguageOfThePage page = new LanguageOfThePage(signedIn(null));

        assertThat(page.localeOf(browser("fr-CH", "de"))).isEqualTo(Locale.FRENCH);
    }

    @Test
    void aBrowserInALanguageTheProductDoesNotSpeakGetsEnglish() {
        LanguageOfThePage page = new LanguageOfThePage(signedIn(null));

        assertThat(page.localeOf(browser("de", "es"))).isEqualTo(Locale.UK);
    }

    @Test
    void aPersonsOwnLanguageOutranksTheBrowsers() {
        LanguageOfThePage page = new LanguageOfThePage(signedIn(Language.FR));

        assertThat(page.localeOf(browser("en-GB"))).isEqualTo(Locale.FRENCH);
    }

    private static CurrentUser signedIn(Language language) {
        CurrentUser currentUser = mock(CurrentUser.class);
        when(currentUser.account()).thenReturn(Optional.of(new UserAccount("someone", "Some One", null, "DPO",
                Set.of(Role.STAFF), true, language, ReminderDelivery.SINGLE, null)));
        when(currentUser.languageOfReader(anyList())).thenCallRealMethod();
        return currentUser;
    }

    /** A request whose Accept-Language lists these languages, best first. */
    private static VaadinRequest browser(String... languageTags) {
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getHeader("Accept-Language")).thenReturn(String.join(",", languageTags));
        List<Locale> locales = Arrays.stream(languageTags).map(Locale::forLanguageTag).toList();
        when(request.getLocales()).thenAnswer(asked -> Collections.enumeration(locales));
        return request;
    }
}
