package org.commitmenttracker.commitments.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The search terms of a text, as Lucene's English analyser makes them (lower case, stop words out, Porter stems), so
 * that "publishing strategies" finds "publish the strategy". Stored with each commitment and matched with
 * {@code $all}: a multikey index on real MongoDB, and it works on the local stand-in, which has no {@code $text}.
 */
public final class Keywords {

    private static final Analyzer ENGLISH = new EnglishAnalyzer();

    private Keywords() {
    }

    /** The distinct terms of the texts, in order of first appearance; nulls are skipped. */
    public static List<String> of(String... texts) {
        Set<String> terms = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null || text.isBlank()) {
                continue;
            }
            try (TokenStream stream = ENGLISH.tokenStream("text", text)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    terms.add(term.toString());
                }
                stream.end();
            } catch (IOException e) {
                throw new UncheckedIOException("Reading a string cannot fail", e);
            }
        }
        return new ArrayList<>(terms);
    }
}
