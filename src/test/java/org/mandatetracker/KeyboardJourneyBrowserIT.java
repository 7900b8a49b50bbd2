package org.mandatetracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.mandatetracker.security.Role;
import org.mandatetracker.security.UserService;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The main journey by keyboard alone, as someone who cannot use a mouse goes through it: staff reaches
 * the upload button and imports a file with a corrected due date; a manager filters the register to
 * the resolution's reports, opens one and assigns it; the focal point completes the task. Only Tab,
 * typing, Space and Enter: nothing is clicked. The operating system's file dialog is the one step a
 * test cannot drive; the test hands it the file as that dialog would. H2 only, as the other browser tests.
 */
@IntegrationTest
@DisabledIfSystemProperty(named = TestDatabaseProfiles.PROPERTY, matches = "mariadb")
class KeyboardJourneyBrowserIT {

    private static final String PASSWORD = "demo";

    @LocalServerPort
    int port;
    @Autowired
    UserService users;

    @Test
    @WithMockUser(roles = "ADMIN")
    void importAssignAndCompleteWorkByKeyboardAlone(@TempDir Path files) throws Exception {
        String focalPoint = TestUsers.fresh(users, "keys", "Keyboard Focal Point", Role.STAFF);
        String symbol = TestResolutions.freshSymbol();
        Path resolution = Files.writeString(files.resolve("keyboard.txt"), TestResolutions.seed000As(symbol));
        Browser.walk(port, "keyboard-journey", browser -> {
            walkThrough(browser, symbol, resolution, focalPoint);
        });
    }

    private void walkThrough(Browser browser, String symbol, Path resolution, String focalPoint) {
        browser.signIn("staff", PASSWORD);
        browser.open("/import");
        browser.tabUntil("the upload button", button("Choose files…"));
        browser.upload(resolution);
        browser.waitForText("Confirm");
        browser.tabUntil("the first due date", "focused.closest('vaadin-date-picker')"
                + " && focused.closest('vaadin-date-picker').label === 'Due'");
        browser.press(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        browser.press("15/10/2030", Keys.ENTER);
        browser.tabUntil("Confirm", button("Confirm"));
        browser.press(Keys.ENTER);
        browser.waitForText("Imported 1");

        browser.signOut();
        browser.signIn("manager", PASSWORD);
        browser.open("/?all=true");
        browser.waitForText("Mandates");
        browser.tabUntil("the kind filter", field("vaadin-combo-box", "Kind"));
        browser.press("Report");
        browser.press(Keys.ARROW_DOWN, Keys.ENTER);
        browser.waitForAddressContaining("kind=REPORT");
        browser.tabUntil("the search", field("vaadin-text-field", "Search"));
        browser.press(symbol, Keys.ENTER);
        browser.waitForAddressContaining("q=" + symbol);
        browser.tabUntil("the first row", "/body-cell/.test(focused.getAttribute('part') || '')");
        browser.press(Keys.SPACE);
        browser.waitForText(symbol + ", paragraph");
        assertThat(browser.currentPath()).startsWith("/mandates/");
        browser.tabUntil("the lead entity", field("vaadin-combo-box", "Lead entity"));
        browser.press("DPO");
        browser.waitForText("Department of Peace Operations");
        browser.press(Keys.ARROW_DOWN, Keys.ENTER);
        browser.tabUntil("the focal point", field("vaadin-combo-box", "Focal point"));
        browser.press(focalPoint);
        browser.waitForText("Keyboard Focal Point");
        browser.press(Keys.ARROW_DOWN, Keys.ENTER);
        browser.tabUntil("Assign", button("Assign"));
        browser.press(Keys.ENTER);
        browser.waitForText("focal point " + focalPoint);

        browser.signOut();
        browser.signIn(focalPoint, TestUsers.PASSWORD);
        browser.open("/tasks");
        browser.tabUntil("the filter of my own tasks", "focused.closest('vaadin-checkbox')");
        browser.press(Keys.SPACE);
        browser.waitForText(symbol);
        browser.tabUntil("the task row", "/body-cell/.test(focused.getAttribute('part') || '')");
        browser.press(Keys.SPACE);
        browser.waitForText("Prepare report");
        browser.tabUntil("Mark as done", button("Mark as done"));
        browser.press(Keys.ENTER);
        assertThat(browser.notifications()).contains("Done");
    }

    private static String button(String text) {
        return "focused.tagName === 'VAADIN-BUTTON' && focused.textContent.trim() === '" + text + "'";
    }

    private static String field(String tag, String label) {
        return "focused.closest('" + tag + "') && focused.closest('" + tag + "').label === '" + label + "'";
    }
}
