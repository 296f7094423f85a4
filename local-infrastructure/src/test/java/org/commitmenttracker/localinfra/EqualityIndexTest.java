package org.commitmenttracker.localinfra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.backend.IndexKey;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stand-in's secondary index: which queries it serves (equalities on its first key, bounds on its second), and,
 * on both backends, that every query answers exactly what a scan of the same documents without the index answers,
 * through inserts, updates that change the indexed fields, deletes and (on H2) a restart.
 */
class EqualityIndexTest {

    @TempDir
    Path dir;

    private static de.bwaldvogel.mongo.bson.Document doc(String key, Object value) {
        return new de.bwaldvogel.mongo.bson.Document(key, value);
    }

    @Test
    void servesEqualitiesAndInOnItsFirstTopLevelKey() {
        EqualityIndex<Integer> index = new EqualityIndex<>("pending_1_due_1",
                List.of(new IndexKey("pending", true), new IndexKey("due", true)), false);
        index.add(doc("_id", "a").append("pending", true).append("due", 3), 1, null);
        index.add(doc("_id", "b").append("pending", false), 2, null);
        index.add(doc("_id", "c").append("pending", List.of(true, 5L)), 3, null);
        index.add(doc("_id", "d"), 4, null);

        assertThat(index.getPositions(doc("pending", true).append("due", doc("$lt", 9)))).containsExactlyInAnyOrder(1, 3);
        assertThat(index.getPositions(doc("pending", doc("$eq", false)))).containsExactly(2);
        assertThat(index.getPositions(doc("pending", doc("$in", List.of(false, 5))))).containsExactlyInAnyOrder(2, 3);
        assertThat(index.getPositions(doc("pending", 5.0))).as("numbers compare by value").containsExactly(3);
        assertThat(index.getPositions(doc("pending", "nothing"))).isEmpty();

        assertThat(index.canHandle(doc("due", 3))).as("not its first key").isFalse();
        assertThat(index.canHandle(doc("pending", null))).as("null also matches a missing field").isFalse();
        assertThat(index.canHandle(doc("pending", doc("$ne", true)))).isFalse();
        assertThat(index.canHandle(doc("pending", doc("$gt", 1)))).isFalse();
        assertThat(index.canHandle(doc("pending", doc("$in", List.of(true, doc("x", 1)))))).isFalse();
        assertThat(index.canHandle(doc("pending", List.of(true)))).as("an array equals an array").isFalse();
        assertThat(index.canHandle(doc("pending", doc("$eq", true).append("$exists", true)))).isFalse();
        assertThat(EqualityIndex.serves(List.of(new IndexKey("source.answerId", true)))).isFalse();

        index.updateInPlace(doc("_id", "a").append("pending", true), doc("_id", "a").append("pending", false), 1, null);
        assertThat(index.getPositions(doc("pending", true))).containsExactly(3);
        assertThat(index.getPositions(doc("pending", false))).containsExactlyInAnyOrder(1, 2);
        assertThat(index.remove(doc("_id", "c"))).isEqualTo(3);
        assertThat(index.getPositions(doc("pending", true))).isEmpty();
        assertThat(index.getCount()).isEqualTo(3);
    }

