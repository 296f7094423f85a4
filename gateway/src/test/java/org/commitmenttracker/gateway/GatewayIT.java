package org.commitmenttracker.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;

/**
 * The whole gateway on a random port, with WireMock standing in for ingest, commitments and notify.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gateway.max-request-size=64KB",
        "gateway.max-import-size=256KB",
        "gateway.downstream-health-timeout=500ms",
        "spring.cloud.gateway.server.webflux.httpclient.response-timeout=1s"})
@AutoConfigureWebTestClient
@ExtendWith(OutputCaptureExtension.class)
class GatewayIT {

    private static final String VIEWER_KEY = "viewer-key-0123456789";
    private static final String EDITOR_KEY = "editor-key-0123456789";
    private static final String ADMIN_KEY = "admin-key-0123456789ab";
    private static final int MAX_BODY_BYTES = 64 * 1024;

    @RegisterExtension
    static final WireMockExtension ingest = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).build();

    @RegisterExtension
    static final WireMockExtension commitments = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).build();

    @RegisterExtension
    static final WireMockExtension notify = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).build();

    @DynamicPropertySource
    static void gatewaySettings(DynamicPropertyRegistry registry) {
        registry.add("TRACKER_API_KEYS", () -> VIEWER_KEY + ":viewer," + EDITOR_KEY + ":editor," + ADMIN_KEY + ":admin");
        registry.add("gateway.services.ingest", ingest::baseUrl);
        registry.add("gateway.services.commitments", commitments::baseUrl);
        registry.add("gateway.services.notify", notify::baseUrl);
    }

    @Autowired
    WebTestClient client;

    @BeforeEach
    void servicesAreUp() {
        for (WireMockExtension service : List.of(ingest, commitments, notify)) {
            service.stubFor(get("/actuator/health").willReturn(okJson("{\"status\":\"UP\"}")));
        }
        commitments.stubFor(get("/api/commitments").willReturn(okJson("[{\"id\":\"c-1\"}]")));
        ingest.stubFor(post("/api/answers").willReturn(aResponse().withStatus(202)));
        notify.stubFor(post("/api/webhooks").willReturn(aResponse().withStatus(201)));
    }

    // --- authentication ---

    @Test
    void refusesARequestWithoutAKeyWithA401ProblemAndABearerChallenge() {
        client.get().uri("/api/commitments").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:commitment-tracker:problem:unauthorized")
                .jsonPath("$.title").isEqualTo("Unauthorized")
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.detail").isNotEmpty();
        commitments.verify(0, getRequestedFor(urlEqualTo("/api/commitments")));
    }

    @Test
    void refusesAWrongKeyWithA401ProblemThatDoesNotEchoTheKey() {
        String wrongKey = "not-a-key-we-know-0123";

        String body = client.get().uri("/api/commitments").header(HttpHeaders.AUTHORIZATION, "Bearer " + wrongKey)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().value(HttpHeaders.WWW_AUTHENTICATE, value -> assertThat(value).startsWith("Bearer"))
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(body).contains("\"type\":\"urn:commitment-tracker:problem:unauthorized\"").doesNotContain(wrongKey);
        commitments.verify(0, getRequestedFor(urlEqualTo("/api/commitments")));
    }

    @Test
    void refusesAnAuthorizationHeaderThatIsNotABearerKey() {
        client.get().uri("/api/commitments").header(HttpHeaders.AUTHORIZATION, "Basic dmlld2VyOnNlY3JldA==")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.type").isEqualTo("urn:commitment-tracker:problem:unauthorized");
    }

    // --- roles ---

    @Test
    void aViewerReadsCommitmentsThroughTheGateway() {
        as(VIEWER_KEY).get().uri("/api/commitments").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$[0].id").isEqualTo("c-1");
    }

    @Test
    void aViewerCannotPostAnswers() {
        as(VIEWER_KEY).post().uri("/api/answers").contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:commitment-tracker:problem:forbidden")
                .jsonPath("$.title").isEqualTo("Forbidden")
                .jsonPath("$.status").isEqualTo(403)
                .jsonPath("$.detail").isEqualTo("The viewer role does not allow this request.");
        ingest.verify(0, postRequestedFor(urlEqualTo("/api/answers")));
    }

    @Test
    void anEditorsAnswerReachesIngestWithTheGatewaysIdentityHeadersAndWithoutTheKey() {
        as(EDITOR_KEY).post().uri("/api/answers").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"uin\":\"1\"}")
                .exchange()
                .expectStatus().isAccepted();

        LoggedRequest received = onlyRequest(ingest, "/api/answers");
        assertThat(received.getBodyAsString()).isEqualTo("{\"uin\":\"1\"}");
        assertThat(received.getHeaders().getHeader("X-Tracker-Role").values()).containsExactly("editor");
        assertThat(received.getHeaders().getHeader("X-Tracker-Principal").values()).containsExactly(keyId(EDITOR_KEY));
        assertThat(received.containsHeader(HttpHeaders.AUTHORIZATION)).isFalse();
        assertThat(received.getHeaders().all()).noneSatisfy(header ->
                assertThat(header.values()).anySatisfy(value -> assertThat(value).contains(EDITOR_KEY)));
    }

    @Test
    void anEditorCannotManageWebhooksButAnAdminCan() {
        as(EDITOR_KEY).post().uri("/api/webhooks").contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo("urn:commitment-tracker:problem:forbidden");
        notify.verify(0, postRequestedFor(urlEqualTo("/api/webhooks")));

        as(ADMIN_KEY).post().uri("/api/webhooks").contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isCreated();
        assertThat(onlyRequest(notify, "/api/webhooks").getHeaders().getHeader("X-Tracker-Role").values())
                .containsExactly("admin");
    }

    @Test
    void reExtractingEveryAnswerIsForAnAdminOnlyWhileAnEditorStillEditsCommitments() {
        commitments.stubFor(post("/api/commitments/reextract").willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody("{\"id\": \"job-1\", \"state\": \"running\"}")));
        commitments.stubFor(get("/api/commitments/reextract/job-1").willReturn(okJson("{\"id\": \"job-1\"}")));

        as(EDITOR_KEY).post().uri("/api/commitments/reextract").exchange().expectStatus().isForbidden();
        as(VIEWER_KEY).get().uri("/api/commitments/reextract/job-1").exchange().expectStatus().isForbidden();
        commitments.verify(0, postRequestedFor(urlEqualTo("/api/commitments/reextract")));

        as(ADMIN_KEY).post().uri("/api/commitments/reextract").exchange().expectStatus().isAccepted();
        as(ADMIN_KEY).get().uri("/api/commitments/reextract/job-1").exchange().expectStatus().isOk();
    }

    @Test
    void webhooksAreAdminOnlyEvenForReading() {
        notify.stubFor(get("/api/webhooks").willReturn(okJson("[]")));

        as(VIEWER_KEY).get().uri("/api/webhooks").exchange().expectStatus().isForbidden();
        as(EDITOR_KEY).get().uri("/api/webhooks").exchange().expectStatus().isForbidden();
        as(ADMIN_KEY).get().uri("/api/webhooks").exchange().expectStatus().isOk();
    }

    @Test
    void aViewerReadsAlertsFromNotify() {
        notify.stubFor(get("/api/alerts").willReturn(okJson("[]")));

        as(VIEWER_KEY).get().uri("/api/alerts").exchange().expectStatus().isOk();
    }

    @Test
    void aViewerManagesTheirDigestsAndTheUnsubscribeLinkNeedsNoKey() {
        notify.stubFor(post("/api/digests").willReturn(aResponse().withStatus(201)));
        notify.stubFor(get(urlEqualTo("/api/digests/unsubscribe/t0ken")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody("<p>Unsubscribed</p>")));
        notify.stubFor(post(urlEqualTo("/api/digests/unsubscribe/t0ken")).willReturn(aResponse().withStatus(200)));

        as(VIEWER_KEY).post().uri("/api/digests").contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isCreated();
        assertThat(onlyRequest(notify, "/api/digests").getHeaders().getHeader("X-Tracker-Principal").values())
                .containsExactly(keyId(VIEWER_KEY));
        client.get().uri("/api/digests/unsubscribe/t0ken").exchange().expectStatus().isOk();
        client.post().uri("/api/digests/unsubscribe/t0ken").exchange().expectStatus().isOk();
        // nothing else of the digests is public
        client.get().uri("/api/digests").exchange().expectStatus().isUnauthorized();
        client.get().uri("/api/digests/unsubscribe/t0ken/more").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void identityHeadersSentByTheCallerAreReplacedByTheGatewaysOwn() {
        as(VIEWER_KEY).get().uri("/api/commitments")
                .header("X-Tracker-Role", "admin")
                .header("x-tracker-principal", "evil")
                .header("X-TRACKER-ON-BEHALF-OF", "someone")
                .exchange()
                .expectStatus().isOk();

        LoggedRequest received = onlyRequest(commitments, "/api/commitments");
        assertThat(received.getHeaders().getHeader("X-Tracker-Role").values()).containsExactly("viewer");
        assertThat(received.getHeaders().getHeader("X-Tracker-Principal").values()).containsExactly(keyId(VIEWER_KEY));
        assertThat(received.containsHeader("X-Tracker-On-Behalf-Of")).isFalse();
        assertThat(received.containsHeader(HttpHeaders.AUTHORIZATION)).isFalse();
    }

    @Test
    void unknownPathsNeedAnAdminAndThenAreA404Problem() {
        as(EDITOR_KEY).get().uri("/internal/anything").exchange()
                .expectStatus().isForbidden();
        as(ADMIN_KEY).get().uri("/internal/anything").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:commitment-tracker:problem:not-found")
                .jsonPath("$.status").isEqualTo(404);
    }

    @Test
    void aPathThatClimbsOutOfItsRouteIsRejectedWithAProblem() {
        as(VIEWER_KEY).get().uri("/api/commitments/../webhooks").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:commitment-tracker:problem:rejected-request");
        for (WireMockExtension service : List.of(ingest, commitments, notify)) {
            service.verify(0, anyRequestedFor(anyUrl()));
        }
    }

    // --- limits and downstream failures ---

    @Test
    void aBodyOverTheLimitIsA413ProblemAndNeverReachesTheService() {
        as(EDITOR_KEY).post().uri("/api/answers").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new byte[MAX_BODY_BYTES + 1])
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:commitment-tracker:problem:content-too-large")
                .jsonPath("$.status").isEqualTo(413);
        ingest.verify(0, postRequestedFor(urlEqualTo("/api/answers")));
    }

    @Test
    void anImportMayBeLargerThanOtherRequestsButHasALimitOfItsOwn() {
        ingest.stubFor(post("/api/imports").willReturn(aResponse().withStatus(202)));
        as(EDITOR_KEY).post().uri("/api/imports").contentType(MediaType.parseMediaType("application/x-ndjson"))
                .bodyValue(new byte[MAX_BODY_BYTES * 2])
                .exchange()
                .expectStatus().isAccepted();
        as(EDITOR_KEY).post().uri("/api/imports").contentType(MediaType.parseMediaType("application/x-ndjson"))
                .bodyValue(new byte[256 * 1024 + 1])
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
        ingest.verify(1, postRequestedFor(urlEqualTo("/api/imports")));
    }

    @Test
    void aBodyAtTheLimitGetsThrough() {
        as(EDITOR_KEY).post().uri("/api/answers").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new byte[MAX_BODY_BYTES])
                .exchange()
                .expectStatus().isAccepted();
    }

    @Test
    void aChunkedBodyOverTheLimitIsA413Problem() {
        as(EDITOR_KEY).post().uri("/api/answers").contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(chunks(5, MAX_BODY_BYTES / 4), DataBuffer.class)
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
                .expectBody().jsonPath("$.type").isEqualTo("urn:commitment-tracker:problem:content-too-large");
    }

    @Test
    void aChunkedBodyUnderTheLimitReachesTheServiceWhole() {
        as(EDITOR_KEY).post().uri("/api/answers").contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(chunks(3, MAX_BODY_BYTES / 4), DataBuffer.class)
                .exchange()
                .expectStatus().isAccepted();

        LoggedRequest received = onlyRequest(ingest, "/api/answers");
        assertThat(received.getBody()).hasSize(3 * (MAX_BODY_BYTES / 4));
        assertThat(received.containsHeader(HttpHeaders.CONTENT_LENGTH)).isFalse();
    }

    @Test
    void aServiceThatDropsTheConnectionIsA502Problem() {
        commitments.stubFor(get("/api/commitments").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        as(VIEWER_KEY).get().uri("/api/commitments").exchange()
                .expectStatus().isEqualTo(HttpStatus.BAD_GATEWAY)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:commitment-tracker:problem:bad-gateway");
    }

    @Test
    void aServiceSlowerThanTheResponseTimeoutIsA504Problem() {
        commitments.stubFor(get("/api/commitments").willReturn(okJson("[]").withFixedDelay(3_000)));

        as(VIEWER_KEY).get().uri("/api/commitments").exchange()
                .expectStatus().isEqualTo(HttpStatus.GATEWAY_TIMEOUT)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:commitment-tracker:problem:gateway-timeout");
    }

    // --- health ---

    @Test
    void healthIsPublicAndUpWhenEveryServiceIsUp() {
        client.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.ingest.status").isEqualTo("UP")
                .jsonPath("$.components.commitments.status").isEqualTo("UP")
                .jsonPath("$.components.notify.status").isEqualTo("UP")
                .jsonPath("$.components.ping.status").isEqualTo("UP")
                .jsonPath("$..details").doesNotExist();
    }

    @Test
    void healthIsDownWhenAServiceReportsDown() {
        notify.stubFor(get("/actuator/health")
                .willReturn(aResponse().withStatus(503).withHeader("Content-Type", "application/json")
                        .withBody("{\"status\":\"DOWN\"}")));

        client.get().uri("/actuator/health").exchange()
                .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectBody()
                .jsonPath("$.status").isEqualTo("DOWN")
                .jsonPath("$.components.notify.status").isEqualTo("DOWN")
                .jsonPath("$.components.ingest.status").isEqualTo("UP")
                .jsonPath("$..details").doesNotExist();
    }

    @Test
    void healthIsDownWhenAServiceCannotBeReached() {
        commitments.stubFor(get("/actuator/health").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        client.get().uri("/actuator/health").exchange()
                .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectBody()
                .jsonPath("$.status").isEqualTo("DOWN")
                .jsonPath("$.components.commitments.status").isEqualTo("DOWN");
    }

    @Test
    void healthIsDownWhenAServiceAnswersAfterTheTimeout() {
        ingest.stubFor(get("/actuator/health").willReturn(okJson("{\"status\":\"UP\"}").withFixedDelay(2_000)));

        client.get().uri("/actuator/health").exchange()
                .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectBody()
                .jsonPath("$.status").isEqualTo("DOWN")
                .jsonPath("$.components.ingest.status").isEqualTo("DOWN");
    }

    @Test
    void onlyHealthIsExposed() {
        as(ADMIN_KEY).get().uri("/actuator/env").exchange().expectStatus().isNotFound();
        as(ADMIN_KEY).get().uri("/actuator/gateway/routes").exchange().expectStatus().isNotFound();
    }

    @Test
    void keysNeverAppearInTheLog(CapturedOutput output) {
        as(VIEWER_KEY).post().uri("/api/answers").bodyValue("{}").exchange().expectStatus().isForbidden();
        as("not-a-key-we-know-0123").get().uri("/api/commitments").exchange().expectStatus().isUnauthorized();
        commitments.stubFor(get("/api/commitments").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        as(VIEWER_KEY).get().uri("/api/commitments").exchange().expectStatus().isEqualTo(HttpStatus.BAD_GATEWAY);

        assertThat(output.getAll()).isNotEmpty()
                .doesNotContain(VIEWER_KEY, EDITOR_KEY, ADMIN_KEY, "not-a-key-we-know-0123");
    }

    private WebTestClient as(String key) {
        return client.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + key).build();
    }

    private static LoggedRequest onlyRequest(WireMockExtension service, String path) {
        List<LoggedRequest> requests = service.findAll(anyRequestedFor(urlEqualTo(path)));
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

    private static Flux<DataBuffer> chunks(int count, int size) {
        byte[] chunk = new byte[size];
        Arrays.fill(chunk, (byte) 'a');
        return Flux.range(0, count).map(i -> DefaultDataBufferFactory.sharedInstance.wrap(chunk.clone()));
    }

    private static String keyId(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 12);
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
