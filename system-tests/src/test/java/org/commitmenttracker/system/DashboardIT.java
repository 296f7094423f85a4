package org.commitmenttracker.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}; {@code .ci/run}
 * installs them), against the whole system with the sample answers loaded: signing in, the overview, filtering,
 * a commitment's page with its quote highlighted, an editor's review and status forms, a viewer who sees no forms and
 * whom the API refuses. Each page's screenshot is kept in {@code target/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String DCMS = "Department for Digital, Culture, Media and Sport";

    private static RunningSystem system;
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() throws IOException {
        system = RunningSystem.start("127.0.0.1", "dashboard");
        loadSamples();
        Files.createDirectories(SCREENSHOTS);
        File chromium = new File("/usr/bin/chromium");
        File driver = new File("/usr/bin/chromedriver");
        assertThat(chromium).as("the browser tests need Debian's chromium (apt-get install chromium chromium-driver; "
                + ".ci/run installs it)").exists();
        assertThat(driver).as("the browser tests need Debian's chromium-driver").exists();
        ChromeOptions options = new ChromeOptions().setBinary(chromium)
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000",
                        "--lang=en-GB");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(driver).build(), options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (system != null) {
            system.close();
        }
    }

    @Test
    @Order(1)
    void aViewerSignsInAndSeesTheLeagueTable() {
        browser.get(system.gateway() + "/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("api-key")));
        screenshot("sign-in");

        signIn(RunningSystem.VIEWER_KEY);

        WebElement league = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("league-table")));
        assertThat(league.getText()).contains(DCMS);
        assertThat(browser.findElement(By.id("who")).getText()).contains("(viewer)");
        assertThat(browser.getCurrentUrl()).doesNotContain(RunningSystem.VIEWER_KEY);
        assertThat(browser.manage().getCookies()).isEmpty();
        screenshot("overview");
    }

    @Test
    @Order(2)
    void aViewerFiltersByDepartmentAndOverdue() {
        browser.get(system.gateway() + "/#/commitments");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("f-department")));
        new Select(browser.findElement(By.id("f-department"))).selectByVisibleText(DCMS);
        new Select(browser.findElement(By.id("f-overdue"))).selectByValue("true");
        browser.findElement(By.id("apply-filters")).click();

        wait.until(ExpectedConditions.urlContains("overdue=true"));
        // the rows of the filtered table, once it has replaced the unfiltered one
        List<String> rows = wait.until(d -> {
            List<String> found = d.findElements(By.cssSelector("#commitments-table tbody tr")).stream()
                    .map(row -> row.getAttribute("class") + "|" + row.getText()).toList();
            return !found.isEmpty() && found.stream().allMatch(row -> row.contains(DCMS)) ? found : null;
        });
        assertThat(rows).allSatisfy(row -> assertThat(row).startsWith("overdue|").contains("Overdue,"));
        assertThat(rows).hasSize(overdueFor(DCMS).size());
        screenshot("commitments-filtered");
    }

    @Test
    @Order(3)
    void aCommitmentsPageHighlightsItsQuoteInTheAnswerAndAViewerHasNoFormsAndIsRefused() {
        JsonNode commitment = overdueFor(DCMS).get(0);
        browser.get(system.gateway() + "/#/commitment/" + commitment.get("id").asString());

        WebElement quote = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#answer mark#quote")));
        assertThat(quote.getText()).isEqualTo(commitment.at("/quote/text").asString());
        assertThat(browser.findElement(By.id("answer")).getText()).contains(quote.getText()).hasSizeGreaterThan(quote.getText().length());
        assertThat(browser.findElement(By.id("history")).getText()).contains("extracted");
        assertThat(browser.findElements(By.id("review-form"))).isEmpty();
        assertThat(browser.findElements(By.id("status-form"))).isEmpty();
        screenshot("commitment-viewer");

        // the viewer's key, used from this page the way a form would, is refused by the API
        Object status = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('/api/commitments/' + arguments[0] + '/review', {method: 'POST', headers: {
                    'Authorization': 'Bearer ' + sessionStorage.getItem('tracker.apiKey'),
                    'Content-Type': 'application/json'}, body: JSON.stringify({version: 1, decision: 'confirmed'})})
                  .then(r => done(r.status), e => done(String(e)));""", commitment.get("id").asString());
        assertThat(status).isEqualTo(403L);
    }

    @Test
    @Order(4)
    void anEditorConfirmsAQueuedCommitmentAndMarksAnotherDeliveredAndTheHistoryShowsBoth() {
        browser.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("api-key")));
        signIn(RunningSystem.EDITOR_KEY);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("league-table")));
        long deliveredBefore = leagueRow(DCMS).get("delivered").asLong();
        long overdueBefore = leagueRow(DCMS).get("overdue").asLong();

        // the review queue: confirm its first commitment
        browser.get(system.gateway() + "/#/review");
        WebElement first = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#commitments-table tbody tr")));
        String queuedId = first.getAttribute("data-id");
        screenshot("review-queue");
        first.findElement(By.cssSelector("button.confirm-row")).click();
        wait.until(d -> d.findElements(By.cssSelector("#commitments-table tbody tr[data-id='" + queuedId + "']")).isEmpty());
        openCommitment(queuedId, null);
        WebElement history = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("history")));
        assertThat(history.getText()).contains("reviewed by").contains("review: unreviewed → confirmed");

        // another, overdue: delivered, with evidence
        JsonNode overdue = overdueFor(DCMS).get(0);
        String deliveredId = overdue.get("id").asString();
        openCommitment(deliveredId, overdue.get("action").asString());
        new Select(browser.findElement(By.id("status-input"))).selectByValue("delivered");
        browser.findElement(By.id("save-status")).click();
        WebElement problem = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#status-form .problem")));
        assertThat(problem.getText()).contains("evidence");
        browser.findElement(By.id("evidence-url-input")).sendKeys("https://www.gov.uk/government/publications/rural-connectivity");
        browser.findElement(By.id("evidence-title-input")).sendKeys("Rural connectivity: the plan");
        browser.findElement(By.id("status-note-input")).sendKeys("Published as promised");
        browser.findElement(By.id("save-status")).click();

        WebElement evidence = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("evidence")));
        assertThat(evidence.getText()).contains("Rural connectivity: the plan");
        assertThat(browser.findElement(By.id("history")).getText()).contains("status changed by")
                .contains("status: open → delivered").contains("Published as promised");
        assertThat(browser.findElements(By.cssSelector(".banner-flag"))).as("no longer overdue").isEmpty();
        screenshot("commitment-delivered");

        // it has left the overdue list, and the league table has changed
        assertThat(overdueFor(DCMS)).extracting(c -> c.get("id").asString()).doesNotContain(deliveredId);
        browser.get(system.gateway() + "/#/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("league-table")));
        assertThat(leagueRow(DCMS).get("delivered").asLong()).isEqualTo(deliveredBefore + 1);
        assertThat(leagueRow(DCMS).get("overdue").asLong()).isEqualTo(overdueBefore - 1);
        screenshot("overview-after");
    }

    @Test
    @Order(5)
    void onAPhoneThePagesStillFit() {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.get(system.gateway() + "/#/commitments");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("commitments-table")));
            screenshot("commitments-phone");
            Object tooWide = ((JavascriptExecutor) browser).executeScript("""
                    return [...document.querySelectorAll('body *')]
                      .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.scroll'))
                      .map(e => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className).slice(0, 5);""");
            assertThat((List<?>) tooWide).as("elements wider than the phone's screen, outside scrolling tables").isEmpty();
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    /** Opens a commitment's page and waits until it shows that commitment (not the page it came from). */
    private static void openCommitment(String id, String action) {
        browser.get(system.gateway() + "/#/commitment/" + id);
        String expected = action != null ? action : get("/api/commitments/" + id).get("action").asString();
        wait.until(ExpectedConditions.textToBe(By.id("commitment-title"), expected));
    }

    @Test
    @Order(6)
    void aSignedInUserReadsEachServicesOpenApiDocumentAndNobodyElseDoes() throws Exception {
        browser.get(system.gateway() + "/api-docs.html");
        WebElement title;
        try {
            title = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".swagger-ui .info .title")));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("Swagger UI did not show; the browser's console: "
                    + browser.manage().logs().get(LogType.BROWSER).getAll(), e);
        }
        assertThat(title.getText()).contains("commitments-service");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".opblock-summary-path")));
        assertThat(browser.findElements(By.cssSelector(".opblock-summary-path")))
                .extracting(WebElement::getText).anyMatch(path -> path.contains("/api/commitments/{id}/status"));
        screenshot("api-docs");

        for (String service : List.of("ingest", "commitments", "notify")) {
            JsonNode document = get("/api/docs/" + service);
            assertThat(document.get("openapi").asString()).startsWith("3.");
            assertThat(document.at("/servers/0/url").asString()).isEqualTo("/");
            int anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(system.gateway()
                    + "/api/docs/" + service)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            assertThat(anonymous).as("without a key").isEqualTo(401);
        }
    }

    private static void signIn(String key) {
        WebElement input = browser.findElement(By.id("api-key"));
        input.clear();
        input.sendKeys(key);
        browser.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("who")));
    }

    /** The whole page: the window is made as tall as the page for the picture, then put back. */
    private static void screenshot(String name) {
        Dimension window = browser.manage().window().getSize();
        long height = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight;");
        browser.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(6000, height + 140)));
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            browser.manage().window().setSize(window);
        }
    }

    private static List<JsonNode> overdueFor(String department) {
        JsonNode page = get("/api/commitments?overdue=true&size=100&department=" + department.replace(" ", "%20")
                .replace(",", "%2C"));
        return page.get("items").valueStream().toList();
    }

    private static JsonNode leagueRow(String department) {
        return get("/api/stats").get("departments").valueStream()
                .filter(d -> d.get("department").asString().equals(department)).findFirst().orElseThrow();
    }

    private static JsonNode get(String path) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(system.gateway() + path))
                    .header("Authorization", "Bearer " + RunningSystem.VIEWER_KEY).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The sample answers, through the gateway as an editor, and their commitments listed. */
    private static void loadSamples() throws IOException {
        HttpClient http = HttpClient.newHttpClient();
        List<String> answers = Files.readAllLines(Path.of(System.getProperty("tracker.root"), "samples", "answers.jsonl"));
        for (String answer : answers) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(system.gateway() + "/api/answers"))
                        .header("Authorization", "Bearer " + RunningSystem.EDITOR_KEY).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(answer)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(response.body()).isIn(200, 202);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> overdueFor(DCMS).size() >= 2
                && get("/api/commitments?review=unreviewed&size=1").get("total").asInt() > 0);
    }
}