    @Test
    void narrowsByBoundsOnItsSecondKey() {
        EqualityIndex<Integer> index = new EqualityIndex<>("pending_1_due_1",
                List.of(new IndexKey("pending", true), new IndexKey("deadline.date", true)), false);
        index.add(doc("_id", "a").append("pending", true).append("deadline", doc("date", "2026-01-10")), 1, null);
        index.add(doc("_id", "b").append("pending", true).append("deadline", doc("date", "2026-03-01")), 2, null);
        index.add(doc("_id", "c").append("pending", true).append("deadline", doc("date", 7)), 3, null);
        index.add(doc("_id", "d").append("pending", true), 4, null);
        index.add(doc("_id", "e").append("pending", true).append("deadline", doc("date", List.of("2026-01-01"))), 5, null);
        index.add(doc("_id", "f").append("pending", false).append("deadline", doc("date", "2026-01-10")), 6, null);

        // those with no plain value there (4: missing, 5: an array) are left to the stand-in to judge
        assertThat(index.getPositions(doc("pending", true).append("deadline.date", doc("$lt", "2026-02-01"))))
                .as("below a text: numbers, which order before texts, and the earlier text").containsExactlyInAnyOrder(1, 3, 4, 5);
        assertThat(index.getPositions(doc("pending", true).append("deadline.date", doc("$gte", "2026-01-10"))))
                .containsExactlyInAnyOrder(1, 2, 4, 5);
        assertThat(index.getPositions(doc("pending", true).append("deadline.date", doc("$gt", "2026-01-10"))))
                .containsExactlyInAnyOrder(2, 4, 5);
        assertThat(index.getPositions(doc("pending", true).append("deadline.date",
                doc("$gt", "2026-01-01").append("$gte", "2026-01-10").append("$lte", "2026-03-01").append("$lt", "2026-03-01"))))
                .as("the narrowest of each side").containsExactlyInAnyOrder(1, 4, 5);
        assertThat(index.getPositions(doc("pending", true).append("deadline.date",
                doc("$gt", "2026-03-01").append("$lt", "2026-01-01")))).as("crossed bounds").containsExactlyInAnyOrder(4, 5);
        assertThat(index.getPositions(doc("pending", true).append("deadline.date", doc("$ne", "2026-01-10"))))
                .as("not a bound: every document with the value").containsExactlyInAnyOrder(1, 2, 3, 4, 5);
        assertThat(index.getPositions(doc("pending", true).append("deadline.date", doc("$lt", null))))
                .containsExactlyInAnyOrder(1, 2, 3, 4, 5);

        index.updateInPlace(doc("_id", "b").append("pending", true).append("deadline", doc("date", "2026-03-01")),
                doc("_id", "b").append("pending", true).append("deadline", doc("date", "2025-12-01")), 2, null);
        assertThat(index.getPositions(doc("pending", true).append("deadline.date", doc("$lt", "2026-01-01"))))
                .containsExactlyInAnyOrder(2, 3, 4, 5);
        assertThat(index.remove(doc("_id", "c"))).isEqualTo(3);
        assertThat(index.getPositions(doc("pending", true).append("deadline.date", doc("$lt", "2026-01-01"))))
                .containsExactlyInAnyOrder(2, 4, 5);
    }

    @Test
    void answersAsAScanDoesInMemory() {
        try (LocalMongoServer mongo = LocalMongoServer.startInMemory();
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            answersAsAScanDoes(client);
        }
    }

    @Test
    void answersAsAScanDoesOnH2AndAfterARestart() {
        Path file = dir.resolve("store.mv");
        int port = LocalKafkaBroker.freePort();
        try (LocalMongoServer mongo = LocalMongoServer.startDurable(file, port);
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            answersAsAScanDoes(client);
        }
        try (LocalMongoServer mongo = LocalMongoServer.startDurable(file, port);
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> indexed = client.getDatabase("probe").getCollection("indexed");
            assertThat(indexed.listIndexes().map(i -> i.getString("name")).into(new ArrayList<>()))
                    .contains("pending_1_due_1", "tags_1");
            assertSameAnswers(indexed, client.getDatabase("probe").getCollection("scanned"));
        }
    }

    /**
     * Fills two collections with the same documents, one with the indexes and one without, changes both the same
     * ways, and compares the answers to the same queries after each change.
     */
    private static void answersAsAScanDoes(MongoClient client) {
        MongoCollection<Document> indexed = client.getDatabase("probe").getCollection("indexed");
        MongoCollection<Document> scanned = client.getDatabase("probe").getCollection("scanned");
        List<Document> first = documents(0, 60);
        indexed.insertMany(first.stream().map(Document::new).toList());
        scanned.insertMany(first.stream().map(Document::new).toList());
        // created over stored documents: it must index them as well as those written after it
        indexed.createIndex(Indexes.ascending("pending", "due"));
        indexed.createIndex(Indexes.ascending("tags"));
        List<Document> more = documents(60, 120);
        indexed.insertMany(more.stream().map(Document::new).toList());
        scanned.insertMany(more.stream().map(Document::new).toList());
        assertSameAnswers(indexed, scanned);

        for (MongoCollection<Document> things : List.of(indexed, scanned)) {
            things.updateMany(Filters.and(Filters.eq("pending", true), Filters.lt("due", 40)), Updates.set("pending", false));
            things.updateOne(Filters.eq("_id", "t7"), Updates.set("pending", true));
            things.updateOne(Filters.eq("_id", "t18"), Updates.set("due", 500));
            things.updateOne(Filters.eq("_id", "t24"), Updates.unset("due"));
            things.updateOne(Filters.eq("_id", "t30"), Updates.set("due", List.of(3, 90)));
            things.updateOne(Filters.eq("_id", "t8"), Updates.unset("pending"));
            things.replaceOne(Filters.eq("_id", "t9"), new Document("pending", 1).append("tags", List.of("x")));
            things.updateMany(Filters.eq("tags", "b"), Updates.pull("tags", "b"));
            things.deleteMany(Filters.in("pending", 2L, "late"));
        }
        assertSameAnswers(indexed, scanned);
    }

