package org.mandatetracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Import with the preview in a real browser: staff drops two resolutions and a draft at once, moves a
 * due date in one preview, confirms both, reads one summary (the draft refused with its reason) and
 * follows its links to a document and to the register filtered to that resolution; an admin deletes
 * the other, told first how many processes end. H2 only, as the other browser tests.
 */
@IntegrationTest
@DisabledIfSystemProperty(named = TestDatabaseProfiles.PROPERTY, matches = "mariadb")
class ImportBrowserIT {

    private static final String PASSWORD = "demo";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void staffPreviewsCorrectsAndConfirmsTwoFilesAndFindsThem(@TempDir Path files) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        String first = TestResolutions.freshSymbol();
        String second = TestResolutions.freshSymbol();
        Path firstFile = Files.writeString(files.resolve("first.txt"), TestResolutions.seed000As(first));
        Path secondFile = Files.writeString(files.resolve("second.txt"), TestResolutions.seed000As(second));
        Path draft = Files.copy(TestCorpus.TEXTS.resolve("draft-S-2024-835-en.pdf"), files.resolve("S-2024-835.pdf"));
        Browser.walk(port, "import", browser -> {
            browser.signIn("staff", PASSWORD);
            browser.open("/import");
            browser.upload(firstFile, secondFile, draft);
            // a card each: the upload's own list names the files too, so their names alone prove nothing
            browser.waitForCount(".import-card", 3);
            assertThat(browser.pageText()).contains("Draft").contains("This is a draft resolution").contains("Refused");

            browser.typeDate(".import-card", "Due", "15/10/2030");
            Files.write(SCREENSHOTS.resolve("import-preview.png"), browser.screenshot());
            browser.clickButton("Confirm all");

            browser.waitForText("Imported 2, refused 1: S-2024-835.pdf — This is a draft resolution");
            assertThat(correctedDueDates(first) + correctedDueDates(second)).isEqualTo(1);
            List<String> links = browser.links("#import-summary");
            assertThat(links).anySatisfy(link -> assertThat(link).startsWith("documents/"))
                    .anySatisfy(link -> assertThat(URLDecoder.decode(link, StandardCharsets.UTF_8)).endsWith("?q=" + first));
            String registerLink = "?q=" + URLEncoder.encode(first, StandardCharsets.UTF_8);

            browser.open("/documents");
            browser.waitForText(second);
            assertThat(browser.pageText()).contains(first).contains("staff");
            Files.write(SCREENSHOTS.resolve("documents.png"), browser.screenshot());

            browser.clickLink(first);
            browser.waitForText("Operative paragraphs");
            assertThat(browser.pageText()).contains("Download the original file (first.txt").contains("Mandate: Report");

            // on this branch staff's register lists only their entity's mandates; a manager sees the triage queue
            browser.signOut();
            browser.signIn("manager", PASSWORD);
            browser.open("/" + registerLink);
            browser.waitForText(first);
            assertThat(browser.pageText()).doesNotContain(second);

            browser.signOut();
            browser.signIn("admin", PASSWORD);
            long secondId = jdbc.queryForObject("select id from imported_document where symbol = ?", Long.class, second);
            int running = jdbc.queryForObject("select count(*) from mandate where document_id = ?", Integer.class, secondId);
            browser.open("/documents/" + secondId);
            browser.clickButton("Delete…");
            browser.waitForText("Deleting " + second + " ends " + running + " running processes");
            browser.clickButton("Delete");
            browser.waitForText("Deleted " + second);
            assertThat(jdbc.queryForObject("select count(*) from imported_document where id = ?", Integer.class, secondId))
                    .isZero();
        });
    }

    /** How many mandates of the resolution were imported with the due date moved in the preview. */
    private int correctedDueDates(String symbol) {
        return jdbc.queryForObject("select count(*) from mandate_event e join mandate m on m.id = e.mandate_id"
                + " join imported_document d on d.id = m.document_id where d.symbol = ? and e.kind = 'CORRECTED_IN_PREVIEW'"
                + " and e.detail like '%→ 2030-10-15%' and m.due_date = date '2030-10-15'", Integer.class, symbol);
    }
}
