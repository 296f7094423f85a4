package org.commitmenttracker.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.commitmenttracker.events.CommitmentState;
import org.commitmenttracker.events.CommitmentStatus;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

/** E-mail digests, sent to a real SMTP server (GreenMail) and read back from it. */
class DigestIT extends NotifyIntegrationTest {

    private static final LocalDate PASSED = LocalDate.parse("2020-05-31");

    @Test
    void aDailyDigestListsTheMatchingAlertsWithDashboardLinksAndUnsubscribesInOneClick() throws Exception {
        String address = "desk-" + uniqueCommitmentId() + "@newsroom.example.org";
        Reply subscribed = as("viewer-key-1", "viewer", HttpMethod.POST, "/api/digests", json.writeValueAsString(Map.of(
                "email", address, "frequency", "daily", "types", List.of("commitment.overdue"),
                "departments", List.of("Department of Energy and Climate Change"))));
        assertThat(subscribed.status()).isEqualTo(201);
        String id = subscribed.body().get("id").asString();
        assertThat(subscribed.body().get("owner").asString()).isEqualTo("viewer-key-1");
        clock.advance(Duration.ofSeconds(1)); // the digest lists what was raised after it was subscribed to
        assertThat(subscribed.body().toString()).doesNotContain("unsubscribeToken");

        String energy = uniqueCommitmentId();
        String cabinet = uniqueCommitmentId();
        events.publishAll(List.of(inDepartment(energy, "Department for Energy Security and Net Zero", "publish the heat strategy"),
                commitment(cabinet, explicit(PASSED), CommitmentStatus.OPEN)));
        await().atMost(Duration.ofSeconds(10)).until(() -> raised(energy) && raised(cabinet));

        clock.advance(Duration.ofDays(1).plusHours(1));
        MimeMessage digest = await().atMost(Duration.ofSeconds(10)).until(() -> to(address), m -> m.length > 0)[0];

        assertThat(digest.getSubject()).startsWith("Commitment tracker: 1 alert");
        assertThat(digest.getHeader("List-Unsubscribe")[0]).startsWith("<http://localhost:8080/api/digests/unsubscribe/");
        assertThat(digest.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        String text = part(digest, "text/plain");
        String html = part(digest, "text/html");
        assertThat(text).contains("Gone overdue (1)", "publish the heat strategy",
                "Department for Energy Security and Net Zero", "http://localhost:8080/#/commitment/" + energy);
        assertThat(text).doesNotContain(cabinet);
        assertThat(html).contains("<a href=\"http://localhost:8080/#/commitment/" + energy + "\">publish the heat strategy</a>");

        String link = digest.getHeader("List-Unsubscribe")[0].replaceAll("^<http://localhost:8080|>$", "");
        Reply unsubscribed = get(link);
        assertThat(unsubscribed.status()).isEqualTo(200);
        assertThat(unsubscribed.contentType()).startsWith("text/html");
        Reply again = post(link);
        assertThat(again.status()).as("one-click, again").isEqualTo(200);
        assertThat(get("/api/digests/unsubscribe/not-a-token").status()).isEqualTo(404);
        JsonNode after = as("viewer-key-1", "viewer", HttpMethod.GET, "/api/digests/" + id, null).body();
        assertThat(after.get("unsubscribedAt").isNull()).isFalse();
        assertThat(after.get("nextDigestAt").isNull()).isTrue();
    }

    @Test
    void staffSeeOnlyTheirOwnDigestsAndSendNowTriesOneAtOnce() throws Exception {
        String address = "own-" + uniqueCommitmentId() + "@newsroom.example.org";
        Reply mine = as("viewer-key-2", "viewer", HttpMethod.POST, "/api/digests", json.writeValueAsString(Map.of(
                "email", address, "frequency", "weekly", "keywords", List.of("consultation"))));
        assertThat(mine.status()).isEqualTo(201);
        String id = mine.body().get("id").asString();

        assertThat(as("viewer-key-3", "viewer", HttpMethod.GET, "/api/digests/" + id, null).status()).isEqualTo(404);
        assertThat(as("viewer-key-3", "viewer", HttpMethod.GET, "/api/digests", null).body().valueStream()
                .map(d -> d.get("id").asString())).doesNotContain(id);
        assertThat(as("admin-key", "admin", HttpMethod.GET, "/api/digests", null).body().valueStream()
                .map(d -> d.get("id").asString())).contains(id);
        assertThat(as("viewer-key-3", "viewer", HttpMethod.DELETE, "/api/digests/" + id, null).status()).isEqualTo(404);

        String commitment = uniqueCommitmentId();
        events.publish(commitment(commitment, explicit(PASSED), CommitmentStatus.OPEN));
        await().atMost(Duration.ofSeconds(10)).until(() -> raised(commitment));
        Reply sent = as("viewer-key-2", "viewer", HttpMethod.POST, "/api/digests/" + id + "/send-now", null);
        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.body().get("sent").asBoolean()).isTrue();
        MimeMessage digest = await().atMost(Duration.ofSeconds(10)).until(() -> to(address), m -> m.length > 0)[0];
        assertThat(part(digest, "text/plain")).contains("publish the consultation", commitment);

        Reply changed = as("viewer-key-2", "viewer", HttpMethod.PATCH, "/api/digests/" + id,
                json.writeValueAsString(Map.of("frequency", "daily")));
        assertThat(changed.body().get("frequency").asString()).isEqualTo("daily");
        Reply bad = as("viewer-key-2", "viewer", HttpMethod.POST, "/api/digests", json.writeValueAsString(Map.of(
                "email", "not an address", "frequency", "daily")));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().at("/errors/0/field").asString()).isEqualTo("email");
        assertThat(post("/api/digests", json.writeValueAsString(Map.of("email", address, "frequency", "daily"))).status())
                .as("without a caller from the gateway").isEqualTo(403);
        assertThat(as("viewer-key-2", "viewer", HttpMethod.DELETE, "/api/digests/" + id, null).status()).isEqualTo(204);
    }

    private boolean raised(String commitmentId) {
        return get("/api/alerts?type=commitment.overdue&limit=500").body().valueStream()
                .anyMatch(a -> a.get("commitmentId").asString().equals(commitmentId));
    }

    private static MimeMessage[] to(String address) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toArray(MimeMessage[]::new);
    }

    /** The first body part of this type, however deep in the multipart. */
    private static String part(Object content, String type) throws Exception {
        if (content instanceof MimeMessage message) {
            return part(message.getContent(), type);
        }
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                var body = multipart.getBodyPart(i);
                if (body.isMimeType(type)) {
                    return (String) body.getContent();
                }
                if (body.getContent() instanceof Multipart nested) {
                    String found = part(nested, type);
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        return null;
    }

    private static CommitmentState inDepartment(String id, String department, String action) {
        return answeredBy(commitment(id, explicit(PASSED), CommitmentStatus.OPEN), department, action);
    }
}
