package dev.socialplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium from the Debian packages {@code chromium} and {@code chromium-driver}, driven
 * by Selenium with both paths given explicitly, so Selenium Manager never looks for (or downloads)
 * a browser or driver (<a
 * href="https://www.selenium.dev/documentation/webdriver/drivers/service/#driver-location">driver
 * location</a>, <a href="https://www.selenium.dev/documentation/selenium_manager/">Selenium
 * Manager</a>: it runs only when no driver path is set).
 *
 * <p>Without the two executables the browser tests are skipped with a message, unless the
 * environment variable {@code SOCIALPLAN_REQUIRE_BROWSER=1} (set by {@code .ci/run}) makes them
 * fail.
 */
final class Browser {
  private Browser() {}

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  /** Skips (or, when the browser is required, fails) when Chromium or its driver is missing. */
  static void assumeInstalled() {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    String message =
        "Chromium browser tests need "
            + CHROMIUM
            + " and "
            + CHROMEDRIVER
            + " (Debian: apt-get install chromium chromium-driver)";
    if ("1".equals(System.getenv("SOCIALPLAN_REQUIRE_BROWSER"))) {
      assertThat(installed).as(message + "; SOCIALPLAN_REQUIRE_BROWSER=1 requires them").isTrue();
    }
    Assumptions.assumeTrue(installed, message + ": skipped");
  }

  /** Starts a fresh headless Chromium with its own empty profile and browser logging on. */
  static ChromeDriver start(Path profile) throws IOException {
    Files.createDirectories(profile);
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-default-apps",
        "--disable-extensions",
        "--no-first-run",
        "--no-default-browser-check",
        "--hide-scrollbars",
        "--force-color-profile=srgb",
        "--lang=en-US",
        "--user-data-dir=" + profile.toAbsolutePath(),
        "--window-size=1280,900");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .usingAnyFreePort()
            .withTimeout(Duration.ofMinutes(2))
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofMinutes(2));
    driver.manage().timeouts().scriptTimeout(Duration.ofMinutes(1));
    return driver;
  }

  /**
   * Sets the viewport's CSS width and height (a phone-sized viewport is narrower than the smallest
   * window the desktop browser allows), through the DevTools protocol command chromedriver
   * forwards.
   */
  static void viewport(ChromeDriver driver, int width, int height, boolean mobile) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
  }
}
