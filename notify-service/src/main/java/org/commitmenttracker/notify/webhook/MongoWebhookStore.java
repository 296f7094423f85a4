package org.commitmenttracker.notify.webhook;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.commitmenttracker.notify.alerts.AlertFilter;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

@Repository
class MongoWebhookStore implements WebhookStore {

    static final String COLLECTION = "webhooks";

    private final MongoTemplate mongo;

    MongoWebhookStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void insert(RegisteredWebhook webhook) {
        mongo.insert(WebhookDocument.of(webhook));
    }

    @Override
    public Optional<RegisteredWebhook> find(String id) {
        return Optional.ofNullable(mongo.findById(id, WebhookDocument.class)).map(WebhookDocument::toWebhook);
    }

    @Override
    public List<RegisteredWebhook> all() {
        return mongo.find(new Query().with(Sort.by("createdAt", "id")), WebhookDocument.class).stream()
                .map(WebhookDocument::toWebhook).toList();
    }

    @Override
    public List<RegisteredWebhook> active() {
        return mongo.find(query(where("state").is(WebhookState.ACTIVE)), WebhookDocument.class).stream()
                .map(WebhookDocument::toWebhook).toList();
    }

    @Override
    public void update(RegisteredWebhook webhook) {
        mongo.updateFirst(query(where("id").is(webhook.id())), new Update().set("url", webhook.url())
                .set("description", webhook.description()).set("filter", webhook.filter()), WebhookDocument.class);
    }

    @Override
    public void rotateSecret(String id, String secret, Instant previousUntil) {
        WebhookDocument current = mongo.findById(id, WebhookDocument.class);
        if (current == null) {
            return;
        }
        // conditional on the secret read, so that two rotations at once cannot both keep the same previous secret
        mongo.updateFirst(query(where("id").is(id).and("secret").is(current.secret())), new Update()
                .set("secret", secret).set("previousSecret", current.secret())
                .set("previousSecretUntil", previousUntil), WebhookDocument.class);
    }

    @Override
    public boolean disable(String id, String reason, Instant at) {
        return mongo.updateFirst(query(where("id").is(id).and("state").is(WebhookState.ACTIVE)), new Update()
                .set("state", WebhookState.DISABLED).set("disabledAt", at).set("disabledReason", reason)
                .set("disabledEventPending", true), WebhookDocument.class).getModifiedCount() == 1;
    }

    @Override
    public boolean enable(String id) {
        return mongo.updateFirst(query(where("id").is(id).and("state").is(WebhookState.DISABLED)), new Update()
                .set("state", WebhookState.ACTIVE).unset("disabledAt").unset("disabledReason")
                .set("disabledEventPending", false), WebhookDocument.class).getModifiedCount() == 1;
    }

    @Override
    public boolean delete(String id) {
        return mongo.remove(query(where("id").is(id)), WebhookDocument.class).getDeletedCount() == 1;
    }

    @Override
    public List<RegisteredWebhook> awaitingDisabledEvent() {
        return mongo.find(query(where("disabledEventPending").is(true)).limit(100), WebhookDocument.class).stream()
                .map(WebhookDocument::toWebhook).toList();
    }

    @Override
    public void disabledEventPublished(String id, Instant disabledAt) {
        mongo.updateFirst(query(where("id").is(id).and("disabledAt").is(disabledAt)),
                Update.update("disabledEventPending", false), WebhookDocument.class);
    }

    @Document(COLLECTION)
    record WebhookDocument(@Id String id, String url, String description, AlertFilter filter, String secret,
                           String previousSecret, Instant previousSecretUntil, WebhookState state, Instant createdAt,
                           Instant disabledAt, String disabledReason, boolean disabledEventPending) {

        static WebhookDocument of(RegisteredWebhook w) {
            return new WebhookDocument(w.id(), w.url(), w.description(), w.filter(), w.secret(), w.previousSecret(),
                    w.previousSecretUntil(), w.state(), w.createdAt(), w.disabledAt(), w.disabledReason(),
                    w.disabledEventPending());
        }

        RegisteredWebhook toWebhook() {
            return new RegisteredWebhook(id, url, description, filter, secret, previousSecret, previousSecretUntil,
                    state, createdAt, disabledAt, disabledReason, disabledEventPending);
        }

        @Override
        public String toString() {
            return "WebhookDocument[id=" + id + ", url=" + url + ", state=" + state + "]";
        }
    }
}
