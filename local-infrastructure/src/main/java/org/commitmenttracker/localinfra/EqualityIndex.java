package org.commitmenttracker.localinfra;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;

/**
 * A secondary index for the stand-in, which has none of its own (mongo-java-server ignores every non-unique index and
 * scans the collection for each query not on {@code _id}). It serves the queries the services' periodic work asks:
 * the top-level field of the index's first key equal to a value (plain or {@code $eq}) or to one of {@code $in}
 * values, with anything else beside it (<code>{state: "PENDING", leaseUntil: {$lte: ...}}</code>). It finds the
 * documents holding that value in the field, or in an array in the field; when the query also bounds the index's
 * second key ({@code $lt}, {@code $lte}, {@code $gt}, {@code $gte} of plain values, as in
 * <code>{overdueCheckPending: true, "deadline.date": {$lt: "2026-12-04"}}</code>), only those of them whose second key
 * is within the bounds (in the stand-in's order of values), and those whose second key is not a plain value (missing,
 * an array, a document), which the stand-in judges itself. The stand-in then matches the whole query against them, as
 * it does after any index lookup, so the answer is the same as a scan's; only the order of an unsorted result may
 * differ, as it may on MongoDB. Further keys are kept in the index's description but not used. Queries it cannot
 * serve (a range on the first key, {@code null}, documents, regular expressions, a dotted first key) scan as before.
 * Held in memory, built from the documents when the index is created or the store opened.
 */
final class EqualityIndex<P> extends Index<P> {

    private static final Set<String> RANGE_OPERATORS = Set.of("$lt", "$lte", "$gt", "$gte");
    /** The order the stand-in compares values in. */
    private static final Comparator<Object> ORDER = ValueComparator.asc();

    private final String field;
    /** The index's second key, which a query may bound, or {@code null}. */
    private final String rangeField;
    private final Map<KeyValue, Postings<P>> positionsByValue = new HashMap<>();
    private final Map<KeyValue, P> positionsById = new HashMap<>();
    private final Map<P, Entry> entriesByPosition = new HashMap<>();

    EqualityIndex(String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.field = keys.get(0).getKey();
        this.rangeField = keys.size() > 1 && !keys.get(1).getKey().startsWith("$") ? keys.get(1).getKey() : null;
    }

    /** What the index holds of a document: the values of its first key and its second key's value, if plain. */
    private record Entry(Set<KeyValue> values, Object rangeValue) {
    }

    /**
     * The positions of the documents holding one value of the first key: by their second key's value, in order, and
     * those whose second key is not a plain value.
     */
    private static final class Postings<P> {

        final NavigableMap<Object, Set<P>> byRangeValue = new TreeMap<>(ORDER);
        final Set<P> unranged = new LinkedHashSet<>();

        void add(Object rangeValue, P position) {
            if (rangeValue == null) {
                unranged.add(position);
            } else {
                byRangeValue.computeIfAbsent(rangeValue, v -> new LinkedHashSet<>()).add(position);
            }
        }

        void remove(Object rangeValue, P position) {
            if (rangeValue == null) {
                unranged.remove(position);
            } else {
                Set<P> positions = byRangeValue.get(rangeValue);
                positions.remove(position);
                if (positions.isEmpty()) {
                    byRangeValue.remove(rangeValue);
                }
            }
        }

        boolean isEmpty() {
            return unranged.isEmpty() && byRangeValue.isEmpty();
        }

        void collect(Bounds bounds, Collection<P> into) {
            into.addAll(unranged);
            NavigableMap<Object, Set<P>> within = byRangeValue;
            if (bounds != null) {
                if (bounds.lower() != null && bounds.upper() != null && ORDER.compare(bounds.lower(), bounds.upper()) > 0) {
                    return; // nothing is above the lower bound and below the upper one
                }
                if (bounds.lower() != null) {
                    within = within.tailMap(bounds.lower(), bounds.lowerInclusive());
                }
                if (bounds.upper() != null) {
                    within = within.headMap(bounds.upper(), bounds.upperInclusive());
                }
            }
            within.values().forEach(into::addAll);
        }
    }

    /** The bounds a query puts on the second key; a {@code null} bound is open. */
    private record Bounds(Object lower, boolean lowerInclusive, Object upper, boolean upperInclusive) {
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
        Bounds bounds = queriedBounds(query);
        Set<P> positions = new LinkedHashSet<>();
        for (KeyValue value : queriedValues(query)) {
            Postings<P> postings = positionsByValue.get(value);
            if (postings != null) {
                postings.collect(bounds, positions);
            }
        }
        return new ArrayList<>(positions);
    }

    /**
     * The bounds the query puts on the second key, if it puts only bounds of plain values on it; otherwise
     * {@code null}, and every document with the first key's value is a candidate.
     */
    private Bounds queriedBounds(Document query) {
        if (rangeField == null || !(query.get(rangeField) instanceof Document operators) || operators.isEmpty()
                || !RANGE_OPERATORS.containsAll(operators.keySet())) {
            return null;
        }
        Object lower = null;
        Object upper = null;
        boolean lowerInclusive = true;
        boolean upperInclusive = true;
        for (String operator : operators.keySet()) {
            Object bound = operators.get(operator);
            if (!isPlainValue(bound)) {
                return null;
            }
            boolean inclusive = operator.endsWith("e");
            if (operator.startsWith("$g")) {
                int order = lower == null ? 1 : ORDER.compare(bound, lower);
                if (order > 0 || order == 0 && !inclusive) {
                    lower = bound;
                    lowerInclusive = inclusive;
                }
            } else {
                int order = upper == null ? -1 : ORDER.compare(bound, upper);
                if (order < 0 || order == 0 && !inclusive) {
                    upper = bound;
                    upperInclusive = inclusive;
                }
            }
        }
        return new Bounds(lower, lowerInclusive, upper, upperInclusive);
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

    /** The second key's value, if it is a plain value; otherwise {@code null}, for the stand-in to judge. */
    private Object rangeValueOf(Document document) {
        if (rangeField == null) {
            return null;
        }
        Object value = Utils.getSubdocumentValue(document, rangeField);
        return isPlainValue(value) ? value : null;
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
        Entry entry = new Entry(valuesOf(document), rangeValueOf(document));
        positionsById.put(idOf(document), position);
        entriesByPosition.put(position, entry);
        for (KeyValue value : entry.values()) {
            positionsByValue.computeIfAbsent(value, v -> new Postings<>()).add(entry.rangeValue(), position);
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
        Entry entry = entriesByPosition.remove(position);
        for (KeyValue value : entry.values()) {
            Postings<P> postings = positionsByValue.get(value);
            postings.remove(entry.rangeValue(), position);
            if (postings.isEmpty()) {
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
        if (entriesByPosition.containsKey(position)) {
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
        entriesByPosition.clear();
    }
}
