package dev.yakusoku.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium driven through Debian's chromedriver. The browser runs in a zone far
 * from the service's, so a page that showed the viewer's local time would show the wrong hours.
 */
public final class Browser implements AutoCloseable {
  public static final String BROWSER_ZONE = "America/New_York";
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final ChromeDriver driver;

  private Browser(ChromeDriver driver) {
    this.driver = driver;
  }

  public static Browser start() {
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                new File(property("yakusoku.chromedriver", "/usr/bin/chromedriver")))
            .usingAnyFreePort()
            .withEnvironment(Map.of("TZ", BROWSER_ZONE))
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(property("yakusoku.chromium", "/usr/bin/chromium"));
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-dev-shm-usage",
        "--lang=en-US",
        "--window-size=1280,900");
    return new Browser(new ChromeDriver(service, options));
  }

  private static String property(String name, String fallback) {
    return System.getProperty(name, fallback);
  }

  public ChromeDriver driver() {
    return driver;
  }

  public void open(String url) {
    driver.get(url);
  }

  /** The size of the page's viewport, as a phone or a desk would have it. */
  public void viewport(int width, int height) {
    Dimension window = driver.manage().window().getSize();
    long innerWidth = (Long) driver.executeScript("return window.innerWidth");
    long innerHeight = (Long) driver.executeScript("return window.innerHeight");
    driver
        .manage()
        .window()
        .setSize(
            new Dimension(
                width + window.getWidth() - (int) innerWidth,
                height + window.getHeight() - (int) innerHeight));
  }

  public List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  public WebElement one(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  public Object script(String js, Object... args) {
    return driver.executeScript(js, args);
  }

  /** Saves what the browser shows as {@code target/screenshots/<name>.png}. */
  public Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path png = SCREENSHOTS.resolve(name + ".png");
      Files.copy(
          driver.getScreenshotAs(OutputType.FILE).toPath(),
          png,
          StandardCopyOption.REPLACE_EXISTING);
      return png;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How long the page may take to show a change; generous, since CI shares two cores. */
  public static Duration patience() {
    return Duration.ofSeconds(30);
  }

  @Override
  public void close() {
    driver.quit();
  }
}
