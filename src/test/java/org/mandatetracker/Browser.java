package org.mandatetracker;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven through its own chromedriver (no driver download), with the
 * few moves the product's Vaadin pages need. Fails loudly when Chromium is not installed.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

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
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        this.baseUrl = "http://localhost:" + port;
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
        // a row at the bottom edge may sit under the window's border or a notification
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", cell);
        cell.click();
        waitForVaadin();
    }

    public void clickButton(String label) {
        WebElement button = wait.until(browser -> browser.findElements(By.tagName("vaadin-button")).stream()
                .filter(candidate -> candidate.getText().strip().equals(label) && candidate.isDisplayed())
                .findFirst().orElse(null));
        // a script click: a notification floating over the button (e.g. development mode's) must not swallow it
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();",
                button);
        waitForVaadin();
    }

    /** Types into the text field with the given label. */
    public void type(String fieldLabel, String value) {
        WebElement field = wait.until(browser -> browser.findElements(By.tagName("vaadin-text-field")).stream()
                .filter(candidate -> fieldLabel.equals(candidate.getDomProperty("label")))
                .findFirst().orElse(null));
        field.findElement(By.tagName("input")).sendKeys(value, Keys.ENTER);
        pause(Duration.ofMillis(600)); // longer than a lazy value-change timeout, so the server has heard of it
        waitForVaadin();
    }

    /** Chooses a file in the page's upload component, as a person does through the file dialog. */
    public void upload(Path file) {
        WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-upload")));
        upload.getShadowRoot().findElement(By.cssSelector("input[type='file']")).sendKeys(file.toAbsolutePath().toString());
        waitForVaadin();
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

    /** How many rows the page's grid holds, all of them, not only those scrolled into view. */
    public long gridRows() {
        return ((Number) ((JavascriptExecutor) driver).executeScript(
                "return document.querySelector('vaadin-grid').size")).longValue();
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

    public List<String> notifications() {
        return driver.findElements(By.tagName("vaadin-notification-card")).stream().map(WebElement::getText).toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
