package org.mandatetracker;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven through its own chromedriver (no driver download), with the
 * few moves the product's Vaadin pages need. Fails loudly when Chromium is not installed.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** axe-core's script, which the build fetches from the npm registry onto the test classpath (pom.xml). */
    private static final String AXE_SCRIPT = "/axe/axe.min.js";
    /** Runs axe-core's WCAG 2 A and AA rules on the page; answers one line per violation, naming where it is. */
    private static final String RUN_AXE = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa']}})
                .then(result => done(result.violations.map(violation => violation.id + ' (' + violation.impact + '): '
                    + violation.help + ' at ' + violation.nodes.slice(0, 5).map(node => node.target.join(' > ')).join('; '))))
                .catch(failure => done(['axe-core did not run: ' + failure]));
            """;

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final String baseUrl;

    public Browser(int port) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install chromium chromium-driver");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,900");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        // generous: under a full build on two cores a preview or a page can take a while
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(45));
        this.baseUrl = "http://localhost:" + port;
    }

    /** What a browser test does in its browser. */
    @FunctionalInterface
    public interface Walk {
        void through(Browser browser) throws Exception;
    }

    /**
     * Walks through the product in a browser of its own. When the walk fails, what the browser showed stays
     * behind as {@code target/<name>-failure.png}, and the page's text as {@code target/<name>-failure.txt}.
     */
    public static void walk(int port, String name, Walk walk) throws Exception {
        try (Browser browser = new Browser(port)) {
            try {
                walk.through(browser);
            } catch (Exception | AssertionError failed) {
                Files.createDirectories(Path.of("target"));
                Files.write(Path.of("target", name + "-failure.png"), browser.screenshot());
                Files.writeString(Path.of("target", name + "-failure.txt"), browser.pageText());
                throw failed;
            }
        }
    }

    public void open(String path) {
        driver.get(baseUrl + path);
        waitForVaadin();
    }

    public void signIn(String username, String password) {
        open("/login");
        WebElement user = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-login-form input[name='username']")));
        user.sendKeys(username);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password, Keys.ENTER);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        waitForVaadin();
    }

    public void signOut() {
        driver.manage().deleteAllCookies();
    }

    /** Waits until the page shows the text somewhere (light DOM, where Vaadin puts content). */
    public void waitForText(String text) {
        wait.until(browser -> pageText().contains(text));
    }

    public String pageText() {
        return (String) ((JavascriptExecutor) driver).executeScript("return document.body.innerText");
    }

    /** Clicks the grid row whose cell holds the given text. */
    public void clickGridCell(String text) {
        waitForText(text);
        WebElement cell = wait.until(browser -> browser.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .filter(candidate -> candidate.getText().contains(text)).findFirst().orElse(null));
        // the grid renders rows beyond its viewport: bring the row into sight before a real click
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", cell);
        cell.click();
        waitForVaadin();
    }

    public void clickButton(String label) {
        WebElement button = wait.until(browser -> browser.findElements(By.tagName("vaadin-button")).stream()
                .filter(candidate -> candidate.getText().strip().equals(label) && candidate.isDisplayed())
                .findFirst().orElse(null));
        scriptClick(button);
    }

    /**
     * A script click: a notification floating over the button (e.g. development mode's), or a grid
     * whose column is scrolled out of its box, must not swallow it.
     */
    private void scriptClick(WebElement button) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();",
                button);
        waitForVaadin();
    }

    /** Clicks the button whose accessible name ({@code aria-label}) is given, as {@link #clickButton} does. */
    public void clickButtonLabelled(String ariaLabel) {
        WebElement button = wait.until(browser -> browser.findElements(By.tagName("vaadin-button")).stream()
                .filter(candidate -> ariaLabel.equals(candidate.getDomAttribute("aria-label")))
                .findFirst().orElse(null));
        scriptClick(button);
    }

    /** Types into the text field with the given label. */
    public void type(String fieldLabel, String value) {
        textField(fieldLabel).findElement(By.tagName("input")).sendKeys(value, Keys.ENTER);
        pause(Duration.ofMillis(600)); // longer than a lazy value-change timeout, so the server has heard of it
        waitForVaadin();
    }

    /** Types into the text field with the given label and presses Enter, without waiting out a lazy value change. */
    public void typeAndEnter(String fieldLabel, String value) {
        textField(fieldLabel).findElement(By.tagName("input")).sendKeys(value, Keys.ENTER);
        waitForVaadin();
    }

    /** What the text field with the given label holds, once it is shown. */
    public String valueOf(String fieldLabel) {
        WebElement field = textField(fieldLabel);
        wait.until(browser -> field.isDisplayed() && !field.getDomProperty("value").isEmpty());
        return field.getDomProperty("value");
    }

    private WebElement textField(String label) {
        return wait.until(browser -> browser.findElements(By.tagName("vaadin-text-field")).stream()
                .filter(candidate -> label.equals(candidate.getDomProperty("label")))
                .findFirst().orElse(null));
    }

    /** Types into the text area with the given label, then leaves it with Tab, so that its value reaches the server. */
    public void fillIn(String areaLabel, String value) {
        WebElement area = wait.until(browser -> browser.findElements(By.tagName("vaadin-text-area")).stream()
                .filter(candidate -> areaLabel.equals(candidate.getDomProperty("label")) && candidate.isDisplayed())
                .findFirst().orElse(null));
        area.findElement(By.tagName("textarea")).sendKeys(value, Keys.TAB);
        waitForVaadin();
    }

    /** Picks the radio button with the given label. */
    public void chooseOption(String label) {
        WebElement option = wait.until(browser -> browser.findElements(By.tagName("vaadin-radio-button")).stream()
                .filter(candidate -> candidate.getText().strip().equals(label) && candidate.isDisplayed())
                .findFirst().orElse(null));
        option.findElement(By.tagName("label")).click();
        waitForVaadin();
    }

    /** Chooses files in the page's upload component, as a person does through the file dialog (several at once). */
    public void upload(Path... files) {
        WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-upload")));
        upload.getShadowRoot().findElement(By.cssSelector("input[type='file']")).sendKeys(Arrays.stream(files)
                .map(file -> file.toAbsolutePath().toString()).collect(Collectors.joining("\n")));
        waitForVaadin();
    }

    /** Types a date (in the picker's own format) into the first date picker with that label inside the element the CSS selector finds. */
    public void typeDate(String containerSelector, String pickerLabel, String value) {
        WebElement picker = wait.until(browser -> browser.findElements(By.cssSelector(containerSelector + " vaadin-date-picker"))
                .stream().filter(candidate -> pickerLabel.equals(candidate.getDomProperty("label"))).findFirst().orElse(null));
        WebElement input = picker.findElement(By.tagName("input"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(value, Keys.ENTER);
        waitForVaadin();
    }

    /** Clicks the link with exactly that text. */
    public void clickLink(String text) {
        WebElement link = wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText(text)));
        // in sight first: the layout's header would take a click on a link at the window's edge
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", link);
        wait.until(ExpectedConditions.elementToBeClickable(link)).click();
        waitForVaadin();
    }

    /** The {@code href} of every link inside the elements the CSS selector finds. */
    public List<String> links(String containerSelector) {
        return driver.findElements(By.cssSelector(containerSelector + " a")).stream()
                .map(link -> link.getDomAttribute("href")).toList();
    }

    /** Types into the combo box with the given label and picks the first match. */
    public void choose(String comboLabel, String value) {
        WebElement combo = wait.until(browser -> browser.findElements(By.tagName("vaadin-combo-box")).stream()
                .filter(candidate -> comboLabel.equals(candidate.getDomAttribute("label"))
                        || comboLabel.equals(candidate.getDomProperty("label")))
                .findFirst().orElse(null));
        WebElement input = combo.findElement(By.tagName("input"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();",
                input);
        input.sendKeys(value);
        WebElement item = wait.until(browser -> browser.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .filter(candidate -> candidate.isDisplayed() && candidate.getText().contains(value))
                .findFirst().orElse(null));
        item.click();
        waitForVaadin();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The text of the element the CSS selector finds, once it is on the page. */
    public String textOf(String cssSelector) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(cssSelector))).getText();
    }

    /** Scrolls the element the CSS selector finds to the middle of the window, e.g. before a screenshot. */
    public void scrollTo(String cssSelector) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(cssSelector)));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    /** Clicks the element the CSS selector finds, e.g. a link. */
    public void click(String cssSelector) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(cssSelector))).click();
        waitForVaadin();
    }

    /** Waits until the page's address (path and query, decoded) contains the fragment: a filter applied, a page opened. */
    public void waitForAddressContaining(String fragment) {
        wait.until(browser -> URLDecoder.decode(currentPath(), StandardCharsets.UTF_8).contains(fragment));
        waitForVaadin();
    }

    /** Waits until the CSS selector finds exactly that many elements; the failure says what the page showed. */
    public void waitForCount(String cssSelector, int count) {
        try {
            wait.until(browser -> browser.findElements(By.cssSelector(cssSelector)).size() == count);
        } catch (TimeoutException timedOut) {
            throw new AssertionError("Expected " + count + " of " + cssSelector + ", found "
                    + driver.findElements(By.cssSelector(cssSelector)).size() + " on a page saying: " + pageText(), timedOut);
        }
    }

    /**
     * The words a Vaadin component of the page has of its own (a date picker's month names, an upload's
     * buttons), its {@code i18n} property as JSON, once the CSS selector finds it.
     */
    public String i18nOf(String cssSelector) {
        WebElement component = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(cssSelector)));
        return (String) ((JavascriptExecutor) driver).executeScript("return JSON.stringify(arguments[0].i18n);", component);
    }

    /** The names screen readers read for the sort buttons of the page's grids. */
    @SuppressWarnings("unchecked")
    public List<String> sorterLabels() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-grid-sorter")));
        return (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return [...document.querySelectorAll('vaadin-grid-sorter')].map(sorter => sorter.getAttribute('aria-label'));");
    }

    /** How many rows the page's grid holds, all of them, not only those scrolled into view. */
    public long gridRows() {
        return ((Number) ((JavascriptExecutor) driver).executeScript(
                "return document.querySelector('vaadin-grid').size")).longValue();
    }

    /**
     * Checks the page as it is now with axe-core's WCAG 2 A and AA rules and fails listing every
     * violation. The script is injected into the page for the check.
     */
    public void assertAccessible() {
        waitForVaadin();
        JavascriptExecutor page = driver;
        if (!Boolean.TRUE.equals(page.executeScript("return typeof window.axe !== 'undefined'"))) {
            page.executeScript(axeScript());
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) page.executeAsyncScript(RUN_AXE);
        if (!violations.isEmpty()) {
            throw new AssertionError("axe-core finds " + violations.size() + " WCAG 2 A/AA violation(s) on "
                    + currentPath() + ":\n" + String.join("\n", violations));
        }
    }

    private static String axeScript() {
        try (InputStream script = Browser.class.getResourceAsStream(AXE_SCRIPT)) {
            if (script == null) {
                throw new IllegalStateException(AXE_SCRIPT + " is not on the test classpath: the build fetches it "
                        + "with npm in generate-test-resources (mvn verify, not the IDE alone)");
            }
            return new String(script.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + AXE_SCRIPT, e);
        }
    }

    /** Presses keys where the focus is, as a person at the keyboard does (no element is clicked or focused first). */
    public void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
        waitForVaadin();
    }

    /**
     * Presses Tab until the JavaScript condition holds for {@code focused}, the focused element (the
     * deepest one, inside shadow roots); fails after 80 presses (a long menu and a row of filters come first).
     */
    public void tabUntil(String description, String condition) {
        for (int presses = 0; presses < 80; presses++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            Object reached = ((JavascriptExecutor) driver).executeScript("""
                    let focused = document.activeElement;
                    while (focused && focused.shadowRoot && focused.shadowRoot.activeElement) {
                        focused = focused.shadowRoot.activeElement;
                    }
                    return Boolean(focused && (%s));""".formatted(condition));
            if (Boolean.TRUE.equals(reached)) {
                waitForVaadin();
                return;
            }
        }
        throw new AssertionError("Tab never reached " + description);
    }

    public String title() {
        return driver.getTitle();
    }

    /** The attribute of the element the CSS selector finds, e.g. a link's {@code href}, resolved against the page. */
    public String attributeOf(String cssSelector, String attribute) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(cssSelector))).getDomProperty(attribute);
    }

    /** The value of a cookie the browser holds for the product, e.g. the session's, for fetching a download. */
    public String cookie(String name) {
        return driver.manage().getCookieNamed(name).getValue();
    }

    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        waitForVaadin();
    }

    /** Whether the page's grid is wider than its box, so that some column is reached only by scrolling sideways. */
    public boolean gridScrollsSideways() {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "const table = document.querySelector('vaadin-grid').$.table;"
                        + " return table.scrollWidth > table.clientWidth;"));
    }

    /** Whether each header of the page's grid starts where the cells of its column start. */
    public boolean gridHeadersAlignWithValues() {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "const grid = document.querySelector('vaadin-grid');"
                        + " const left = row => [...row.querySelectorAll('th, td')].map(cell => Math.round(cell.getBoundingClientRect().left));"
                        + " const header = left(grid.shadowRoot.querySelector('thead tr'));"
                        + " const first = left(grid.shadowRoot.querySelector('tbody tr'));"
                        + " return header.length === first.length && header.every((x, i) => x === first[i]);"));
    }

    public String currentPath() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    public byte[] screenshot() {
        return driver.getScreenshotAs(OutputType.BYTES);
    }

    private void waitForVaadin() {
        wait.until(browser -> Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(
                "return !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients"
                        + " || Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())")));
    }

    /**
     * Types into the field of that tag (e.g. {@code vaadin-password-field}, {@code vaadin-email-field})
     * with the given label, then leaves it with Tab, so that its value reaches the server.
     */
    public void enter(String fieldTag, String label, String value) {
        WebElement field = wait.until(browser -> browser.findElements(By.tagName(fieldTag)).stream()
                .filter(candidate -> label.equals(candidate.getDomProperty("label")) && candidate.isDisplayed())
                .findFirst().orElse(null));
        field.findElement(By.cssSelector("input, textarea")).sendKeys(value, Keys.TAB);
        waitForVaadin();
    }

    /** Ticks the checkbox with the given label. */
    public void tick(String label) {
        WebElement checkbox = wait.until(browser -> browser.findElements(By.tagName("vaadin-checkbox")).stream()
                .filter(candidate -> candidate.getText().strip().equals(label) && candidate.isDisplayed())
                .findFirst().orElse(null));
        checkbox.findElement(By.tagName("label")).click();
        waitForVaadin();
    }

    /** Opens the select with the given label and picks the option with that text. */
    public void pick(String selectLabel, String option) {
        WebElement select = wait.until(browser -> browser.findElements(By.tagName("vaadin-select")).stream()
                .filter(candidate -> selectLabel.equals(candidate.getDomProperty("label")) && candidate.isDisplayed())
                .findFirst().orElse(null));
        select.click();
        wait.until(browser -> browser.findElements(By.tagName("vaadin-select-item")).stream()
                .filter(candidate -> candidate.isDisplayed() && candidate.getText().strip().equals(option))
                .findFirst().orElse(null)).click();
        waitForVaadin();
    }

    public List<String> notifications() {
        return driver.findElements(By.tagName("vaadin-notification-card")).stream().map(WebElement::getText).toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
