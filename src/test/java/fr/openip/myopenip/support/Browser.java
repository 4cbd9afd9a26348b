package fr.openip.myopenip.support;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

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
 * A headless Debian Chromium driven by Selenium, one per test class. Nothing is downloaded: the
 * browser and its driver are the {@code chromium} and {@code chromium-driver} packages (which
 * {@code .ci/run} installs). Without them a browser test is skipped on a developer's machine and
 * fails on CI.
 */
public final class Browser implements AutoCloseable {

	private static final File CHROMIUM = new File(System.getProperty("myopenip.chromium", "/usr/bin/chromium"));

	private static final File CHROMEDRIVER = new File(System.getProperty("myopenip.chromedriver", "/usr/bin/chromedriver"));

	private final ChromeDriver driver;

	private final String baseUrl;

	private Browser(ChromeDriver driver, String baseUrl) {
		this.driver = driver;
		this.baseUrl = baseUrl;
	}

	public static Browser open(int port) {
		boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
		if (!installed && System.getenv("CI") != null) {
			throw new IllegalStateException("Chromium and chromedriver are required on CI: " + CHROMIUM + ", " + CHROMEDRIVER);
		}
		Assumptions.assumeTrue(installed, "Debian chromium and chromium-driver are not installed");
		var options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
				"--window-size=1366,900", "--lang=fr-FR");
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

	public WebElement find(By by) {
		return new WebDriverWait(this.driver, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(by));
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

	/** Clicks the button or link showing this text, as a user would. */
	public void click(String visibleText) {
		find(By.xpath("//*[(self::button or self::a or self::label) and normalize-space(.)='" + visibleText + "']")).click();
	}

	/** Types into the field whose label shows this text. */
	public void type(String label, String value) {
		WebElement labelElement = find(By.xpath("//label[normalize-space(.)='" + label + "' or normalize-space(.)='" + label + " *']"));
		WebElement field = this.driver.findElement(By.id(labelElement.getDomAttribute("for")));
		field.clear();
		field.sendKeys(value);
	}

	/** Logs in through the login page as a user would: entry, login, password, "Valider". */
	public void logIn(String username, String password, boolean staff) {
		this.driver.manage().deleteAllCookies();
		go("/login");
		click(staff ? "MB / Opérateur" : "Revendeur");
		type("Login", username);
		type("Mot de passe", password);
		click("Valider");
	}

	public void logOut() {
		find(By.id("userMenu")).click();
		find(By.id("logout")).click();
	}

	/** Console errors of the page, CSP violations included. */
	public List<String> consoleErrors() {
		return this.driver.manage().logs().get(LogType.BROWSER).getAll().stream()
			.filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
			.map(LogEntry::getMessage)
			.toList();
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}
