package org.commitmenttracker.localinfra;

import java.util.List;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;

/**
 * mongo-java-server's two backends with the indexes the stand-in adds: every unique index (the {@code _id} index
 * above all) wrapped in an {@link IdNarrowedIndex}, and an {@link EqualityIndex} for each secondary index whose first
 * key is a top-level field, where mongo-java-server would ignore it. Other secondary indexes are ignored, as before.
 */
final class StandInBackends {

    private StandInBackends() {
    }

    /** The in-memory backend. */
    static MemoryBackend memory() {
        return new MemoryBackend() {
            @Override
            public MemoryDatabase openOrCreateDatabase(String databaseName) {
                return new MemoryDatabase(databaseName, getCursorRegistry()) {
                    @Override
                    protected Index<Integer> openOrCreateUniqueIndex(String collectionName, String indexName,
                                                                     List<IndexKey> keys, boolean sparse) {
                        return new IdNarrowedIndex<>(super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse),
                                sparse);
                    }

                    @Override
                    protected Index<Integer> openOrCreateSecondaryIndex(String collectionName, String indexName,
                                                                        List<IndexKey> keys, boolean sparse) {
                        return EqualityIndex.serves(keys) ? new EqualityIndex<>(indexName, keys, sparse)
                                : super.openOrCreateSecondaryIndex(collectionName, indexName, keys, sparse);
                    }
                };
            }
        };
    }

    /** The backend on the H2 file {@code file}; its secondary indexes are held in memory, built when it opens. */
    static H2Backend h2(String file) {
        return new H2Backend(file) {
            @Override
            protected MongoDatabase openOrCreateDatabase(String databaseName) {
                return new H2Database(databaseName, getMvStore(), getCursorRegistry()) {
                    @Override
                    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName,
                                                                    List<IndexKey> keys, boolean sparse) {
                        return new IdNarrowedIndex<>(super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse),
                                sparse);
                    }

                    @Override
                    protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName,
                                                                       List<IndexKey> keys, boolean sparse) {
                        return EqualityIndex.serves(keys) ? new EqualityIndex<>(indexName, keys, sparse)
                                : super.openOrCreateSecondaryIndex(collectionName, indexName, keys, sparse);
                    }
                };
            }
        };
    }
}
