package dev.socialplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.socialplan.calendar.ContentCalendar;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.calendar.rules.PlannedCalendar;
import dev.socialplan.testkit.samples.SamplePlan;
import dev.socialplan.testkit.samples.SamplePlans;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * The reviews of the four sample plans, in English and Traditional Chinese, in a real browser
 * (headless Chromium): served from a loopback HTTP server that counts every request, then checked
 * for console errors, requests beyond the page itself, a blank rendering, horizontal overflow at a
 * desktop and a phone width, missing sections or charts, unescaped user text, and printing to A4
 * PDF.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserReviewTest {
  private static final Locale[] LOCALES = {Locale.ENGLISH, Locale.TAIWAN};
  private static final String HOSTILE = "<script>alert(1)</script>";
  private static final String HOSTILE_BRAND = "<b>Bold</b> & \"Co\"";

  private final Map<String, byte[]> pages = new ConcurrentHashMap<>();
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private final Map<String, PlanReview> reviews = new ConcurrentHashMap<>();
  private HttpServer server;
  private ChromeDriver driver;
  private String base;

  @BeforeAll
  void start() throws IOException {
    Browser.assumeInstalled();
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
          requests.add(path);
          byte[] body = pages.get(path);
          if (body == null) {
            exchange.sendResponseHeaders(404, -1);
          } else {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(body);
            }
          }
          exchange.close();
        });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    driver = Browser.start(Path.of("target", "chromium-profile-" + ProcessHandle.current().pid()));
  }

  @AfterAll
  void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.stop(0);
    }
  }

  Stream<Arguments> samples() {
    List<Arguments> arguments = new ArrayList<>();
    List<SamplePlan> all = SamplePlans.all();
    for (int i = 0; i < all.size(); i++) {
      for (Locale locale : LOCALES) {
        arguments.add(Arguments.of(i, all.get(i).name(), locale));
      }
    }
    return arguments.stream();
  }

  private PlanReview review(int index) {
    return reviews.computeIfAbsent("s" + index, k -> SampleReviews.of(SamplePlans.all().get(index)));
  }

  /** Serves the page and loads it; returns the requests the page made. */
  private List<String> load(String path, String html) {
    pages.put(path, html.getBytes(StandardCharsets.UTF_8));
    driver.manage().logs().get(LogType.BROWSER);
    requests.clear();
    driver.get(base + path);
    return List.copyOf(requests);
  }

  @ParameterizedTest(name = "{1} ({2})")
  @MethodSource("samples")
  void loadsCleanlyAndShowsEverySection(int index, String name, Locale locale) throws IOException {
    PlanReview review = review(index);
    String path = "/review-" + index + "-" + locale.toLanguageTag() + ".html";
    List<String> requested = load(path, review.toHtml(locale));

    assertThat(requested).as("requests while loading").containsExactly(path);
    Object resources = driver.executeScript("return performance.getEntriesByType('resource').length");
    assertThat(((Number) resources).intValue()).as("resource entries").isZero();
    List<LogEntry> errors =
        driver.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue())
            .toList();
    assertThat(errors).as("console errors and warnings").isEmpty();
    assertThat(driver.findElement(By.tagName("html")).getAttribute("lang"))
        .isEqualTo(locale.equals(Locale.TAIWAN) ? "zh-TW" : "en");
    assertThat(driver.findElements(By.tagName("script"))).isEmpty();

    for (ReviewSection section : review.sections()) {
      WebElement element = driver.findElement(By.id(section.id()));
      assertThat(element.findElement(By.tagName("h2")).getText()).as(section + " heading").isNotBlank();
      assertThat(element.getSize().getHeight()).as(section + " height").isGreaterThan(40);
    }
    assertThat(driver.findElements(By.cssSelector("section.review-section"))).hasSize(review.sections().size());
    for (String kind : expectedCharts(review)) {
      List<WebElement> charts = driver.findElements(By.cssSelector("figure.chart." + kind));
      assertThat(charts).as(kind + " charts").isNotEmpty();
      for (WebElement chart : charts) {
        WebElement svg = chart.findElement(By.tagName("svg"));
        assertThat(svg.getSize().getWidth()).as(kind + " width").isGreaterThan(200);
        assertThat(svg.getSize().getHeight()).as(kind + " height").isGreaterThan(50);
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(chart.findElements(By.cssSelector("svg > title"))).hasSize(1);
        assertThat(chart.findElements(By.cssSelector("details.data-table table tbody tr"))).isNotEmpty();
      }
    }

    for (int[] size : new int[][] {{1280, 900}, {390, 844}}) {
      Browser.viewport(driver, size[0], size[1], size[0] < 600);
      Number inner = (Number) driver.executeScript("return window.innerWidth");
      assertThat(inner.intValue()).as("viewport width").isEqualTo(size[0]);
      Number scroll = (Number) driver.executeScript("return document.documentElement.scrollWidth");
      assertThat(scroll.intValue()).as("page width at " + size[0] + " px").isLessThanOrEqualTo(size[0]);
      byte[] png = driver.getScreenshotAs(OutputType.BYTES);
      assertThat(inkShare(png)).as("share of non-white pixels at " + size[0] + " px").isGreaterThan(0.01);
      Path shots = Path.of("target", "screenshots");
      Files.createDirectories(shots);
      Files.write(shots.resolve("review-" + index + "-" + locale.toLanguageTag() + "-" + size[0] + ".png"), png);
    }
    driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());

    PrintOptions print = new PrintOptions();
    print.setPageSize(new PageSize(29.7, 21.0));
    print.setBackground(true);
    byte[] pdf = Base64.getDecoder().decode(driver.print(print).getContent());
    String text = new String(pdf, StandardCharsets.ISO_8859_1);
    assertThat(text).startsWith("%PDF-");
    assertThat(pages(text)).as("PDF pages").isGreaterThanOrEqualTo(review.sections().size() / 2);
  }

  @Test
  void showsHostileUserTextAsText() {
    SamplePlan sample = SamplePlans.article();
    PlanReview review = SampleReviews.of(sample);
    PlannedCalendar planned = review.calendar().orElseThrow();
    ContentCalendar calendar = planned.calendar();
    ScheduledPost first = calendar.first().orElseThrow();
    PlannedCalendar hostile =
        PlannedCalendar.builder().from(planned).calendar(calendar.without(first.id()).with(first.withText(HOSTILE))).build();
    PlanReview tampered =
        PlanReview.builder()
            .from(review)
            .title(HOSTILE_BRAND)
            .calendar(hostile)
            .build();
    load("/hostile.html", tampered.toHtml(Locale.ENGLISH));

    assertThat(driver.findElements(By.tagName("script"))).isEmpty();
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(HOSTILE_BRAND);
    assertThat(driver.findElements(By.cssSelector("h1 b"))).isEmpty();
    String body = (String) driver.executeScript("return document.body.textContent");
    assertThat(body).contains(HOSTILE);
    try {
      driver.switchTo().alert();
      throw new AssertionError("the post's text ran as a script");
    } catch (NoAlertPresentException expected) {
      // the text stayed text
    }
  }

  /**
   * Screenshots of the article's review, in both languages, at a desktop and a phone width: each
   * section on its own, and for the documentation the calendar, mix and best times at 1280 pixels
   * and the best times and goals at 390. Written to {@code target/screenshots}; {@code
   * docs/images} keeps a copy of the {@code docs-*} ones (see docs/report.md).
   */
  @Test
  void screenshotsOfTheArticlesReview() throws IOException {
    PlanReview review = review(0);
    Path shots = Path.of("target", "screenshots");
    Files.createDirectories(shots);
    for (Locale locale : LOCALES) {
      load("/article-" + locale.toLanguageTag() + ".html", review.toHtml(locale));
      for (int[] size : new int[][] {{1280, 900}, {390, 844}}) {
        Browser.viewport(driver, size[0], size[1], size[0] < 600);
        String prefix = "article-" + locale.toLanguageTag() + "-" + size[0];
        for (ReviewSection section : review.sections()) {
          Files.write(
              shots.resolve(prefix + "-section-" + section.id() + ".png"),
              driver.findElement(By.id(section.id())).getScreenshotAs(OutputType.BYTES));
        }
        boolean desktop = size[0] > 600;
        String from = desktop ? ReviewSection.CALENDAR.id() : ReviewSection.BEST_TIMES.id();
        byte[] png = capture(from, size[0], desktop ? 2400 : 2200);
        assertThat(inkShare(png)).isGreaterThan(0.05);
        Files.write(
            shots.resolve("docs-review-" + (desktop ? "desktop" : "phone") + "-" + locale.toLanguageTag() + ".png"), png);
      }
      driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  /** A screenshot of the page from the top of an element down, beyond the viewport if need be. */
  private byte[] capture(String id, int width, int height) {
    Number top =
        (Number) driver.executeScript(
            "return document.getElementById(arguments[0]).getBoundingClientRect().top + window.scrollY", id);
    Number total = (Number) driver.executeScript("return document.documentElement.scrollHeight");
    double y = top.doubleValue();
    double h = Math.min(height, total.doubleValue() - y);
    Map<String, Object> clip = Map.of("x", 0, "y", y, "width", width, "height", h, "scale", 1);
    Map<String, Object> shot =
        driver.executeCdpCommand(
            "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
    return Base64.getDecoder().decode((String) shot.get("data"));
  }

  /** The checks themselves catch what they look for: a console error, a request, overflow. */
  @Test
  void checksCatchWhatTheyLookFor() {
    String bad =
        "<!DOCTYPE html><html lang=\"en\"><head><link rel=\"icon\" href=\"data:,\"></head><body>"
            + "<img src=\"/missing.png\" alt=\"\"><div style=\"width:2000px\">wide</div>"
            + "<script>console.error('planted')</script></body></html>";
    List<String> requested = load("/bad.html", bad);
    assertThat(requested).contains("/missing.png");
    List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll();
    assertThat(errors).anyMatch(e -> e.getMessage().contains("planted"));
    Number scroll = (Number) driver.executeScript("return document.documentElement.scrollWidth");
    assertThat(scroll.intValue()).isGreaterThan(1280);
  }

  private static Set<String> expectedCharts(PlanReview review) {
    Set<String> kinds = new HashSet<>();
    review.calendar().filter(c -> !c.calendar().isEmpty()).ifPresent(c -> kinds.addAll(List.of("month", "mix")));
    review.bestTimes().ifPresent(b -> kinds.add("heatmap"));
    review.goalProgress()
        .filter(g -> g.goals().stream().anyMatch(p -> p.latest().isPresent() && p.goal().target().isPresent() && p.goal().deadline().isPresent()))
        .ifPresent(g -> kinds.add("goal"));
    review.budgetPerformance().filter(b -> !b.byPlatform().isEmpty()).ifPresent(b -> kinds.add("budget"));
    if (!review.experiments().isEmpty()) {
      kinds.add("experiment");
    }
    return kinds;
  }

  /** The share of pixels that are not (near) white. */
  static double inkShare(byte[] png) throws IOException {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    long ink = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        if (r < 235 || g < 235 || b < 235) {
          ink++;
        }
      }
    }
    return ink / (double) ((long) image.getWidth() * image.getHeight());
  }

  /** Counts the page objects of a PDF ({@code /Type /Page}, not {@code /Pages}). */
  static int pages(String pdf) {
    int count = 0;
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("/Type\\s*/Page(?![s])").matcher(pdf);
    while (m.find()) {
      count++;
    }
    return count;
  }
}
