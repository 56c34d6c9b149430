package uk.casetrail.app.ui;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

/**
 * Debian's headless Chromium driven through its own chromedriver (never a downloaded one), with the
 * few gestures the page tests need: fill a form field whatever its kind, take a screenshot, run axe.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String SIGN_IN = "/signin";

    private final ChromeDriver driver;
    private final String base;
    private final Path profile;
    private int shots;

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    Browser(int port) {
        try {
            // A profile of its own, removed on close: left to itself Chromium leaves one in /tmp per run.
            profile = Files.createTempDirectory("casetrail-browser");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,1400",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(10));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        base = "http://localhost:" + port;
    }

    void open(String path) {
        driver.get(base + path);
    }

    String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    String url() {
        return driver.getCurrentUrl();
    }

    WebElement find(String cssSelector) {
        return driver.findElement(By.cssSelector(cssSelector));
    }

    List<WebElement> all(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector));
    }

    String text(String cssSelector) {
        return find(cssSelector).getText();
    }

    void click(String cssSelector) {
        find(cssSelector).click();
    }

    /** Types into a text box, picks from a list, or sets a date as the date picker would. */
    void fill(String id, String value) {
        WebElement field = find("#" + id);
        String type = field.getAttribute("type");
        if ("select".equals(field.getTagName())) {
            new Select(field).selectByValue(value);
        } else if ("date".equals(type) || "datetime-local".equals(type)) {
            ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];"
                    + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", field, value);
        } else {
            field.clear();
            field.sendKeys(value);
        }
    }

    /** Ticks the checkbox (or radio) with this value among those named so. */
    void tick(String name, String value) {
        find("input[name='" + name + "'][value='" + value + "']").click();
    }

    void signIn(String user) {
        open(SIGN_IN);
        signInHere(user);
    }

    /** Signs in on the sign-in page the browser shows (opened, or the one a timed-out session lands on). */
    void signInHere(String user) {
        fill("username", user);
        fill("password", "demo");
        click("#sign-in");
        // A click returns once the form is submitted, not once its answer has loaded: on a cold server
        // (the first sign-in hashes the password and renders the caseload for the first time) the test
        // would otherwise read the sign-in page's address. A refused sign-in stays there, and says why.
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(signedIn -> !SIGN_IN.equals(path()));
        } catch (TimeoutException e) {
            throw new AssertionError(user + " is still on the sign-in page: " + find("body").getText(), e);
        }
    }

    void signOut() {
        click("#sign-out");
    }

    /** Screenshots of an earlier run would mislead: each run starts with none. */
    static void clearScreenshots() {
        try (var old = Files.exists(SCREENSHOTS) ? Files.list(SCREENSHOTS) : java.util.stream.Stream.<Path>empty()) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the page's own script again, as if the session had this many seconds left. */
    void runPageScriptWithSessionSeconds(int seconds) {
        ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                document.querySelector('meta[name="session-seconds"]').setAttribute('content', arguments[0]);
                fetch('/ui/casetrail.js').then(r => r.text()).then(code => { new Function(code)(); done(); });""", seconds);
    }

    /** As if the session had timed out on the server: the browser no longer has one. */
    void endSession() {
        driver.manage().deleteCookieNamed("JSESSIONID");
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(file, SCREENSHOTS.resolve(String.format("%02d-%s.png", ++shots, name)), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The serious and critical accessibility violations axe-core finds on the page, as "rule: elements". */
    @SuppressWarnings("unchecked")
    List<String> seriousAccessibilityViolations() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(AXE);
        return (List<String>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(results => done(results.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))));""");
    }

    private static final String AXE = axeScript();

    private static String axeScript() {
        String version = new org.webjars.WebJarVersionLocator().version("axe-core");
        try (InputStream in = Browser.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/" + version + "/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try {
            FileSystemUtils.deleteRecursively(profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
