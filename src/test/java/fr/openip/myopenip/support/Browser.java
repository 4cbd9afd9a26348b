package fr.openip.myopenip.support;

import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven by Selenium, one per test class. Nothing is
 * downloaded: the browser and its driver are the {@code chromium} and
 * {@code chromium-driver} packages (which {@code .ci/run} installs). Without them a
 * browser test is skipped on a developer's machine and fails on CI.
 */
public final class Browser implements AutoCloseable {

	private static final File CHROMIUM = new File(System.getProperty("myopenip.chromium", "/usr/bin/chromium"));

	private static final File CHROMEDRIVER = new File(
			System.getProperty("myopenip.chromedriver", "/usr/bin/chromedriver"));

	/**
	 * Whether clicking the element loads a page in this window: a submit button of a form
	 * (without a confirmation to answer first), or a link to another address.
	 */
	private static final String LOADS_A_PAGE = """
			var el = arguments[0];
			if (el.tagName === 'A') {
			  var href = el.getAttribute('href');
			  return !!href && href.charAt(0) !== '#' && !el.target && !el.hasAttribute('data-bs-toggle')
			    && !el.hasAttribute('download');
			}
			if (el.tagName === 'BUTTON') {
			  return !!el.form && el.type === 'submit' && !el.hasAttribute('data-confirm') && !el.form.target;
			}
			return false;
			""";

	private final ChromeDriver driver;

	private final String baseUrl;

	private final List<String> accessibilityViolations = new ArrayList<>();

	private int pagesChecked;

	private Browser(ChromeDriver driver, String baseUrl) {
		this.driver = driver;
		this.baseUrl = baseUrl;
	}

