package org.commitmenttracker.localinfra;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;

/**
 * A secondary index for the stand-in, which has none of its own (mongo-java-server ignores every non-unique index and
 * scans the collection for each query not on {@code _id}). It serves one kind of query, the one the services' periodic
 * work asks: the top-level field of the index's first key equal to a value (plain or {@code $eq}) or to one of
 * {@code $in} values, with anything else beside it (<code>{state: "PENDING", leaseUntil: {$lte: ...}}</code>). It finds
 * the documents holding that value in the field, or in an array in the field, and the stand-in then matches the whole
 * query against them, as it does after any index lookup, so the answer is the same as a scan's; only the order of an
 * unsorted result may differ, as it may on MongoDB. The index's other keys are kept in its description but not used. Queries it cannot serve (ranges,
 * {@code null}, documents, regular expressions, a dotted first key) scan as before. Held in memory, built from the
 * documents when the index is created or the store opened.
 */
final class EqualityIndex<P> extends Index<P> {

    private final String field;
    private final Map<KeyValue, Set<P>> positionsByValue = new HashMap<>();
    private final Map<KeyValue, P> positionsById = new HashMap<>();
    private final Map<P, Set<KeyValue>> valuesByPosition = new HashMap<>();

    EqualityIndex(String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.field = keys.get(0).getKey();
    }

    /** Whether an index with these keys is one this class can be: its first key a top-level field. */
    static boolean serves(List<IndexKey> keys) {
        return !keys.isEmpty() && !keys.get(0).getKey().contains(".") && !keys.get(0).getKey().startsWith("$");
    }

    @Override
    public synchronized boolean canHandle(Document query) {
        return queriedValues(query) != null;
    }

    @Override
    public synchronized Iterable<P> getPositions(Document query) {
        Set<P> positions = new LinkedHashSet<>();
        for (KeyValue value : queriedValues(query)) {
            positions.addAll(positionsByValue.getOrDefault(value, Set.of()));
        }
        return new ArrayList<>(positions);
    }

    /** The values the query asks the field to equal, normalised; {@code null} if this index cannot serve it. */
    private List<KeyValue> queriedValues(Document query) {
        if (!query.containsKey(field)) {
            return null;
        }
        Object queried = query.get(field);
        if (queried instanceof Document operators) {
            if (operators.size() == 1 && operators.containsKey("$eq")) {
                return isPlainValue(operators.get("$eq")) ? List.of(normalised(operators.get("$eq"))) : null;
            }
            if (operators.size() != 1 || !(operators.get("$in") instanceof Collection<?> in)) {
                return null;
            }
            List<KeyValue> values = new ArrayList<>();
            for (Object value : in) {
                if (!isPlainValue(value)) {
                    return null;
                }
                values.add(normalised(value));
            }
            return values;
        }
        return isPlainValue(queried) ? List.of(normalised(queried)) : null;
    }

    /** A value an equality on it matches by equal values only (not missing fields, sub-documents or patterns). */
    private static boolean isPlainValue(Object value) {
        return value != null && !(value instanceof Missing) && !(value instanceof Document)
                && !(value instanceof Collection) && !(value instanceof Pattern)
                && !BsonRegularExpression.isRegularExpression(value);
    }

    private static KeyValue normalised(Object value) {
        return new KeyValue(value).normalized();
    }

    /** The values a document holds in the field: the value, or each element of an array. */
    private Set<KeyValue> valuesOf(Document document) {
        Object value = document.get(field);
        Set<KeyValue> values = new LinkedHashSet<>();
        if (value instanceof Collection<?> elements) {
            for (Object element : elements) {
                if (isPlainValue(element)) {
                    values.add(normalised(element));
                }
            }
        } else if (isPlainValue(value)) {
            values.add(normalised(value));
        }
        return values;
    }

    private static KeyValue idOf(Document document) {
        return normalised(document.get("_id"));
    }

    @Override
    public synchronized P getPosition(Document document) {
        return positionsById.get(idOf(document));
    }

    @Override
    public void checkAdd(Document document, MongoCollection<P> collection) {
        // not unique: every document may be added
    }

    @Override
    public synchronized void add(Document document, P position, MongoCollection<P> collection) {
        Set<KeyValue> values = valuesOf(document);
        positionsById.put(idOf(document), position);
        valuesByPosition.put(position, values);
        for (KeyValue value : values) {
            positionsByValue.computeIfAbsent(value, v -> new LinkedHashSet<>()).add(position);
        }
    }

    @Override
    public synchronized P remove(Document document) {
        P position = positionsById.remove(idOf(document));
        if (position != null) {
            forget(position);
        }
        return position;
    }

    private void forget(P position) {
        for (KeyValue value : valuesByPosition.remove(position)) {
            Set<P> positions = positionsByValue.get(value);
            positions.remove(position);
            if (positions.isEmpty()) {
                positionsByValue.remove(value);
            }
        }
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<P> collection) {
        // not unique: every update may be made
    }

    @Override
    public synchronized void updateInPlace(Document oldDocument, Document newDocument, P position,
                                           MongoCollection<P> collection) {
        if (valuesByPosition.containsKey(position)) {
            forget(position);
        }
        positionsById.remove(idOf(oldDocument));
        add(newDocument, position, collection);
    }

    @Override
    public synchronized long getCount() {
        return positionsById.size();
    }

    @Override
    public long getDataSize() {
        return 0; // held in memory, beside the data
    }

    @Override
    public synchronized void drop() {
        positionsByValue.clear();
        positionsById.clear();
        valuesByPosition.clear();
    }
}
