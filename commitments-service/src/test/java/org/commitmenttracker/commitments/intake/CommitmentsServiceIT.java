package org.commitmenttracker.commitments.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.commitmenttracker.events.Answer;
import org.commitmenttracker.events.AnswerReceived;
import org.commitmenttracker.events.Topics;
import org.commitmenttracker.localinfra.TestInfrastructure;
import org.commitmenttracker.localinfra.TestInfrastructureConfiguration;
import org.commitmenttracker.localinfra.TopicProbe;
import org.commitmenttracker.support.events.EventPublisher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** commitments-service as a whole: answer events in from a real broker, commitments in the store, out on Kafka and HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@Import(TestInfrastructureConfiguration.class)
class CommitmentsServiceIT {

    private static final String SEED_TEXT = "On 5th May 2019 the Cabinet Office also announced a range of measures. "
            + "This included commitments to launch a consultation on electoral integrity and implement a digital "
            + "imprints regime for online election material.";

    private static TopicProbe commitments;
    private static TopicProbe states;
    private static TopicProbe answersDeadLetters;

    @LocalServerPort
    int port;

    @Autowired
    EventPublisher publisher;

    @Autowired
    JsonMapper json;

    @BeforeAll
    static void openProbes() {
        commitments = new TopicProbe(TestInfrastructure.endpoints().kafkaBootstrapServers(), Topics.COMMITMENTS);
        states = new TopicProbe(TestInfrastructure.endpoints().kafkaBootstrapServers(), Topics.COMMITMENT_STATE);
        answersDeadLetters = new TopicProbe(TestInfrastructure.endpoints().kafkaBootstrapServers(), Topics.ANSWERS_DLT);
    }

    @AfterAll
    static void closeProbes() {
        commitments.close();
        states.close();
        answersDeadLetters.close();
    }

    @Test
    void anAnswerEventDeliveredTwiceGivesItsCommitmentsOnceInTheStoreAndOnTheApi() {
        String department = "Cabinet Office " + UUID.randomUUID();
        AnswerReceived event = answerEvent(department, SEED_TEXT);

        publisher.publish(event);
        publisher.publish(event);

        JsonNode page = await().atMost(Duration.ofSeconds(20))
                .until(() -> get("/api/commitments?department={d}", department), p -> p.get("total").asInt() == 2);
        assertThat(page.get("items").valueStream().map(i -> i.get("action").asString())).containsExactlyInAnyOrder(
                "launch a consultation on electoral integrity",
                "implement a digital imprints regime for online election material");
        JsonNode first = page.get("items").get(0);
        assertThat(first.get("status").asString()).isEqualTo("open");
        // the review state follows the calibrated threshold on the engine's confidence
        assertThat(first.get("review").asString()).isEqualTo(first.get("confidence").asDouble()
                >= org.commitmenttracker.commitments.extraction.CommitmentExtractor.REVIEW_THRESHOLD ? "accepted" : "unreviewed");
        assertThat(first.at("/source/answerId").asString()).isEqualTo(event.answer().id());

        String id = first.get("id").asString();
        assertThat(get("/api/commitments/" + id).get("id").asString()).isEqualTo(id);
        List<TopicProbe.Seen> extracted = await().atMost(Duration.ofSeconds(10))
                .until(() -> commitments.withKey(id), r -> !r.isEmpty());
        assertThat(extracted.get(0).headers()).containsEntry("ce_type", "org.commitmenttracker.commitment.extracted.v1")
                .containsEntry("ce_subject", id).containsEntry("ce_source", "/commitments-service");
        // the redelivered answer event changed nothing: version 1 only, and any event published again has its first id
        assertThat(extracted).extracting(r -> r.headers().get("ce_id")).allMatch(extracted.get(0).headers().get("ce_id")::equals);
        assertThat(json.readTree(extracted.get(0).value()).get("version").asLong()).isEqualTo(1);
        List<TopicProbe.Seen> state = await().atMost(Duration.ofSeconds(10)).until(() -> states.withKey(id), r -> !r.isEmpty());
        assertThat(state.get(0).headers()).containsEntry("ce_type", "org.commitmenttracker.commitment.state.v1")
                .containsEntry("ce_subject", id);
        JsonNode body = json.readTree(state.get(0).value());
        assertThat(body.get("version").asLong()).isEqualTo(1);
        assertThat(body.get("action").asString()).isEqualTo(first.get("action").asString());
        assertThat(body.get("tracked").asBoolean()).isTrue();
        assertThat(state).extracting(r -> json.readTree(r.value()).get("version").asLong()).containsOnly(1L);
        assertThat(get("/api/commitments/" + id).get("version").asLong()).isEqualTo(1);
        assertThat(get("/api/commitments/" + id).at("/history/0/kind").asString()).isEqualTo("extracted");
    }

