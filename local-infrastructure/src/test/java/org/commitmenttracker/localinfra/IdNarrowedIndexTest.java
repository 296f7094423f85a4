package org.commitmenttracker.localinfra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.memory.index.MemoryUniqueIndex;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stand-in's unique indexes narrowing queries with more fields than their keys, on both backends. */
class IdNarrowedIndexTest {

    @TempDir
    Path dir;

    @Test
    void answersAQueryOnItsKeysAndMoreButNotOneWithoutThemOrWithAnOperatorOnThem() {
        MemoryUniqueIndex ids = new MemoryUniqueIndex("_id_", List.of(new IndexKey("_id", true)), false);
        IdNarrowedIndex<Integer> index = new IdNarrowedIndex<>(ids, false);
        index.add(new de.bwaldvogel.mongo.bson.Document("_id", "a").append("v", 1), 7, null);

        de.bwaldvogel.mongo.bson.Document conditional = new de.bwaldvogel.mongo.bson.Document("_id", "a").append("v", 2);
        assertThat(ids.canHandle(conditional)).as("the stand-in's own index").isFalse();
        assertThat(index.canHandle(conditional)).isTrue();
        assertThat(index.getPositions(conditional)).containsExactly(7);
        assertThat(index.canHandle(new de.bwaldvogel.mongo.bson.Document("_id", "a"))).isTrue();
        assertThat(index.canHandle(new de.bwaldvogel.mongo.bson.Document("v", 1))).isFalse();
        assertThat(index.canHandle(new de.bwaldvogel.mongo.bson.Document("_id",
                new de.bwaldvogel.mongo.bson.Document("$ne", "a")).append("v", 1))).isFalse();
    }

    @Test
    void conditionalWritesMatchAsOnMongoDbInMemory() {
        conditionalWritesMatchAsOnMongoDb(LocalMongoServer::startInMemory);
    }

    @Test
    void conditionalWritesMatchAsOnMongoDbOnH2() {
        conditionalWritesMatchAsOnMongoDb(() -> LocalMongoServer.startDurable(dir.resolve("store.mv"),
                LocalKafkaBroker.freePort()));
    }

    private static void conditionalWritesMatchAsOnMongoDb(Supplier<LocalMongoServer> start) {
        try (LocalMongoServer mongo = start.get(); MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> things = client.getDatabase("probe").getCollection("things");
            List<Document> docs = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                docs.add(new Document("_id", "id" + i).append("version", 1).append("n", i));
            }
            things.insertMany(docs);

            assertThat(things.updateOne(Filters.and(Filters.eq("_id", "id7"), Filters.eq("version", 2)),
                    Updates.set("n", -1)).getModifiedCount()).as("a stale version").isZero();
            assertThat(things.updateOne(Filters.and(Filters.eq("_id", "id7"), Filters.eq("version", 1)),
                    Updates.combine(Updates.set("n", -1), Updates.inc("version", 1))).getModifiedCount()).isEqualTo(1);
            assertThat(things.updateOne(Filters.and(Filters.eq("_id", "id8"), Filters.lt("version", 5)),
                    Updates.set("n", -2)).getModifiedCount()).isEqualTo(1);
            assertThat(things.bulkWrite(List.of(
                    new UpdateOneModel<>(Filters.and(Filters.in("_id", "id9", "nope"), Filters.eq("version", 1)),
                            Updates.set("n", -3)),
                    new UpdateOneModel<>(Filters.and(Filters.eq("_id", "id11"), Filters.eq("version", 9)),
                            Updates.set("n", -4)))).getModifiedCount()).isEqualTo(1);
            assertThat(things.updateMany(Filters.and(Filters.in("_id", "id12", "id13", "nope"), Filters.gte("n", 13)),
                    Updates.set("n", -5)).getModifiedCount()).isEqualTo(1);
            // an upsert that does not match a stored document of that id collides with it, as on MongoDB
            assertThatThrownBy(() -> things.updateOne(Filters.and(Filters.eq("_id", "id14"), Filters.eq("version", 7)),
                    Updates.set("n", 0), new UpdateOptions().upsert(true))).isInstanceOf(MongoWriteException.class);

            assertThat(things.find(Filters.lt("n", 0)).map(d -> d.getString("_id") + "=" + d.getInteger("n")).into(new ArrayList<>()))
                    .containsExactlyInAnyOrder("id7=-1", "id8=-2", "id9=-3", "id13=-5");
            assertThat(things.find(Filters.eq("_id", "id7")).first()).containsEntry("version", 2);
            assertThat(things.find(Filters.and(Filters.eq("_id", "id14"), Filters.eq("n", 14))).first()).isNotNull();
            assertThat(things.countDocuments()).isEqualTo(50);
        }
    }
}
