package dev.copydesk.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.copydesk.index.ArticleIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in a real headless Chromium: search, facets, an article's highlights, the quote explorer,
 * stories (list, filter, story page, article to story and copy to original), and a hostile article whose markup must show as text. Needs Debian's chromium and chromium-driver;
 * without them the test fails (it never skips), saying what to install.
 */
class BrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path dir;
    static ArticleIndex index;
    static CopydeskServer server;
    static ChromeDriverService service;
    static ChromeDriver browser;
    static WebDriverWait wait;
    static String base;

    /** Selenium warns through java.util.logging that it has no DevTools bindings for this Chromium; WebDriver needs none. */
    private static final java.util.logging.Logger SELENIUM = java.util.logging.Logger.getLogger("org.openqa.selenium");

    @BeforeAll
    static void start() throws IOException {
        SELENIUM.setLevel(java.util.logging.Level.SEVERE);
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("The browser test needs " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": install Debian's chromium and chromium-driver (apt-get install chromium chromium-driver).");
        }
        index = Fixtures.storyIndex(dir.resolve("index"));
        server = new CopydeskServer(index, ServerConfig.defaults().withPort(0)).start();
        base = "http://127.0.0.1:" + server.port();
        // The driver's path is given, so Selenium Manager never runs and nothing is downloaded.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .withLogOutput(java.io.OutputStream.nullOutputStream()).build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")));
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.stop();
        }
        if (server != null) {
            server.stop();
        }
        if (index != null) {
            index.close();
        }
    }

    @Test
    void searchesFiltersAndOpensAnArticleWithHighlights() {
        browser.get(base + "/#/search?q=reservists");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.hits li")));
        WebElement hit = browser.findElement(By.cssSelector("ol.hits li"));
        assertEquals("reservists", hit.findElement(By.cssSelector(".snippet mark")).getText().toLowerCase());

        hit.findElement(By.cssSelector("h2 a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("article-text")));
        assertEquals("Reservists protest in Ufa over missing pay", browser.findElement(By.id("article-title")).getText());
        List<WebElement> gabbasov = browser.findElements(By.cssSelector("#article-text mark.entity[data-canonical='Ruslan Gabbasov']"));
        assertTrue(gabbasov.size() >= 2, "Ruslan Gabbasov is highlighted twice, the second time as 'Gabbasov'");
        for (WebElement m : gabbasov) {
            assertTrue(m.getAttribute("title").startsWith("Ruslan Gabbasov"), m.getAttribute("title"));
        }
        assertTrue(gabbasov.stream().anyMatch(m -> m.getText().equals("Gabbasov")));
        WebElement he = browser.findElement(By.xpath("//div[@id='article-text']//mark[@class='speaker'][.='he']"));
        assertEquals("Speaker: Ruslan Gabbasov", he.getAttribute("title"));
        List<WebElement> quotes = browser.findElements(By.cssSelector("#article-text span.quote"));
        assertFalse(quotes.isEmpty());
        assertTrue(quotes.stream().anyMatch(q -> q.getAttribute("title").contains("Ruslan Gabbasov")));
        assertFalse(browser.findElements(By.cssSelector("#article-text mark.amount")).isEmpty());
        String shown = browser.findElement(By.id("article-text")).getText();
        assertTrue(shown.contains("195,000 roubles a month"), "the text reads as written");

        browser.get(base + "/#/search");
        By gabbasovFacet = By.xpath("//aside//button[contains(., 'Ruslan Gabbasov')]");
        wait.until(ExpectedConditions.elementToBeClickable(gabbasovFacet)).click();
        wait.until(ExpectedConditions.urlContains("entity=Ruslan"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("section h2"), "2 articles"));
        assertEquals(2, browser.findElements(By.cssSelector("ol.hits li")).size());
    }

    @Test
    void quoteExplorerAndEntityPage() {
        browser.get(base + "/#/quotes");
        WebElement speaker = wait.until(ExpectedConditions.elementToBeClickable(By.id("speaker")));
        speaker.sendKeys("Ruslan Gabbasov\n");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ul.quotes li")));
        assertTrue(browser.findElements(By.cssSelector("ul.quotes li blockquote")).size() >= 2);
        assertEquals("Everything Ruslan Gabbasov said", browser.findElement(By.tagName("h1")).getText());

        browser.get(base + "/#/entity/Ruslan%20Gabbasov");
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Ruslan Gabbasov"));
        assertFalse(browser.findElements(By.cssSelector("table.timeline tbody tr")).isEmpty());
        assertEquals(2, browser.findElements(By.xpath("//section[h2='Articles']//li")).size());
    }

    @Test
    void hostileMarkupShowsAsText() {
        browser.get(base + "/#/search?q=newsroom");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.hits li h2 a")));
        assertEquals(Fixtures.HOSTILE_TITLE, browser.findElement(By.cssSelector("ol.hits li h2 a")).getText());

        browser.get(base + "/#/article/hostile");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("article-text")));
        assertEquals(Fixtures.HOSTILE_TITLE, browser.findElement(By.id("article-title")).getText());
        assertTrue(browser.findElement(By.id("article-text")).getText().contains("<img src=x onerror=alert(2)>"));
        assertTrue(browser.findElements(By.cssSelector("main img, main script, main b")).isEmpty(), "no element was injected");
        assertTrue(browser.getTitle().startsWith(Fixtures.HOSTILE_TITLE));
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
    }

    @Test
    void storiesListAStoryAndArticlesLinkToTheirStoryAndCopies() {
        browser.get(base + "/#/stories");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.stories li")));
        assertEquals(3, browser.findElements(By.cssSelector("ol.stories li")).size());
        assertEquals("3 stories", browser.findElement(By.cssSelector("section h2")).getText());
        assertEquals(Fixtures.HOSTILE_TITLE, browser.findElement(By.cssSelector("ol.stories li h2 a")).getText(),
                "the newest story's label shows as text");
        assertTrue(browser.findElements(By.cssSelector("main img, main script")).isEmpty(), "no element was injected");

        browser.findElement(By.id("story-q")).sendKeys("terminal\n");
        wait.until(ExpectedConditions.urlContains("q=terminal"));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("ol.stories li"), 1));
        WebElement ferry = browser.findElement(By.cssSelector("ol.stories li"));
        assertTrue(ferry.getText().contains("3 articles"), ferry.getText());
        assertTrue(ferry.getText().contains("2021-05-14 – 2021-05-16"), ferry.getText());
        ferry.findElement(By.cssSelector("h2 a")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("story-timeline")));
        assertEquals(StoryApiTest.LABEL, browser.findElement(By.id("story-title")).getText());
        List<WebElement> days = browser.findElements(By.cssSelector("#story-timeline tbody tr"));
        assertEquals(3, days.size());
        assertTrue(days.get(0).getText().startsWith("2021-05-14"), days.get(0).getText());
        assertEquals(3, browser.findElements(By.cssSelector("#story-outlets li")).size());
        assertEquals("Figures side by side", browser.findElement(By.cssSelector("#figures h2")).getText());
        WebElement disagreement = browser.findElement(By.cssSelector("#story-figures tbody.disagreement"));
        assertTrue(disagreement.getText().contains("sources disagree"), disagreement.getText());
        assertTrue(disagreement.getText().contains("€40 million") && disagreement.getText().contains("€45 million"));
        assertEquals("Quote lineage", browser.findElement(By.cssSelector("#lineage h2")).getText());
        WebElement altered = browser.findElement(By.cssSelector("#lineage li.version.altered"));
        assertEquals("Estonian", altered.findElement(By.cssSelector("p.diff ins")).getText());
        assertEquals("This terminal will serve Estonian travellers for decades",
                altered.findElement(By.cssSelector("p.diff")).getText());
        assertEquals(2, browser.findElements(By.cssSelector("#lineage li.version.identical")).size());
        List<WebElement> copies = browser.findElements(By.cssSelector("ol.story-articles li.copy"));
        assertEquals(1, copies.size(), "one article is marked as a copy");
        assertTrue(copies.get(0).findElement(By.cssSelector(".copy-marker")).getText().startsWith("Copy of tallinn-ferry"));

        copies.get(0).findElement(By.linkText("Tallinn to build a new ferry terminal")).click();
        wait.until(ExpectedConditions.textToBe(By.id("article-title"), "Tallinn to build a new ferry terminal"));
        assertTrue(browser.findElement(By.id("article-original")).getText().startsWith("Copy of tallinn-ferry"));
        browser.findElement(By.cssSelector("#article-original a")).click();
        wait.until(ExpectedConditions.textToBe(By.id("article-title"), "Harbour authority approves a new ferry terminal"));
        assertEquals("Copied by tallinn-ferry-wire", browser.findElement(By.id("article-copies")).getText());
        assertTrue(browser.findElement(By.id("article-story")).getText().contains("(3 articles)"));
        browser.findElement(By.cssSelector("#article-story a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("story-timeline")));
        assertEquals(StoryApiTest.LABEL, browser.findElement(By.id("story-title")).getText());
        assertTrue(browser.getCurrentUrl().endsWith("#/story/stallinn-ferry"), browser.getCurrentUrl());
    }
}