    @Test
    void overdueIsDerivedFromAPassedDeadlineAndAnOpenStatus() {
        String department = "Department for Transport " + UUID.randomUUID();
        publisher.publish(answerEvent(department, "We will publish the Transport Decarbonisation Plan in the autumn. "
                + "We will publish the road strategy in the spring of 2999."));

        String base = "/api/commitments?department={d}";
        await().atMost(Duration.ofSeconds(20)).until(() -> get(base, department).get("total").asInt() == 2);

        JsonNode overdue = get(base + "&overdue=true", department);
        assertThat(overdue.get("total").asInt()).isEqualTo(1);
        assertThat(overdue.at("/items/0/action").asString()).isEqualTo("publish the Transport Decarbonisation Plan");
        assertThat(overdue.at("/items/0/overdue").asBoolean()).isTrue();
        assertThat(overdue.at("/items/0/deadline/date").asString()).isEqualTo("2019-11-30");
        JsonNode notOverdue = get(base + "&overdue=false", department);
        assertThat(notOverdue.at("/items/0/action").asString()).isEqualTo("publish the road strategy");
        assertThat(get(base + "&status=delivered", department).get("total").asInt()).isZero();
    }

    @Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;

    @Test
    void aCorrectionUpdatesCommitmentsInPlaceKeepsStaffsStatusAndMarksWhatItDropped() {
        String department = "Department for Education " + UUID.randomUUID();
        AnswerReceived original = answerEvent(department, "We will publish the review in the spring of 2020. "
                + "We will consult on the curriculum.");
        publisher.publish(original);
        JsonNode first = await().atMost(Duration.ofSeconds(20))
                .until(() -> get("/api/commitments?department={d}", department), p -> p.get("total").asInt() == 2);
        String publishId = first.get("items").valueStream().filter(i -> i.get("action").asString().startsWith("publish"))
                .findFirst().orElseThrow().get("id").asString();
        // a member of staff records progress (the lifecycle API will do this; here, straight into the store)
        mongo.updateFirst(org.springframework.data.mongodb.core.query.Query.query(
                        org.springframework.data.mongodb.core.query.Criteria.where("_id").is(publishId)),
                new org.springframework.data.mongodb.core.query.Update().set("status", "IN_PROGRESS").set("review", "CONFIRMED"),
                "commitments");

        Answer corrected = new Answer(original.answer().id(), "lords", original.answer().uin(), original.answer().dateTabled(),
                original.answer().dateAnswered(), department, "Earl Howe", null, "Curriculum",
                null, "Thank you for the question. We will publish the review in the spring of 2020.", null);
        publisher.publish(new org.commitmenttracker.events.AnswerCorrected(UUID.randomUUID().toString(), Instant.now(),
                corrected, "hash-2", "hash"));

        JsonNode publish = await().atMost(Duration.ofSeconds(20)).until(() -> get("/api/commitments/" + publishId),
                c -> c.at("/quote/start").asInt() > 0);
        assertThat(publish.get("status").asString()).isEqualTo("in_progress");
        assertThat(publish.get("review").asString()).isEqualTo("confirmed");
        assertThat(publish.get("inLatestAnswer").asBoolean()).isTrue();
        assertThat(publish.get("version").asLong()).isEqualTo(2);
        assertThat(publish.at("/history/1/kind").asString()).isEqualTo("re_extracted");
        JsonNode all = get("/api/commitments?department={d}", department);
        assertThat(all.get("total").asInt()).isEqualTo(2);
        JsonNode consult = all.get("items").valueStream().filter(i -> i.get("action").asString().startsWith("consult"))
                .findFirst().orElseThrow();
        assertThat(consult.get("inLatestAnswer").asBoolean()).isFalse();
        assertThat(consult.get("tracked").asBoolean()).isFalse();
        assertThat(consult.at("/history/1/kind").asString()).isEqualTo("dropped");

        // subscribers learn of the drop: a change event saying so, and the new state, which is not tracked
        String consultId = consult.get("id").asString();
        JsonNode dropped = await().atMost(Duration.ofSeconds(10)).until(() -> commitments.withKey(consultId).stream()
                .filter(r -> "org.commitmenttracker.commitment.changed.v1".equals(r.headers().get("ce_type")))
                .map(r -> json.readTree(r.value())).findFirst(), java.util.Optional::isPresent).orElseThrow();
        assertThat(dropped.get("change").asString()).isEqualTo("dropped");
        assertThat(dropped.get("version").asLong()).isEqualTo(2);
        assertThat(dropped.get("by").asString()).isEqualTo("commitments-service");
        JsonNode latest = await().atMost(Duration.ofSeconds(10)).until(() -> latestState(consultId),
                state -> state != null && state.get("version").asLong() == 2);
        assertThat(latest.get("inLatestAnswer").asBoolean()).isFalse();
        assertThat(latest.get("tracked").asBoolean()).isFalse();
        assertThat(latestState(publishId).get("status").asString()).isEqualTo("in_progress");
    }

