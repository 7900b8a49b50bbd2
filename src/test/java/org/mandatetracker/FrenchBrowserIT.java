package org.mandatetracker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.mandatetracker.security.Language;
import org.mandatetracker.security.Role;
import org.mandatetracker.security.UserService;
import org.mandatetracker.workflow.MandateProcesses;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The product in French, in a real browser: a French-speaking manager lands on a dashboard in French,
 * the page says it is French ({@code <html lang="fr">}) and passes axe-core's rules; an admin who
 * switches to French under My settings reads the administration in French at once, also accessible; a
 * French-speaking manager imports a resolution through its preview and finds it in the register, both in French; a
 * French-speaking manager reads a mandate's page, its history's details (the import preview's corrections too), its
 * process diagram, its date picker, a task form with its title and a refusal in French; the import's refusals and the
 * register's sort buttons are French too.
 * On H2 only, as the other browser tests.
 */
@IntegrationTest
@DisabledIfSystemProperty(named = TestDatabaseProfiles.PROPERTY, matches = "mariadb")
class FrenchBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    UserService users;
    @Autowired
    ObjectMapper json;
    @Autowired
    RuntimeService runtime;

    @Test
    @WithMockUser(roles = "ADMIN")
    void aFrenchSpeakingManagerReadsTheDashboardInFrench() throws Exception {
        String manager = newPerson(Role.MANAGER);
        users.setLanguage(manager, Language.FR);
        Browser.walk(port, "french-dashboard", browser -> {
            browser.signIn(manager, TestUsers.PASSWORD);
            browser.waitForText("Par entité chef de file");
            assertThat(browser.currentPath()).isEqualTo("/dashboard");
            assertThat(browser.attributeOf("html", "lang")).isEqualTo("fr");
            assertThat(browser.title()).isEqualTo("Tableau de bord · Mandate Tracker");
            // Vaadin's own words in the frame: the menu's button and the connection indicator
            assertThat(browser.attributeOf("vaadin-drawer-toggle", "ariaLabel")).isEqualTo("Afficher ou masquer le menu");
            assertThat(browser.i18nOf("vaadin-app-layout")).contains("Menu").doesNotContain("Drawer");
            assertThat(browser.textOf("#figure-overdue .label")).isEqualTo("En retard");
            assertThat(browser.textOf("#figure-no-date .label")).isEqualTo("Sans date");
            assertThat(browser.pageText()).contains("Tableau de bord", "Par organe", "Assemblée générale",
                            "Conseil de sécurité", "Échéances par mois", "Chiffres sous forme de tableau",
                            "Mandats", "Mes tâches", "Se déconnecter")
                    // mandates' own texts may name the General Assembly in English: the labels are checked
                    .doesNotContain("Dashboard", "By lead entity", "By body", "Deadlines per month",
                            "Figures as a table", "My tasks", "Sign out", "Triage queue", "Online",
                            // the triage queue names the addressees, as the registry names them in French
                            "SECRETARY_GENERAL");
            browser.assertAccessible();
        });
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void anAdminWhoSwitchesToFrenchReadsTheAdministrationInFrenchAtOnce() throws Exception {
        String admin = newPerson(Role.ADMIN);
        Browser.walk(port, "french-administration", browser -> {
            browser.signIn(admin, TestUsers.PASSWORD);
            browser.open("/settings");
            browser.waitForText("Language of pages and e-mails");
            assertThat(browser.attributeOf("html", "lang")).as("a new person follows their English browser").isEqualTo("en");
            assertThat(browser.pageText()).contains("Browser's language");
            browser.chooseOption("Français");
            browser.clickButton("Save");
            browser.waitForText("Langue des pages et des courriels");
            assertThat(browser.attributeOf("html", "lang")).isEqualTo("fr");
            assertThat(browser.pageText()).contains("Langue du navigateur");
            assertThat(browser.title()).isEqualTo("Mes paramètres · Mandate Tracker");

            browser.open("/admin/users");
            browser.waitForText("Ajouter une personne");
            assertThat(browser.pageText()).contains("Personnes", "Nom d’utilisateur", "Peut se connecter")
                    .doesNotContain("Add a person", "Can sign in", "Full name", "Online");
            assertThat(browser.i18nOf("vaadin-password-field")).contains("Afficher le mot de passe")
                    .doesNotContain("Show password");
            browser.assertAccessible();

            browser.open("/entities");
            browser.waitForText("Ajouter une entité");
            assertThat(browser.pageText()).contains("Autres appellations").doesNotContain("Also known as");
            browser.assertAccessible();

            browser.open("/admin/audit");
            browser.waitForText("Historique des modifications");
            assertThat(browser.pageText()).doesNotContain("Audit history", "Details");
            browser.assertAccessible();
        });
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aFrenchSpeakingManagerImportsAResolutionAndSearchesTheRegisterInFrench(@TempDir Path files) throws Exception {
        String manager = newPerson(Role.MANAGER);
        users.setLanguage(manager, Language.FR);
        String symbol = TestResolutions.freshSymbol();
        Path resolution = Files.writeString(files.resolve("resolution.txt"), TestResolutions.seed000As(symbol));
        Path notAResolution = Files.writeString(files.resolve("notes.txt"), "Notes of the meeting.\n\nNothing was decided.");
        Browser.walk(port, "french-register", browser -> {
            browser.signIn(manager, TestUsers.PASSWORD);
            browser.waitForText("Par entité chef de file");
            browser.open("/import");
            browser.waitForText("Importer des résolutions");
            assertThat(browser.pageText()).contains("Choisir des fichiers…", "Coller un texte plutôt")
                    .doesNotContain("Choose files", "Paste text instead", "Nothing is stored");
            assertThat(browser.i18nOf("vaadin-upload")).contains("Déposez les fichiers ici", "Retirer", "Mo")
                    .doesNotContain("Drop files here", "Upload Files", "Remove", "remaining time");
            browser.upload(resolution);
            browser.waitForText("Confirmer");
            assertThat(browser.textOf(".import-card [theme~='badge']")).isEqualTo("Aperçu");
            assertThat(browser.pageText()).contains("Vérifiez le type", "Paragraphe ", "Type", "Destinataires",
                            "Échéance", "Le texte dit « ", "Annuler")
                    .doesNotContain("Check each kind", "Para. ", "Addressees", "The text says", "Cancel");
            browser.assertAccessible();
            browser.clickButton("Confirmer");
            browser.waitForText("Importés : 1, refusés : 0.");
            assertThat(browser.pageText()).contains("Importé sous la cote " + symbol, "dans le registre");

            // the import's refusals: a file imported before, a text that is no resolution
            browser.upload(resolution, notAResolution);
            browser.waitForText(symbol + " a déjà été importé");
            browser.waitForText("Ce document n’est pas une résolution");
            assertThat(browser.pageText()).doesNotContain("has already been imported", "is not a resolution");

            browser.open("/");
            browser.click("#register-all");
            // Enter applies the search at once, before the field's lazy pause would have
            browser.typeAndEnter("Rechercher", symbol);
            assertThat(browser.currentPath()).contains("q=");
            browser.waitForAddressContaining("q=" + symbol);
            assertThat(browser.textOf("#register-count")).matches("\\d+ mandats?");
            assertThat(browser.pageText()).contains("Organe", "Année de la résolution", "Résolution",
                            "Ce qui est demandé", "Chef de file", "Exporter en XLSX", "Importer des résolutions…")
                    .doesNotContain("What is asked", "Resolution year", "Export XLSX", "Whole renewal chains");
            // the sort buttons' names, which Vaadin's grid writes in English
            assertThat(browser.attributeOf("vaadin-grid-sorter", "ariaLabel")).isEqualTo("Trier par Résolution");
            assertThat(browser.sorterLabels()).allMatch(label -> label.startsWith("Trier par ")).isNotEmpty();
            browser.assertAccessible();
        });
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aFrenchSpeakingManagerReadsAMandatesPageItsHistoryATaskFormAndARefusalInFrench() throws Exception {
        String manager = newPerson(Role.MANAGER);
        users.setLanguage(manager, Language.FR);
        String symbol = TestResolutions.freshSymbol();
        List<JsonNode> imported = importSeed(symbol, "[{\"index\": 3, \"paragraph\": \"25\", \"kind\": \"ACTION\","
                + " \"addressees\": [\"DPO\"], \"due\": \"2030-01-15\"}]");
        long mandateId = paragraph(imported, "25");
        // a process started before titles were composed where they are read keeps an English one
        String processId = imported.stream().filter(mandate -> mandate.get("id").asLong() == mandateId).findFirst()
                .orElseThrow().get("processInstanceId").asText();
        runtime.setVariable(processId, MandateProcesses.VAR_TITLE, symbol + " para. 25: a report to the Security Council");
        long assigned = imported.stream().map(mandate -> mandate.get("id").asLong()).filter(id -> id != mandateId)
                .findFirst().orElseThrow();
        HttpResponse<String> assignment = new WebClientSession(port).sendJson("PUT", "/api/mandates/" + assigned + "/owner",
                "{\"entity\": \"DPO\", \"focalPoint\": \"staff\"}", "manager", "demo");
        assertThat(assignment.statusCode()).as(assignment.body()).isEqualTo(200);
        Browser.walk(port, "french-mandate", browser -> {
            browser.signIn(manager, TestUsers.PASSWORD);
            // the history's details and the date picker's calendar in French too
            browser.open("/mandates/" + assigned);
            browser.waitForText("Entité chef de file désignée");
            assertThat(browser.textOf("#mandate-history")).contains("DPO, point focal staff")
                    .doesNotContain("focal point", " from ");
            assertThat(browser.i18nOf("vaadin-date-picker")).contains("janvier", "décembre", "lundi", "Aujourd’hui", "Annuler")
                    .doesNotContain("January", "Monday", "Today", "Cancel");

            browser.open("/mandates/" + mandateId);
            browser.waitForText(symbol + ", paragraphe 25");
            assertThat(browser.title()).isEqualTo(symbol + ", paragraphe 25 · Mandate Tracker");
            browser.waitForText("Tâche créée : Trier le mandat");
            // the import preview's corrections: kinds, entities and dates in French
            assertThat(browser.textOf("#mandate-history")).contains("Importé", "Corrigé", "type Rapport → Action",
                            " → Département des opérations de paix", " → 15 janv. 2030")
                    .doesNotContain("kind ", "addressees ", "REPORT", "2030-01-15");
            // the diagram's names, steps and flows, from the bundles
            assertThat(browser.textOf("#process-diagram")).contains("Trier", "Planifier", "accepté", "Alerter")
                    .doesNotContain("Triage mandate", "Send reminder", "Overdue", "accepted");
            assertThat(browser.attributeOf("#process-diagram-title", "textContent"))
                    .isEqualTo("Mandat d’action, étape en cours : Trier le mandat");
            // the verb and the deadline's words quoted the French way
            assertThat(browser.pageText()).contains("(« ").doesNotContain("(“");
            assertThat(browser.pageText()).contains("Historique", "Processus", "Tâches en cours",
                            "Corriger l’échéance ou le type", "Motif de la correction")
                    .doesNotContain("History", "Task created", "Reason for the correction", "Correct kind");

            // the kind is already chosen: the service refuses the missing reason, in the reader's language
            browser.clickButton("Corriger le type");
            browser.waitForText("Indiquez le motif de la correction");
            assertThat(String.join(" ", browser.notifications())).doesNotContain("Give the reason");

            browser.clickLink("Trier le mandat");
            browser.waitForText("Écarter le mandat");
            assertThat(browser.pageText()).doesNotContain("Dismiss mandate", "Record decision", " para. ")
                    // the task's title, from the register, in French
                    .contains(symbol + " par. 25 : ");
            browser.assertAccessible();
        });
    }

    /** The mandates of the seed resolution imported under the symbol with the preview's corrections, as the API lists them. */
    private List<JsonNode> importSeed(String symbol, String corrections) throws IOException {
        HttpResponse<String> imported = new WebClientSession(port).postFile("/api/documents", "seed.txt",
                TestResolutions.seed000As(symbol).getBytes(StandardCharsets.UTF_8), corrections, "manager", "demo");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        return StreamSupport.stream(json.readTree(imported.body()).get("mandates").spliterator(), false).toList();
    }

    private static long paragraph(List<JsonNode> mandates, String paragraph) {
        return mandates.stream().filter(mandate -> paragraph.equals(mandate.get("paragraph").asText()))
                .findFirst().orElseThrow().get("id").asLong();
    }

    private String newPerson(Role role) {
        return TestUsers.fresh(users, "fr", "Francophone", role);
    }
}
