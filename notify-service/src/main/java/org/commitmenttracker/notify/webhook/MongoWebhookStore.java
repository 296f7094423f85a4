package org.commitmenttracker.notify.webhook;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

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
    public void disable(String id, String reason, Instant at) {
        mongo.updateFirst(query(where("id").is(id).and("state").is(WebhookState.ACTIVE)), new Update()
                .set("state", WebhookState.DISABLED).set("disabledAt", at).set("disabledReason", reason),
                WebhookDocument.class);
    }

    @Document(COLLECTION)
    record WebhookDocument(@Id String id, String url, String description, String secret, WebhookState state,
                           Instant createdAt, Instant disabledAt, String disabledReason) {

        static WebhookDocument of(RegisteredWebhook w) {
            return new WebhookDocument(w.id(), w.url(), w.description(), w.secret(), w.state(), w.createdAt(),
                    w.disabledAt(), w.disabledReason());
        }

        RegisteredWebhook toWebhook() {
            return new RegisteredWebhook(id, url, description, secret, state, createdAt, disabledAt, disabledReason);
        }

        @Override
        public String toString() {
            return "WebhookDocument[id=" + id + ", url=" + url + ", state=" + state + "]";
        }
    }
}
