package org.sosqa.examples.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Debian's Chromium driven headless through its own chromedriver, for rendering the report as a reader's
 * browser would. Where Chromium is missing the test fails with what to install, never skips: CI installs it
 * (.ci/run), and a developer is told how.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("sosqa.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("sosqa.chromedriver", "/usr/bin/chromedriver"));

    // Selenium looks for bindings of the browser's DevTools version and warns when it has none; the test never
    // uses DevTools, so its warnings would only be noise. Held here so the setting is not garbage-collected.
    private static final java.util.logging.Logger SELENIUM = java.util.logging.Logger.getLogger("org.openqa.selenium");

    static {
        SELENIUM.setLevel(Level.SEVERE);
    }

    private final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    /** Why the browser cannot start here, or null when it can. */
    static String missing() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            return "The report's browser test needs Debian's Chromium and its driver at " + CHROMIUM + " and "
                    + CHROMEDRIVER + ", and they are missing. Install them with"
                    + " `sudo apt-get install -y chromium chromium-driver` (what .ci/run does), or point"
                    + " -Dsosqa.chromium=... and -Dsosqa.chromedriver=... at your own.";
        }
        return null;
    }

    static Browser start(Path userData, int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // The flags that keep Chromium from reaching out to the network on a closed machine.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + userData, "--window-size=" + width + "," + height, "--allow-file-access-from-files");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options));
    }

    void open(Path file) {
        driver.manage().logs().get(LogType.BROWSER); // drop what an earlier page logged
        driver.get(file.toUri().toString());
    }

    /** The console messages at error level (SEVERE): script errors, console.error, failed loads. */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    }

    Object script(String js) {
        return driver.executeScript(js);
    }

    void screenshot(Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.write(to, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
