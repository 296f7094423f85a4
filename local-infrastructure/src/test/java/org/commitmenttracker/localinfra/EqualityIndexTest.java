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
 * The stand-in's secondary equality index: which queries it serves, and, on both backends, that every query answers
 * exactly what a scan of the same documents without the index answers, through inserts, updates that change the
 * indexed field, deletes and (on H2) a restart.
 */
class EqualityIndexTest {

    @TempDir
    Path dir;

    private static de.bwaldvogel.mongo.bson.Document doc(String key, Object value) {
        return new de.bwaldvogel.mongo.bson.Document(key, value);
    }

    @Test
    void servesEqualitiesAndInOnItsFirstTopLevelKeyOnly() {
        EqualityIndex<Integer> index = new EqualityIndex<>("pending_1_due_1",
                List.of(new IndexKey("pending", true), new IndexKey("due", true)), false);
        index.add(doc("_id", "a").append("pending", true).append("due", 3), 1, null);
        index.add(doc("_id", "b").append("pending", false), 2, null);
        index.add(doc("_id", "c").append("pending", List.of(true, 5L)), 3, null);
        index.add(doc("_id", "d"), 4, null);

        assertThat(index.getPositions(doc("pending", true).append("due", doc("$lt", 9)))).containsExactly(1, 3);
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
            things.updateOne(Filters.eq("_id", "t8"), Updates.unset("pending"));
            things.replaceOne(Filters.eq("_id", "t9"), new Document("pending", 1).append("tags", List.of("x")));
            things.updateMany(Filters.eq("tags", "b"), Updates.pull("tags", "b"));
            things.deleteMany(Filters.in("pending", 2L, "late"));
        }
        assertSameAnswers(indexed, scanned);
    }

    /** Documents whose indexed fields hold booleans, numbers of three types, strings, arrays, null and nothing. */
    private static List<Document> documents(int from, int to) {
        List<Object> pendings = new ArrayList<>(List.of(true, false, 1, 2L, 1.0, "late"));
        pendings.add(null);
        List<Document> documents = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Document document = new Document("_id", "t" + i).append("due", i);
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
    }

    private static Set<String> ids(MongoCollection<Document> things, Bson query) {
        return things.find(query).map(d -> d.getString("_id")).into(new TreeSet<>());
    }
}