	public static Browser open(int port) {
		boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
		if (!installed && System.getenv("CI") != null) {
			throw new IllegalStateException(
					"Chromium and chromedriver are required on CI: " + CHROMIUM + ", " + CHROMEDRIVER);
		}
		Assumptions.assumeTrue(installed, "Debian chromium and chromium-driver are not installed");
		var options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
				"--window-size=1366,900", "--lang=fr-FR",
				// no smooth scrolling (Bootstrap's, to an anchor): a click lands where
				// the
				// element is
				"--force-prefers-reduced-motion");
		var logging = new LoggingPreferences();
		logging.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logging);
		var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
		var driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ZERO);
		return new Browser(driver, "http://localhost:" + port);
	}

	public WebDriver driver() {
		return this.driver;
	}

	public void go(String path) {
		this.driver.get(this.baseUrl + path);
	}

	/**
	 * Finds an element, waiting for it; the page holding it is then checked by axe-core
	 * once (see {@link #checkAccessibility()}).
	 */
	public WebElement find(By by) {
		WebElement found = new WebDriverWait(this.driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(by));
		checkAccessibility();
		return found;
	}

	/**
	 * Runs axe-core on the page shown, unless this very document was checked already (a
	 * mark is left in its window, which the next page load clears). Serious and critical
	 * violations are kept, and fail the class when the browser closes.
	 */
	public void checkAccessibility() {
		if (Boolean.TRUE.equals(this.driver.executeScript("return window.myopenipAxeChecked === true;"))) {
			return;
		}
		Results results = new AxeBuilder().disableIframeTesting().analyze(this.driver);
		this.pagesChecked++;
		for (Rule violation : results.getViolations()) {
			if ("serious".equals(violation.getImpact()) || "critical".equals(violation.getImpact())) {
				List<String> targets = violation.getNodes()
					.stream()
					.limit(5)
					.map((node) -> String.valueOf(node.getTarget()))
					.toList();
				this.accessibilityViolations
					.add(path() + ": " + violation.getImpact() + " " + violation.getId() + " " + targets);
			}
		}
		this.driver.executeScript("window.myopenipAxeChecked = true;");
	}

	public List<WebElement> findAll(By by) {
		return this.driver.findElements(by);
	}

	public String path() {
		return this.driver.getCurrentUrl().substring(this.baseUrl.length());
	}

	public String text() {
		return this.driver.findElement(By.tagName("body")).getText();
	}

	/**
	 * Clicks the button or link showing this text, as a user would. When the click loads
	 * another page (a form's submit button, a link to another address in this window),
	 * this waits until the page clicked on is gone, so that what is looked for next is
	 * found on the new page, never on the old one.
	 */
	public void click(String visibleText) {
		WebElement target = find(By.xpath(
				"//*[(self::button or self::a or self::label) and normalize-space(.)=" + literal(visibleText) + "]"));
		this.driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", target);
		boolean loadsAPage = Boolean.TRUE.equals(this.driver.executeScript(LOADS_A_PAGE, target));
		try {
			target.click();
		}
		catch (org.openqa.selenium.ElementClickInterceptedException ex) {
			screenshot("intercepted");
			throw ex;
		}
		if (loadsAPage) {
			// gone: stale, or (while Chromium tears the old document down) no longer in
			// it
			new WebDriverWait(this.driver, Duration.ofSeconds(10)).until((driver) -> {
				try {
					target.isEnabled();
					return false;
				}
				catch (org.openqa.selenium.StaleElementReferenceException stale) {
					return true;
				}
				catch (org.openqa.selenium.WebDriverException tornDown) {
					return tornDown.getMessage() != null
							&& tornDown.getMessage().contains("does not belong to the document");
				}
			});
		}
	}

	/** Types into the field whose label shows this text. */
	public void type(String label, String value) {
		WebElement labelElement = label(label);
		WebElement field = this.driver.findElement(By.id(labelElement.getDomAttribute("for")));
		field.clear();
		field.sendKeys(value);
	}

	/**
	 * Picks an option, by its visible text, in the select whose label shows this text.
	 */
	public void choose(String label, String option) {
		WebElement labelElement = label(label);
		new org.openqa.selenium.support.ui.Select(this.driver.findElement(By.id(labelElement.getDomAttribute("for"))))
			.selectByVisibleText(option);
	}

	/**
	 * Ticks the radio button or check box of this label (within the element of this id,
	 * when given).
	 */
	public void tick(String label) {
		WebElement target = find(By.xpath("//label[normalize-space(.)=" + literal(label) + "]"));
		this.driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", target);
		target.click();
	}

	/** The message shown beside the field whose label shows this text. */
	public String errorOf(String label) {
		WebElement labelElement = label(label);
		String id = labelElement.getDomAttribute("for");
		return find(By.id(id + "-errors")).getText();
	}

	/** The value of the field whose label shows this text. */
	public String valueOf(String label) {
		WebElement labelElement = label(label);
		return this.driver.findElement(By.id(labelElement.getDomAttribute("for"))).getDomProperty("value");
	}

	public boolean isShown(By by) {
		return this.driver.findElements(by).stream().anyMatch(WebElement::isDisplayed);
	}

	/** Saves a picture of the page under target/screenshots, to look at a flow. */
	public void screenshot(String name) {
		try {
			java.nio.file.Path dir = java.nio.file.Path.of("target", "screenshots");
			java.nio.file.Files.createDirectories(dir);
			byte[] png = this.driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
			java.nio.file.Files.write(dir.resolve(name + ".png"), png);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** Opens an entry of the top menu and follows one of its links, as a user would. */
	public void menu(String entry, String item) {
		find(By.xpath("//ul[@id='topMenu']/li/a[normalize-space(.)='" + entry + "']")).click();
		find(By.xpath("//ul[@id='topMenu']//a[contains(@class,'dropdown-item') and normalize-space(.)='" + item + "']"))
			.click();
	}

	/**
	 * Logs in through the login page as a user would: entry, login, password, "Valider".
	 */
	public void logIn(String username, String password, boolean staff) {
		this.driver.manage().deleteAllCookies();
		go("/login");
		click(staff ? "MB / Opérateur" : "Revendeur");
		type("Login", username);
		type("Mot de passe", password);
		click("Valider");
		// Wait for the answer to the login (the home page, or the login page with its
		// error), so that
		// the next navigation does not race the form's submission.
		new WebDriverWait(this.driver, Duration.ofSeconds(10))
			.until(driver -> !driver.getCurrentUrl().endsWith("/login")
					&& !driver.findElements(By.id("greeting")).isEmpty()
					|| !driver.findElements(By.id("login-error")).isEmpty()
					|| driver.getCurrentUrl().endsWith("/password"));
	}

	public void logOut() {
		this.driver.executeScript("window.scrollTo(0, 0);");
		find(By.id("userMenu")).click();
		find(By.id("logout")).click();
		find(By.id("login-form"));
	}

	/**
	 * Console errors of the pages seen, CSP violations included; a form answered with a
	 * 4xx status (a refused input shown again) is expected and left out.
	 */
	public List<String> consoleErrors() {
		return this.driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
			.map(LogEntry::getMessage)
			.filter(message -> !message.contains("the server responded with a status of 4"))
			.toList();
	}

	/** An XPath string literal of any text, quotes included. */
	static String literal(String text) {
		if (!text.contains("'")) {
			return "'" + text + "'";
		}
		return "concat('" + text.replace("'", "', \"'\", '") + "')";
	}

	/** The label showing this text, with or without the star of a required field. */
	private WebElement label(String text) {
		return find(By.xpath("//label[normalize-space(.)=" + literal(text) + " or normalize-space(.)="
				+ literal(text + " *") + "]"));
	}

	/**
	 * Closes the browser; fails when a page it showed had a serious or critical
	 * accessibility violation.
	 */
	@Override
	public void close() {
		this.driver.quit();
		System.out.printf("axe-core: %d pages checked, %d serious or critical violations%n", this.pagesChecked,
				this.accessibilityViolations.size());
		if (!this.accessibilityViolations.isEmpty()) {
			throw new AssertionError("Accessibility (axe-core), serious or critical violations:\n"
					+ String.join("\n", this.accessibilityViolations));
		}
	}

}
