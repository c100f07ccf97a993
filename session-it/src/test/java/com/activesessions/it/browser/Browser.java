package com.activesessions.it.browser;

import com.activesessions.it.TestServer;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium with a profile of its own: a separate browser, with its own cookies. It
 * uses Debian's chromium and chromedriver and never lets Selenium download either.
 */
final class Browser implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(15);

    /** Installed in every page before its own scripts, so that violations during loading count too. */
    private static final String RECORD_VIOLATIONS = """
            window.cspViolations = [];
            document.addEventListener('securitypolicyviolation', function (violation) {
                window.cspViolations.push(violation.effectiveDirective + ' ' + violation.blockedURI);
            });""";

    /** The violations recorded so far, once the events already due have been dispatched. */
    private static final String VIOLATIONS = """
            var done = arguments[arguments.length - 1];
            setTimeout(function () { done(window.cspViolations); }, 0);""";

    private static final Dimension PHONE = new Dimension(390, 844);
    private static final Dimension LAPTOP = new Dimension(1280, 800);

    private final ChromeDriver driver;
    private final WebDriverWait wait;

    Browser(String userAgent) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-dev-shm-usage",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1280,900");
        if (userAgent != null) {
            options.addArguments("--user-agent=" + userAgent);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, WAIT);
    }

    void open(String path) {
        driver.get(TestServer.baseUri().resolve(path).toString());
    }

    void signIn(String email, String password) {
        open("/login");
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("submit")).click();
        wait.until(d -> !path().equals("/login") && !path().equals("/sign-in"));
    }

    /** Fills the sign-up form on the page and sends it; a null value leaves its field empty. */
    void signUp(String name, String email, String password, String organisation) {
        type(By.id("signup:name"), name);
        type(By.id("signup:email"), email);
        type(By.id("signup:password"), password);
        type(By.id("signup:organisation"), organisation);
        submit(driver.findElement(By.id("signup:submit")));
    }

    /** Signs up on the sign-up page, then signs in with the password chosen, as the answer asks. */
    void signUpAndSignIn(String name, String email, String password, String organisation) {
        open("/signup");
        signUp(name, email, password, organisation);
        waitUntilPath("/login");
        signIn(email, password);
    }

    /** Clears a field and types into it, if there is anything to type. */
    void type(By field, String text) {
        WebElement input = driver.findElement(field);
        input.clear();
        if (text != null) {
            input.sendKeys(text);
        }
    }

    /** Clicks a button that posts its form, and waits until the next page has replaced this one. */
    void submit(WebElement button) {
        driver.executeScript("window.beforeSubmit = true;");
        button.click();
        // While the page is being replaced, the driver may answer with an error: ask again.
        new WebDriverWait(driver, WAIT)
                .ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(driver.executeScript(
                        "return document.readyState === 'complete' && window.beforeSubmit === undefined;")));
    }

    /** Makes the window as wide as a phone's screen (390 × 844 CSS pixels). */
    void phoneWidth() {
        driver.manage().window().setSize(PHONE);
    }

    /** Makes the window as large as a small laptop's screen (1280 × 800 CSS pixels). */
    void laptopWindow() {
        driver.manage().window().setSize(LAPTOP);
    }

    /**
     * Saves what the window shows as {@code name.png} in the folder that the system property
     * {@code screenshots.dir} names (the pictures of docs/FEATURES.md); does nothing if it names none.
     */
    void screenshot(String name) {
        String folder = System.getProperty("screenshots.dir");
        if (folder == null || folder.isBlank()) {
            return;
        }
        // A blinking caret or a transition under way would make each run's picture differ from the last.
        driver.executeScript("const style = document.createElement('style');"
                + "style.textContent = '*, *::before, *::after { caret-color: transparent !important;"
                + " transition: none !important; animation: none !important; }';"
                + "document.head.appendChild(style);");
        try {
            Path target = Path.of(folder, name + ".png");
            Files.createDirectories(target.getParent());
            Files.write(target, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save the screenshot " + name, e);
        }
    }

    /**
     * From now on, every request of this browser carries the header: an {@code X-Forwarded-For} makes it come from
     * that address, as a trusted proxy says.
     */
    void sendHeader(String name, String value) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of(name, value)));
    }

    /** Opens every device of the Active Sessions table that is closed, so that each session's row shows. */
    void openEveryDevice() {
        for (WebElement toggler :
                all(By.cssSelector("tr.ui-rowgroup-header a.ui-rowgroup-toggler[aria-expanded='false']"))) {
            toggler.click();
        }
    }

    /** From now on, every page this browser opens records what its Content-Security-Policy blocked. */
    void recordPolicyViolations() {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_VIOLATIONS));
    }

    /** What the policy blocked on this page so far, as "directive blocked-uri". */
    List<?> policyViolations() {
        return (List<?>) driver.executeAsyncScript(VIOLATIONS);
    }

    Object script(String javascript, Object... arguments) {
        return driver.executeScript(javascript, arguments);
    }

    String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    String text(By by) {
        return driver.findElement(by).getText();
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    /** Clicks, then waits until PrimeFaces has no AJAX request left in flight. */
    void clickAndWaitForAjax(WebElement element) {
        element.click();
        waitForAjax();
    }

    WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void waitForAjax() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript(
                        "return document.readyState === 'complete' && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty())"
                                + " && (!window.jQuery || jQuery.active === 0);")));
    }

    void waitUntilPath(String expected) {
        wait.until(d -> path().equals(expected));
    }

    void waitUntil(Function<WebDriver, Boolean> condition) {
        wait.until(condition);
    }

    WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
