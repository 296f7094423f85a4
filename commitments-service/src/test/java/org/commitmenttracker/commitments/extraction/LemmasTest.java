package org.commitmenttracker.commitments.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LemmasTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"introducing,introduce", "building,build", "refreshing,refresh", "working,work", "implementing,implement",
            "tackling,tackle", "delivering,deliver", "closed,close", "published,publish", "running,run", "focusing,focus",
            "ensuring,ensure", "using,use", "increasing,increase", "making,make", "giving,give", "publishes,publish",
            "carries,carry", "bring,bring", "visiting,visit", "providing,provide", "changing,change", "going,go"})
    void findsTheBaseFormOfAVerb(String word, String base) {
        assertThat(Lemmas.lemma(word)).isEqualTo(base);
    }
}