    @Test
    void aWrittenStatementIsReadForCommitmentsAndAWithdrawalTakesThemOutOfTheLatestAnswer() {
        String department = "HM Treasury " + UUID.randomUUID();
        Answer statement = new Answer("uk-parliament:commons:2020-02-27:HCWS" + Math.abs(UUID.randomUUID().hashCode() % 100000),
                "commons", "HCWS132", LocalDate.of(2020, 2, 27), LocalDate.of(2020, 2, 27), department, "Rishi Sunak", null,
                "Treasury Update", null, "The second forecast will be laid in Parliament on 13 March with copies available "
                + "in the Vote Office.", null);
        publisher.publish(new org.commitmenttracker.events.StatementReceived(UUID.randomUUID().toString(), Instant.now(),
                statement, "hash"));

        JsonNode page = await().atMost(Duration.ofSeconds(20))
                .until(() -> get("/api/commitments?department={d}", department), p -> p.get("total").asInt() == 1);
        assertThat(page.at("/items/0/action").asString()).isEqualTo("lay the second forecast in Parliament");
        assertThat(page.at("/items/0/deadline/date").asString()).isEqualTo("2020-03-13");

        // laid on 13 March 2020: overdue, until the statement is withdrawn
        assertThat(get("/api/commitments?department={d}&overdue=true", department).get("total").asInt()).isEqualTo(1);
        String id = page.at("/items/0/id").asString();

        publisher.publish(new org.commitmenttracker.events.AnswerWithdrawn(UUID.randomUUID().toString(), Instant.now(),
                statement.id()));
        JsonNode withdrawn = await().atMost(Duration.ofSeconds(20)).until(() -> get("/api/commitments/" + id),
                c -> c.get("withdrawn").asBoolean());
        assertThat(withdrawn.get("inLatestAnswer").asBoolean()).isFalse();
        assertThat(withdrawn.get("overdue").asBoolean()).isFalse();
        assertThat(withdrawn.at("/history/1/kind").asString()).isEqualTo("withdrawn");
        assertThat(get("/api/commitments?department={d}&overdue=true", department).get("total").asInt()).isZero();
        assertThat(get("/api/commitments?department={d}&overdue=false", department).get("total").asInt()).isEqualTo(1);
        JsonNode latest = await().atMost(Duration.ofSeconds(10)).until(() -> latestState(id),
                state -> state != null && state.get("withdrawn").asBoolean());
        assertThat(latest.get("tracked").asBoolean()).isFalse();
        assertThat(latest.get("version").asLong()).isEqualTo(2);
    }

    /** The newest record of the commitment on the state topic, or null. */
    private JsonNode latestState(String id) {
        List<TopicProbe.Seen> seen = states.withKey(id);
        return seen.isEmpty() ? null : json.readTree(seen.get(seen.size() - 1).value());
    }

    @Test
    void aHoldingAnswerPromisesOnlyTheRealAnswer() {
        String department = "Ministry of Defence " + UUID.randomUUID();
        AnswerReceived real = answerEvent(department, "We will publish the housing strategy in the spring of 2020.");
        Answer holding = new Answer(real.answer().id(), "lords", real.answer().uin(), real.answer().dateTabled(),
                real.answer().dateAnswered(), department, "Earl Howe", null, "Housing", null,
                "I will reply to the noble Lord as soon as possible.", null, true, List.of());
        publisher.publish(new AnswerReceived(UUID.randomUUID().toString(), Instant.now(), holding, "holding"));
        publisher.publish(new org.commitmenttracker.events.AnswerCorrected(UUID.randomUUID().toString(), Instant.now(),
                real.answer(), "real", "holding"));

        JsonNode page = await().atMost(Duration.ofSeconds(20))
                .until(() -> get("/api/commitments?department={d}", department), p -> p.get("total").asInt() >= 1);
        assertThat(page.get("items").valueStream().map(i -> i.get("action").asString()))
                .containsExactly("publish the housing strategy");
    }

    @Test
    void lessConfidentCommitmentsAwaitReviewAndTheOthersAreAccepted() {
        String department = "Department of Health " + UUID.randomUUID();
        publisher.publish(answerEvent(department, "We will publish the plan by the end of March 2020. "
                + "This Plan sets a new national ambition to halve childhood obesity by 2030."));

        await().atMost(Duration.ofSeconds(20)).until(() -> get("/api/commitments?department={d}", department).get("total").asInt() == 2);
        assertThat(get("/api/commitments?department={d}&review=unreviewed", department).at("/items/0/action").asString())
                .isEqualTo("halve childhood obesity");
        assertThat(get("/api/commitments?department={d}&review=accepted", department).at("/items/0/action").asString())
                .isEqualTo("publish the plan");
    }

