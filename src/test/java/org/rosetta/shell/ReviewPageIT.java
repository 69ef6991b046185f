package org.rosetta.shell;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.rosetta.TestData;
import org.rosetta.model.TranslationUnit;
import org.rosetta.model.UnitStatus;
import org.rosetta.tmx.TmxReader;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The review page in a real browser (Debian's chromium and chromedriver, installed by .ci/run; never a downloaded
 * one): right-to-left cells laid out right-aligned by the browser itself, a filter, n/p, marks saved and imported.
 * A screenshot is kept as target/review-page.png.
 */
class ReviewPageIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path root;
    static Path workspace;
    static Path page;
    static ChromeDriver browser;

    @BeforeAll
    static void pageInBrowser() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "chromium and chromium-driver are not installed");
        workspace = root.resolve("ws");
        Path udhr = Files.createDirectories(workspace.resolve("corpus/udhr"));
        for (String language : List.of("en", "fr", "fa")) {
            Files.copy(TestData.udhr(language), udhr.resolve("udhr." + language + ".html"));
        }
        // one number changed in the French, so that the numbers check has something to report: the UDHR itself
        // gives it nothing
        Path french = udhr.resolve("udhr.fr.html");
        String text = Files.readString(french);
        assertThat(text).contains("<h2>Article 12</h2>");
        Files.writeString(french, text.replace("<h2>Article 12</h2>", "<h2>Article 21</h2>"));
        page = root.resolve("udhr.html");
        System.setProperty("rosetta.workspace", workspace.toString());
        StandardStreams streams = new StandardStreams();
        try {
            assertThat(RosettaApplication.run(new String[] {"build"})).isZero();
            assertThat(RosettaApplication.run(new String[] {"report", "udhr", "--html", page.toString()})).isZero();
        } finally {
            streams.restore();
            System.clearProperty("rosetta.workspace");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--window-size=1400,1000",
                "--user-data-dir=" + Files.createDirectories(root.resolve("chromium-profile")));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath",
                Files.createDirectories(root.resolve("downloads")).toString()));
        browser.get(page.toUri().toString());
    }

    @AfterAll
    static void close() throws Exception {
        if (browser != null) {
            Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, Path.of("target/review-page.png"), StandardCopyOption.REPLACE_EXISTING);
            browser.quit();
        }
    }

    @Test
    void persianCellsAreRightToLeftAndLaidOutRightAligned() {
        WebElement persian = browser.findElement(By.cssSelector("tr[data-unit='udhr-2'] td[lang='fa']"));
        WebElement english = browser.findElement(By.cssSelector("tr[data-unit='udhr-2'] td[lang='en']"));
        assertThat(persian.getAttribute("dir")).isEqualTo("rtl");
        assertThat(persian.getCssValue("direction")).isEqualTo("rtl");
        WebElement persianText = persian.findElement(By.cssSelector("span.sentence"));
        WebElement englishText = english.findElement(By.cssSelector("span.sentence"));
        int cellRight = persian.getRect().getX() + persian.getRect().getWidth();
        int textRight = persianText.getRect().getX() + persianText.getRect().getWidth();
        assertThat(cellRight - textRight).as("the Persian text ends at the cell's right edge").isBetween(0, 16);
        assertThat(persianText.getRect().getX() - persian.getRect().getX()).as("and starts far from its left")
                .isGreaterThan(50);
        assertThat(englishText.getRect().getX() - english.getRect().getX()).as("English starts at the left")
                .isBetween(0, 16);
    }

    @Test
    void aCheckFilterShowsOnlyUnitsWithThatFinding() {
        List<WebElement> rows = browser.findElements(By.cssSelector("tr.unit"));
        long withNumbers = rows.stream().filter(r -> r.getAttribute("data-checks").contains("numbers")).count();
        assertThat(withNumbers).isPositive();
        try {
            browser.findElement(By.cssSelector("#check-filter option[value='numbers']")).click();
            List<WebElement> shown = rows.stream().filter(WebElement::isDisplayed).toList();
            assertThat(shown).hasSize((int) withNumbers)
                    .allSatisfy(r -> assertThat(r.getAttribute("data-checks")).contains("numbers"));
            assertThat(browser.findElements(By.cssSelector("mark.finding[data-check='numbers']"))
                    .stream().filter(WebElement::isDisplayed)).isNotEmpty();
        } finally {
            browser.findElement(By.cssSelector("#check-filter option[value='']")).click();
        }
        assertThat(rows.stream().filter(WebElement::isDisplayed)).hasSize(rows.size());
    }

    @Test
    void nAndPMoveBetweenFindings() {
        List<String> withFindings = browser.findElements(By.cssSelector("tr.unit")).stream()
                .filter(r -> !r.getAttribute("data-checks").isEmpty()).map(r -> r.getAttribute("data-unit")).toList();
        assertThat(withFindings.size()).isGreaterThan(1);
        browser.findElement(By.tagName("h1")).click();
        ((JavascriptExecutor) browser).executeScript("document.activeElement.blur()");
        new Actions(browser).sendKeys("n").perform();
        assertThat(focused()).isEqualTo(withFindings.get(0));
        new Actions(browser).sendKeys("n").perform();
        assertThat(focused()).isEqualTo(withFindings.get(1));
        new Actions(browser).sendKeys("p").perform();
        assertThat(focused()).isEqualTo(withFindings.get(0));
    }

    @Test
    void marksSavedOnThePageComeBackThroughMarksImport() throws Exception {
        click(browser.findElement(By.cssSelector("tr[data-unit='udhr-2'] button[value='confirmed']")));
        click(browser.findElement(By.cssSelector("tr[data-unit='udhr-3'] button[value='wrong']")));
        WebElement comment = browser.findElement(By.cssSelector("tr[data-unit='udhr-3'] input.comment"));
        click(comment);
        comment.sendKeys("fa drops a clause");
        click(browser.findElement(By.id("save-marks")));
        Path saved = root.resolve("downloads/udhr.marks.json");
        for (int tries = 0; tries < 100 && !Files.exists(saved); tries++) {
            Thread.sleep(100);
        }
        assertThat(saved).exists();
        assertThat(Files.readString(saved, StandardCharsets.UTF_8)).contains("\"unit\": \"udhr-2\"")
                .contains("fa drops a clause");

        System.setProperty("rosetta.workspace", workspace.toString());
        StandardStreams streams = new StandardStreams();
        try {
            assertThat(RosettaApplication.run(new String[] {"marks", "import", saved.toString()})).isZero();
            assertThat(streams.out.toString(StandardCharsets.UTF_8)).startsWith("1 unit(s) confirmed, 1 mark(s)");
            streams.out.reset();
            assertThat(RosettaApplication.run(new String[] {"review", "udhr", "--marked"})).isZero();
            String review = streams.out.toString(StandardCharsets.UTF_8);
            assertThat(review).contains("udhr-3 ").contains("marked wrong: fa drops a clause")
                    .doesNotContain("udhr-4 ");
        } finally {
            streams.restore();
            System.clearProperty("rosetta.workspace");
        }
        List<TranslationUnit> units = new ArrayList<>();
        TmxReader.readTranslationUnits(workspace.resolve("tmx/udhr.tmx"), units::add);
        assertThat(units.stream().filter(u -> u.id().equals("udhr-2")).findFirst().orElseThrow().status())
                .isEqualTo(UnitStatus.CONFIRMED);
    }

    /** Clicks as a user would, the element scrolled to the middle (clear of the sticky header). */
    private static void click(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private static String focused() {
        return (String) ((JavascriptExecutor) browser).executeScript(
                "return document.activeElement.dataset.unit || ''");
    }

    static {
        System.setProperty("webdriver.chrome.driver", new File(CHROMEDRIVER.toString()).getPath());
    }
}