    /**
     * Documents whose indexed fields hold booleans, numbers of three types, strings, arrays, null and nothing (and the
     * second key numbers, strings, arrays, null and nothing).
     */
    private static List<Document> documents(int from, int to) {
        List<Object> pendings = new ArrayList<>(List.of(true, false, 1, 2L, 1.0, "late"));
        pendings.add(null);
        List<Document> documents = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Document document = new Document("_id", "t" + i);
            if (i % 11 == 3) {
                document.append("due", "late " + i);
            } else if (i % 13 == 4) {
                document.append("due", List.of(i, i + 50));
            } else if (i % 17 == 5) {
                document.append("due", null);
            } else if (i % 19 != 6) {
                document.append("due", i % 2 == 0 ? i : (double) i);
            }
            if (i % 8 != 7) {
                document.append("pending", pendings.get(i % pendings.size()));
            }
            document.append("tags", i % 5 == 0 ? "a" : List.of("a", "b", "c").subList(0, i % 3 + 1));
            documents.add(document);
        }
        return documents;
    }

    private static void assertSameAnswers(MongoCollection<Document> indexed, MongoCollection<Document> scanned) {
        List<Bson> queries = List.of(
                Filters.eq("pending", true),
                Filters.eq("pending", false),
                Filters.eq("pending", 1),
                Filters.eq("pending", 2),
                Filters.eq("pending", "late"),
                Filters.in("pending", true, 1.0, "late"),
                Filters.and(Filters.eq("pending", true), Filters.gte("due", 30), Filters.lt("due", 100)),
                // flat, as Spring Data writes them: served with the bounds on the second key
                new Document("pending", true).append("due", new Document("$gte", 30).append("$lt", 100)),
                new Document("pending", true).append("due", new Document("$lt", 40.5)),
                new Document("pending", false).append("due", new Document("$gt", 20L)),
                new Document("pending", 1).append("due", new Document("$gte", 20).append("$gt", 20).append("$lte", 90)),
                new Document("pending", true).append("due", new Document("$gt", 100).append("$lte", 10)),
                new Document("pending", true).append("due", new Document("$gte", "late")),
                new Document("pending", false).append("due", new Document("$lt", "late 50")),
                new Document("pending", new Document("$in", List.of(true, 1))).append("due", new Document("$lte", 60)),
                Filters.eq("pending", null),
                Filters.ne("pending", true),
                Filters.eq("tags", "a"),
                Filters.eq("tags", "c"),
                Filters.in("tags", "b", "x"),
                Filters.eq("tags", List.of("a", "b")),
                Filters.and(Filters.eq("tags", "b"), Filters.eq("pending", false)));
        for (Bson query : queries) {
            Set<String> expected = ids(scanned, query);
            assertThat(ids(indexed, query)).as(query.toString()).isEqualTo(expected);
        }
        assertThat(ids(indexed, Filters.eq("pending", true))).as("the comparison is not vacuous").isNotEmpty();
        assertThat(ids(indexed, new Document("pending", true).append("due", new Document("$gte", 30).append("$lt", 100))))
                .as("nor is the one with bounds").isNotEmpty();
    }

    private static Set<String> ids(MongoCollection<Document> things, Bson query) {
        return things.find(query).map(d -> d.getString("_id")).into(new TreeSet<>());
    }
}
