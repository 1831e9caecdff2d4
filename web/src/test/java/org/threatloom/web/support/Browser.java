package org.threatloom.web.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium (no browser download): the flags from the tech notes and a fresh
 * profile. Tests that need it are skipped, by assumption, only when the binaries are absent.
 */
public final class Browser implements AutoCloseable {
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Debian's Chromium is often newer than Selenium's CDP bindings; the tests use WebDriver, not CDP, so that warning is noise. */
    private static final java.util.logging.Logger CDP_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");

    static {
        CDP_LOG.setLevel(java.util.logging.Level.SEVERE);
    }
    public final ChromeDriver driver;
    public final Path downloads;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile, Path downloads) {
        this.driver = driver;
        this.profile = profile;
        this.downloads = downloads;
    }

    public static void assumeAvailable() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), "Debian chromium and chromium-driver are not installed");
    }

    public static Browser open() throws Exception {
        assumeAvailable();
        Path profile = Files.createTempDirectory("tl-chromium");
        Path downloads = Files.createTempDirectory("tl-downloads");
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--window-size=1600,1000",
                "--user-data-dir=" + profile);
        o.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(), "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver d = new ChromeDriver(service, o);
        d.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        return new Browser(d, profile, downloads);
    }

    public WebDriverWait waiting(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public WebElement await(String css) {
        return waiting(15).until(d -> {
            var l = d.findElements(By.cssSelector(css));
            return l.isEmpty() ? null : l.get(0);
        });
    }

    /** Signs in through the form and waits for the editor's diagram. */
    public void signIn(String base, String user, String model) {
        driver.get(base + "/#model=" + model);
        await("#login-name").sendKeys(user);
        find("#login-password").sendKeys(TestServer.PASSWORD);
        find("#login-submit").click();
        await("#canvas svg");
        waiting(20).until(d -> ((ChromeDriver) d).executeScript("return window.__tlRender && document.querySelector('#threat-summary, #properties .hint') != null"));
    }

    public Object js(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    public void screenshot(Path file) throws Exception {
        Files.write(file, driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path p) {
        try (var s = Files.walk(p)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (Exception ignored) {
            // temp files
        }
    }

    public static WebDriver unwrap(Browser b) {
        return b.driver;
    }
}
