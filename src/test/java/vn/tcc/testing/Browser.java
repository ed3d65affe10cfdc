package vn.tcc.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's Chromium, headless, driving the real pages and the real Keycloak sign-in. */
public final class Browser implements AutoCloseable {
  private final WebDriver driver;
  private final WebDriverWait wait;
  private final Path downloads;

  public Browser() {
    try {
      Path profile = Files.createTempDirectory(Path.of("target"), "chromium-profile-");
      downloads =
          Files.createTempDirectory(Path.of("target"), "chromium-downloads-").toAbsolutePath();
      ChromeOptions options = new ChromeOptions();
      options.setExperimentalOption(
          "prefs",
          java.util.Map.of(
              "download.default_directory",
              downloads.toString(),
              "download.prompt_for_download",
              false));
      options.setBinary("/usr/bin/chromium");
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--window-size=1400,1000",
          "--lang=vi-VN",
          "--user-data-dir=" + profile.toAbsolutePath());
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
              .build();
      driver = new ChromeDriver(service, options);
      wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public WebDriver driver() {
    return driver;
  }

  public void open(String pathInTcc) {
    driver.get(TccDeployment.baseUrl() + pathInTcc);
  }

  /** Goes to TCC, is sent to Keycloak, signs in and waits for TCC's top bar. */
  public void signIn(String username) {
    open("/");
    signInOnKeycloakPage(username);
    waitFor(By.id("tcc-user-name"));
  }

  public void signInOnKeycloakPage(String username) {
    waitFor(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(username);
    driver.findElement(By.id("kc-login")).click();
  }

  /** Replaces the text of the field with this id, as a person typing would. */
  public void type(String id, String text) {
    WebElement field = waitFor(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  public WebElement waitFor(By locator) {
    try {
      return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    } catch (TimeoutException e) {
      throw new AssertionError("Waited for " + locator + " in vain. " + whereAmI(), e);
    }
  }

  public void waitForText(By locator, String text) {
    try {
      wait.until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    } catch (TimeoutException e) {
      throw new AssertionError(
          "Waited for '" + text + "' in " + locator + " in vain. " + whereAmI(), e);
    }
  }

  /** The page the browser is on, to tell at once from a test report what went wrong. */
  private String whereAmI() {
    String source = driver.getPageSource();
    String visible =
        driver.findElements(By.tagName("body")).stream()
            .findFirst()
            .map(WebElement::getText)
            .orElse("");
    return "At "
        + driver.getCurrentUrl()
        + " ('"
        + driver.getTitle()
        + "'), showing: "
        + visible.substring(0, Math.min(visible.length(), 1500))
        + (visible.isBlank()
            ? " / source: " + source.substring(0, Math.min(source.length(), 1500))
            : "");
  }

  public String text(By locator) {
    return waitFor(locator).getText();
  }

  /** Waits for a download to finish and answers the file. */
  public Path waitForDownload(String nameEnding) {
    try {
      return wait.until(
          ignored -> {
            try (var files = Files.list(downloads)) {
              return files
                  .filter(f -> f.getFileName().toString().endsWith(nameEnding))
                  .findFirst()
                  .orElse(null);
            } catch (java.io.IOException e) {
              return null;
            }
          });
    } catch (TimeoutException e) {
      throw new AssertionError(
          "No download ending in " + nameEnding + " arrived. " + whereAmI(), e);
    }
  }

  /**
   * Picks an option of a PrimeFaces selectOneMenu by its value, through the widget as a person's
   * click would (the menu renders its items on the client, so there is nothing to click before).
   */
  public void selectOne(String menuId, String value) {
    waitFor(By.id(menuId));
    script(
        "PrimeFaces.widgets['widget_"
            + menuId.replace(':', '_')
            + "'].selectValue('"
            + value
            + "')");
  }

  /** Waits until a script answers true, e.g. a map finished loading. */
  public void waitUntil(String script) {
    try {
      wait.until(
          d ->
              Boolean.TRUE.equals(
                  ((org.openqa.selenium.JavascriptExecutor) d).executeScript(script)));
    } catch (TimeoutException e) {
      throw new AssertionError("Waited for " + script + " in vain. " + whereAmI(), e);
    }
  }

  public Object script(String script) {
    return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(script);
  }

  public String pageLanguage() {
    return driver.findElement(By.tagName("html")).getAttribute("lang");
  }

  public void click(By locator) {
    wait.until(ExpectedConditions.elementToBeClickable(locator)).click();
  }

  @Override
  public void close() {
    driver.quit();
  }
}
