package org.commitmenttracker.system;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.commitmenttracker.localinfra.LocalMongoServer;

/**
 * {@code bin/bench-store [N]}: single-document updates on a collection of N documents, by {@code _id} alone and by
 * {@code _id} and version (a conditional write), on mongo-java-server's in-memory backend as it ships and on
 * {@code LocalMongoServer}'s (which finds a conditional write's document by {@code _id}), side by side in one run.
 */
public final class StoreWriteBenchmark {

    private static final int WRITES = 1_000;

    private StoreWriteBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        System.out.printf("%,d documents, %,d updates of each kind, in ms an update%n", n, WRITES);
        System.out.printf("%-34s %12s %20s%n", "store", "by _id", "by _id and version");
        MongoServer shipped = new MongoServer(new MemoryBackend());
        try {
            String uri = "mongodb://127.0.0.1:" + shipped.bind().getPort();
            run("mongo-java-server memory, as shipped", uri, n);
        } finally {
            shipped.shutdownNow();
        }
        try (LocalMongoServer local = LocalMongoServer.startInMemory()) {
            run("LocalMongoServer memory", local.connectionString(), n);
        }
    }

    private static void run(String name, String uri, int n) {
        try (MongoClient client = MongoClients.create(uri)) {
            MongoCollection<Document> docs = client.getDatabase("bench").getCollection("docs");
            List<Document> batch = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                batch.add(new Document("_id", "id" + i).append("version", 1).append("n", 0));
                if (batch.size() == 1_000) {
                    docs.insertMany(batch);
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                docs.insertMany(batch);
            }
            // warm-up, then each kind on documents spread over the whole collection
            time(docs, n, false);
            double byId = time(docs, n, false);
            double conditional = time(docs, n, true);
            System.out.printf("%-34s %12.3f %20.3f%n", name, byId, conditional);
        }
    }

    private static double time(MongoCollection<Document> docs, int n, boolean conditional) {
        long start = System.nanoTime();
        for (int i = 0; i < WRITES; i++) {
            String id = "id" + (int) ((long) i * 7919 % n);
            // flat, as Spring Data's Criteria writes it (the driver's Filters.and would write an $and)
            Bson filter = conditional ? new Document("_id", id).append("version", 1) : Filters.eq("_id", id);
            if (docs.updateOne(filter, Updates.inc("n", 1)).getMatchedCount() != 1) {
                throw new IllegalStateException("no document " + id);
            }
        }
        return (System.nanoTime() - start) / 1e6 / WRITES;
    }
}