    @Test
    void badFiltersGetAProblemDetailNamingThem() {
        JsonNode unreadable = problem("/api/commitments?status=finished&overdue=maybe&review=perhaps&dueBefore=soon");
        assertThat(unreadable.get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactly("dueBefore", "overdue", "review", "status");
        assertThat(unreadable.at("/errors/3/message").asString()).contains("in_progress");
        assertThat(unreadable.at("/errors/1/message").asString()).isEqualTo("must be true or false");

        // values that are read but out of range are named too (once the values themselves can be read)
        JsonNode outOfRange = problem("/api/commitments?size=1000&page=-1&sort=days_overdue&overdue=false");
        assertThat(outOfRange.get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactly("page", "size", "sortCompatible");
    }

    @Test
    void filtersAreReadWhateverTheirCaseAndTheListCarriesFacets() {
        String department = "Department for Work and Pensions " + UUID.randomUUID();
        publisher.publish(answerEvent(department, "We will publish the pensions review in the spring of 2020."));
        await().atMost(Duration.ofSeconds(20)).until(() -> get("/api/commitments?department={d}", department)
                .get("total").asInt() == 1);

        JsonNode page = get("/api/commitments?department={d}&status=OPEN&q=Pension&sort=deadline&facets=true", department);
        assertThat(page.get("total").asInt()).isEqualTo(1);
        assertThat(get("/api/commitments?department={d}", department).get("facets").isNull()).as("only on request").isTrue();
        assertThat(page.at("/facets/department/0/value").asString()).isEqualTo(department);
        assertThat(page.at("/facets/status/0/value").asString()).isEqualTo("open");
        assertThat(get("/api/commitments?department={d}&q=pensions+strategy", department).get("total").asInt()).isZero();
    }

    private JsonNode problem(String path) {
        return RestClient.create("http://127.0.0.1:" + port).get().uri(path)
                .exchange((request, response) -> {
                    assertThat(response.getStatusCode().value()).isEqualTo(400);
                    assertThat(String.valueOf(response.getHeaders().getContentType())).startsWith("application/problem+json");
                    return json.readTree(response.getBody());
                }, true);
    }

    @Test
    void anUnknownCommitmentIsA404ProblemDetail() {
        int status = RestClient.create("http://127.0.0.1:" + port).get().uri("/api/commitments/cmt-nope")
                .exchange((request, response) -> response.getStatusCode().value(), true);
        assertThat(status).isEqualTo(404);
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheNextRecordIsStillProcessed() {
        String key = "poison-" + UUID.randomUUID();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.endpoints().kafkaBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> poison = new ProducerRecord<>(Topics.ANSWERS, key, "{not json".getBytes(StandardCharsets.UTF_8));
            poison.headers().add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8))
                    .add("ce_id", key.getBytes(StandardCharsets.UTF_8))
                    .add("ce_source", "/test".getBytes(StandardCharsets.UTF_8))
                    .add("ce_type", "org.commitmenttracker.answer.received.v1".getBytes(StandardCharsets.UTF_8))
                    .add("content-type", "application/json".getBytes(StandardCharsets.UTF_8));
            producer.send(poison);
            producer.send(new ProducerRecord<>(Topics.ANSWERS, key + "-no-cloudevent", "plain".getBytes(StandardCharsets.UTF_8)));
        }
        String department = "Home Office " + UUID.randomUUID();
        publisher.publish(answerEvent(department, "We will close 100 asylum hotels by the end of March."));

        List<TopicProbe.Seen> dead = await().atMost(Duration.ofSeconds(30))
                .until(() -> answersDeadLetters.poll().stream().filter(r -> r.key().startsWith(key)).toList(), r -> r.size() == 2);
        assertThat(dead).allSatisfy(r -> assertThat(r.headers()).containsKey("kafka_dlt-exception-message"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> get("/api/commitments?department={d}", department).get("total").asInt() == 1);
    }

    private static AnswerReceived answerEvent(String department, String text) {
        String uin = "HL" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000L);
        Answer answer = new Answer("uk-parliament:lords:2019-10-24:" + uin, "lords", uin, LocalDate.of(2019, 10, 24),
                LocalDate.of(2019, 11, 5), department, "Earl Howe", "Lord Kennedy of Southwark",
                "General Elections: Disinformation", null, text, "https://www.theyworkforyou.com/wrans/?id=2019-10-24.HL401.h");
        return new AnswerReceived(UUID.randomUUID().toString(), Instant.now(), answer, "hash");
    }

    private JsonNode get(String path, Object... variables) {
        return RestClient.create("http://127.0.0.1:" + port).get().uri(path, variables)
                .exchange((request, response) -> json.readTree(response.getBody()), true);
    }
}
