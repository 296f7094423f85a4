package org.commitmenttracker.localinfra;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.KeyConstraintError;

/**
 * A unique index of mongo-java-server that also answers queries with more fields than its keys. The stand-in's unique
 * indexes (the {@code _id} index above all) are used only for a query on exactly their keys: {@code {_id: X}} is a
 * lookup, but {@code {_id: X, version: 3}}, the filter of every conditional write, scans the whole collection, so that
 * each such write costs time in proportion to the collection (9 ms a write at 20,000 documents, measured). This index
 * finds the candidates of such a query by its keys alone; the stand-in then matches the whole query against them, as
 * it does after any index lookup. The keys must be at the top of the query, as Spring Data's {@code Criteria} writes
 * them ({@code {_id: X, version: 3}}); one inside an {@code $and} still scans. Everything else is the wrapped index's.
 * Real MongoDB needs none of this.
 */
final class IdNarrowedIndex<P> extends Index<P> {

    private final Index<P> index;

    IdNarrowedIndex(Index<P> index, boolean sparse) {
        super(index.getName(), index.getKeys(), sparse);
        this.index = index;
    }

    /** The part of {@code query} on this index's keys, if it has every one and more besides; else {@code null}. */
    private Document keysOnly(Document query) {
        if (query.keySet().size() <= keySet().size() || !query.keySet().containsAll(keySet())) {
            return null;
        }
        Document keys = new Document();
        for (String key : keys()) {
            keys.put(key, query.get(key));
        }
        return keys;
    }

    @Override
    public boolean canHandle(Document query) {
        if (index.canHandle(query)) {
            return true;
        }
        Document keys = keysOnly(query);
        return keys != null && index.canHandle(keys);
    }

    @Override
    public Iterable<P> getPositions(Document query) {
        return index.canHandle(query) ? index.getPositions(query) : index.getPositions(keysOnly(query));
    }

    @Override
    public P getPosition(Document document) {
        return index.getPosition(document);
    }

    @Override
    public void checkAdd(Document document, MongoCollection<P> collection) {
        index.checkAdd(document, collection);
    }

    @Override
    public void add(Document document, P position, MongoCollection<P> collection) {
        index.add(document, position, collection);
    }

    @Override
    public P remove(Document document) {
        return index.remove(document);
    }

    @Override
    public long getCount() {
        return index.getCount();
    }

    @Override
    public boolean isEmpty() {
        return index.isEmpty();
    }

    @Override
    public long getDataSize() {
        return index.getDataSize();
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<P> collection) {
        index.checkUpdate(oldDocument, newDocument, collection);
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, P position, MongoCollection<P> collection)
            throws KeyConstraintError {
        index.updateInPlace(oldDocument, newDocument, position, collection);
    }

    @Override
    public boolean isUnique() {
        return index.isUnique();
    }

    @Override
    public void drop() {
        index.drop();
    }
}
