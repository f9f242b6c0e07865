package org.esafetyhub.testing;

import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.regex.Pattern;

/**
 * Debian's Chromium and chromedriver, named explicitly so that Selenium Manager never runs and
 * nothing is downloaded. Records every network request a page makes.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");
    private static final Pattern REQUEST_URL = Pattern.compile("\"method\":\"Network\\.requestWillBeSent\".*?\"request\":\\{.*?\"url\":\"([^\"]*)\"");

    private final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    static Browser start() {
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--window-size=1280,1000");
        var logging = new LoggingPreferences();
        logging.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        return new Browser(new ChromeDriver(service, options));
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Opens a page with JavaScript as configured, after forgetting requests made so far. */
    public void open(URI url) {
        requests();
        driver.get(url.toString());
    }

    /** Turns the page's script on or off (through DevTools); it stays so until turned back. */
    public void javaScript(boolean on) {
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !on));
    }

    /** Runs a journey with script on or off, then turns script back on, whatever happened. */
    public void withJavaScript(boolean on, Runnable journey) {
        javaScript(on);
        try {
            journey.run();
        } finally {
            javaScript(true);
        }
    }

    /** Clicks (a form's button, a link) and waits until the page that answers has replaced this one. */
    public void clickAndWaitForNextPage(By target) {
        var element = driver.findElement(target);
        element.click();
        waitUpTo(Duration.ofSeconds(10)).until(ignored -> gone(element));
    }

    /**
     * Whether the element's page has been replaced. Selenium's {@code stalenessOf} expects a stale-element
     * error, but Chromium 156 may answer a question about an element of a replaced page with "Node with
     * given id does not belong to the document" instead, which is the same fact.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    public WebDriverWait waitUpTo(Duration duration) {
        return new WebDriverWait(driver, duration);
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** axe-core's WCAG 2.2 AA rules, as every accessibility check of the suite runs them. */
    public static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    /** What axe finds against WCAG 2.2 AA on the page open now: each rule broken, with the elements it names. */
    public List<String> accessibilityViolations() {
        return new AxeBuilder().withTags(WCAG_22_AA).analyze(driver).getViolations().stream()
                .map(v -> v.getId() + " " + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList())
                .toList();
    }

    /**
     * WCAG 1.4.10: opens each page 320 CSS pixels wide and says which need sideways scrolling, by how
     * many pixels and through which elements; empty when every page reflows.
     */
    public List<String> pagesOverflowingAt320(List<URI> pages) {
        var overflowing = new ArrayList<String>();
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 320, "height", 640, "deviceScaleFactor", 1, "mobile", true));
        try {
            for (var page : pages) {
                open(page);
                var overflow = ((Number) script("return document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue();
                if (overflow > 0) {
                    overflowing.add(page.getPath() + ": " + overflow + " px, " + script("return [...document.querySelectorAll('body *')]"
                            + ".filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth)"
                            + ".map(e => e.tagName + '.' + e.className).join(' ')"));
                }
            }
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        return overflowing;
    }

    /** Every URL the browser requested since the last call. */
    public List<String> requests() {
        var urls = new ArrayList<String>();
        for (var entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            var matcher = REQUEST_URL.matcher(entry.getMessage());
            if (matcher.find()) {
                urls.add(matcher.group(1));
            }
        }
        return urls;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
