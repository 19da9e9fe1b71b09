package se.directioncycle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.directioncycle.support.Rest;

/**
 * Headless Debian Chromium driven through its chromedriver (no browser download): logs in through the
 * Camunda login page, opens, claims and completes Tasklist tasks, runs axe-core on our own markup and
 * saves screenshots under target/screenshots.
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  /** Our markup only, not Camunda's chrome: an embedded HTML form, a Camunda Form, the dashboard plugin. */
  static final String EMBEDDED_FORM = ".injected-form-wrapper";
  static final String CAMUNDA_FORM = ".fjs-container";
  static final String DASHBOARD = "[data-plugin-id='direction-cycle.dashboard']";
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  /** Selenium warns that it has no DevTools (CDP) version for Debian's Chromium; the tests use no CDP. */
  private static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");
  private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private final ChromeDriver driver;
  private final WebDriverWait wait;
  private final String baseUrl;
  private final Path profile;
  /** Who logged in last through the login page, while nobody else has. */
  private String loggedIn;

  /**
   * How often a wait looks again. WebDriverWait's default of 500 ms cost about half a second at each of the
   * hundreds of waits for a page, a task or the server; checks are cheap (one WebDriver or REST call).
   */
  private static final Duration POLL = Duration.ofMillis(100);
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private Browser(ChromeDriver driver, String baseUrl, Path profile) {
    this.driver = driver;
    this.baseUrl = baseUrl;
    this.profile = profile;
    this.wait = new WebDriverWait(driver, TIMEOUT, POLL);
  }

  /** Fails (never skips) when the system's Chromium is missing: the test then says what to install. */
  static Browser start(int port) throws IOException {
    assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
        .as("BrowserIT needs the Debian packages chromium and chromium-driver (%s and %s). Install them with: "
            + "apt-get install -y chromium chromium-driver", CHROMIUM, CHROMEDRIVER)
        .isTrue();
    SELENIUM_LOG.setLevel(java.util.logging.Level.SEVERE);
    Path profile = Files.createTempDirectory("browser-it-chromium");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--lang=sv-SE",
        "--window-size=1400,1300", "--user-data-dir=" + profile);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "sv-SE,sv"));
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    Files.createDirectories(SCREENSHOTS);
    return new Browser(driver, "http://localhost:" + port, profile);
  }

  /**
   * Logs out whoever was logged in and logs in through the login page of a webapp (tasklist, cockpit). When that
   * person is logged in already, only opens the webapp: one login is good for every webapp a person may use.
   */
  Browser login(String user, String app) {
    if (user.equals(loggedIn)) {
      driver.get("about:blank"); // a full page load next, not just a new #fragment of the open webapp
      driver.get(baseUrl + "/camunda/app/" + app + "/default/");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("li.account"))); // the person's menu
      return this;
    }
    return login(user, app, user.equals("admin") ? Rest.ADMIN_PASSWORD : Rest.DEMO_PASSWORD);
  }

  /** Always through the login page. */
  Browser login(String user, String app, String password) {
    loggedIn = null;
    if (driver.getCurrentUrl().startsWith(baseUrl)) {
      driver.manage().deleteAllCookies();
      driver.executeScript("window.localStorage.clear(); window.sessionStorage.clear();");
    }
    driver.get("about:blank"); // a full page load next, not just a new #fragment of the open webapp
    driver.get(baseUrl + "/camunda/app/" + app + "/default/");
    WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form[name=signinForm]")));
    WebElement name = form.findElement(By.cssSelector("input[type=text]"));
    WebElement secret = form.findElement(By.cssSelector("input[type=password]"));
    // the login page moves the focus to the user name field shortly after it shows: keys typed into the password
    // field before that land in the user name, so both are typed again until they hold what was typed
    for (int round = 1; !(user.equals(name.getAttribute("value")) && password.equals(secret.getAttribute("value")));
        round++) {
      assertThat(round).as("rounds of typing into the login form of %s", app).isLessThanOrEqualTo(5);
      type(name, user).type(secret, password);
    }
    form.findElement(By.cssSelector("button[type=submit]")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("form[name=signinForm]")));
    loggedIn = user;
    return this;
  }

  /** Opens a task in Tasklist, claims it and waits until its form can be filled in. */
  Browser openAndClaim(String taskId) {
    driver.get(baseUrl + "/camunda/app/tasklist/default/#/?task=" + taskId);
    click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim"))));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
    wait.until(d -> d.findElements(By.cssSelector(".disabled-form")).isEmpty());
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(EMBEDDED_FORM + " form, " + CAMUNDA_FORM)));
    return this;
  }

  /** Clicks Complete and waits until the task is done; fails with Tasklist's error message if one shows. */
  void complete(String what, BooleanSupplier done) {
    clickComplete();
    try {
      waitFor(what).until(d -> done.getAsBoolean() || !errors().isEmpty());
    } catch (RuntimeException e) {
      screenshot("failed-" + what.replace(' ', '-'));
      throw e;
    }
    assertThat(errors()).as("Tasklist's error for %s", what).isEmpty();
  }

  /** Clicks Complete and returns the error notification Tasklist shows when the server refuses the form. */
  String completeRefused() {
    clickComplete();
    wait.until(d -> !errors().isEmpty());
    return errors().get(0);
  }

  private void clickComplete() {
    // a notification covers the bottom of the task, where the Complete button is: close it first, as a user would.
    // Tasklist also removes notifications by itself, so one found a moment ago can be gone when it is clicked
    waitFor("Tasklist's notifications to close").ignoring(StaleElementReferenceException.class).until(d -> {
      d.findElements(By.cssSelector(".page-notifications .alert .close")).stream().filter(WebElement::isDisplayed)
          .forEach(WebElement::click);
      return errors().isEmpty();
    });
    click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[ng-click='complete()']"))));
  }

  /** The error notifications shown now, read in one step: Tasklist removes notifications by itself. */
  @SuppressWarnings("unchecked")
  private List<String> errors() {
    return (List<String>) driver.executeScript(
        "return Array.from(document.querySelectorAll('.page-notifications .alert-danger'))"
            + ".filter(a => a.offsetParent !== null).map(a => a.innerText.trim());");
  }

  WebElement find(String css) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  /** A Camunda Form field by its component id (form-js prefixes the element id with the form's id). */
  WebElement field(String componentId) {
    return find(CAMUNDA_FORM + " [id$='-" + componentId + "']");
  }

  /** The texts of the links the user can see now, read in one step (Angular re-renders the navigation bar). */
  @SuppressWarnings("unchecked")
  List<String> visibleLinkTexts() {
    return (List<String>) driver.executeScript("return Array.from(document.querySelectorAll('a'))"
        + ".filter(a => a.offsetParent !== null).map(a => a.textContent.trim());");
  }

  List<WebElement> findAll(String xpath) {
    return driver.findElements(By.xpath(xpath));
  }

  Browser type(WebElement field, String text) {
    field.clear();
    field.sendKeys(text);
    return this;
  }

  /**
   * Fills Camunda Form fields (component id → text) and fills again any that lost its text: form-js re-renders
   * while another field updates and can drop keystrokes that arrive meanwhile.
   */
  Browser fill(java.util.Map<String, String> fields) {
    int[] rounds = {0};
    new WebDriverWait(driver, TIMEOUT, Duration.ofMillis(300)).until(d -> {
      if (rounds[0]++ == 5) {
        throw new AssertionError("form fields did not keep their text: " + fields.keySet());
      }
      boolean allKept = true;
      for (var entry : fields.entrySet()) {
        WebElement field = field(entry.getKey());
        if (!entry.getValue().equals(field.getAttribute("value"))) {
          type(field, entry.getValue());
          allKept = false;
        }
      }
      return allKept;
    });
    return this;
  }

  Browser type(String css, String text) {
    return type(find(css), text);
  }

  Browser select(String css, String visibleText) {
    new Select(find(css)).selectByVisibleText(visibleText);
    return this;
  }

  Browser selectFirst(String css) {
    new Select(find(css)).selectByIndex(1);
    return this;
  }

  /** Clicks a button or a label by its text. */
  Browser clickText(String tag, String text) {
    click(wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//" + tag + "[normalize-space()='" + text + "']"))));
    return this;
  }

  /**
   * Scrolls it to the middle first: Tasklist's fixed footer would take a click at the bottom edge. Then waits until
   * it stays where it is for one poll: a dialog still sliding in (Tasklist's "Starta process") moved the rows under
   * a click once, and the row above was clicked.
   */
  void click(WebElement element) {
    driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    org.openqa.selenium.Rectangle[] last = {null};
    waitFor("the element to stop moving").until(d -> {
      org.openqa.selenium.Rectangle now = element.getRect();
      boolean still = now.equals(last[0]);
      last[0] = now;
      return still;
    });
    element.click();
  }

  void open(String path) {
    driver.get(baseUrl + path);
  }

  void waitUntil(String what, BooleanSupplier condition) {
    waitFor(what).until(d -> condition.getAsBoolean());
  }

  private WebDriverWait waitFor(String what) {
    WebDriverWait waitFor = new WebDriverWait(driver, TIMEOUT, POLL);
    waitFor.withMessage(what);
    return waitFor;
  }

  String text(String css) {
    return find(css).getText();
  }

  /**
   * Runs axe-core (WCAG 2.1 A and AA rules) on the element the selector names. Fails on serious and
   * critical violations, prints the others.
   */
  @SuppressWarnings("unchecked")
  void assertAccessible(String what, String selector) {
    find(selector);
    if (!Boolean.TRUE.equals(driver.executeScript("return typeof window.axe === 'object';"))) {
      driver.executeScript(axeSource());
    }
    Object result = ((JavascriptExecutor) driver).executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        axe.run(document.querySelector(arguments[0]), {runOnly: {type: 'tag', values: arguments[1]}})
          .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
            nodes: v.nodes.map(n => n.target.join(' ') + ': ' + n.failureSummary.replace(/\\s+/g, ' '))}))))
          .catch(e => done('axe failed: ' + e));
        """, selector, WCAG_21_AA);
    assertThat(result).as("axe result for %s", what).isInstanceOf(List.class);
    List<Map<String, Object>> violations = (List<Map<String, Object>>) result;
    violations.forEach(v -> System.out.printf("axe %s [%s] %s (%s): %s%n", what, v.get("impact"), v.get("id"),
        v.get("help"), v.get("nodes")));
    List<String> severe = violations.stream()
        .filter(v -> List.of("serious", "critical").contains(String.valueOf(v.get("impact"))))
        .map(v -> v.get("impact") + " " + v.get("id") + " – " + v.get("help") + " " + v.get("nodes"))
        .collect(Collectors.toList());
    assertThat(severe).as("serious or critical WCAG 2.1 AA violations in %s", what).isEmpty();
  }

  private static String axeSource() {
    try (InputStream in = Browser.class.getResourceAsStream("/axe.min.js")) {
      assertThat(in).as("axe.min.js on the test classpath (com.deque.html.axe-core:selenium)").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Saves a PNG of the window as target/screenshots/name.png. */
  Path screenshot(String name) {
    Path file = SCREENSHOTS.resolve(name + ".png");
    try {
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** After a failed step: a screenshot, the page's source and its URL under target/screenshots/failed-name.*. */
  void saveFailure(String name) {
    try {
      screenshot("failed-" + name);
      Files.writeString(SCREENSHOTS.resolve("failed-" + name + ".html"),
          "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource());
    } catch (RuntimeException | IOException e) {
      System.out.println("BrowserIT: could not save what the browser showed at the failure of " + name + ": " + e);
    }
  }

  /** The ids of the BPMN elements the open diagram (bpmn-js in Cockpit) has drawn. */
  @SuppressWarnings("unchecked")
  java.util.Set<String> drawnDiagramElements() {
    return new java.util.HashSet<>((List<String>) driver.executeScript(
        "return Array.from(document.querySelectorAll('.djs-element[data-element-id]'))"
            + ".map(e => e.getAttribute('data-element-id'));"));
  }

  /** Saves a PNG of one element as target/screenshots/name.png. */
  Path screenshotOf(String css, String name) {
    Path file = SCREENSHOTS.resolve(name + ".png");
    try {
      Files.write(file, find(css).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** Scrolls an element into view, e.g. before a screenshot. */
  Browser show(String css) {
    driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", find(css));
    return this;
  }

  @Override
  public void close() {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException ignored) {
      // a temporary profile left behind does no harm
    }
  }
}
