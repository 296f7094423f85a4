package org.commitmenttracker.commitments.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.commitmenttracker.commitments.extraction.Analyser.Sentence;
import org.commitmenttracker.commitments.extraction.Analyser.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnalyserTest {

    private final Analyser analyser = TestEngine.ANALYSER;

    @Test
    void tokensKeepTheirOffsetsInTheSentence() {
        String text = "The Government will publish the strategy in the spring.";
        Sentence s = analyser.analyse(text);

        assertThat(s.tokens()).extracting(Token::text)
                .containsExactly("The", "Government", "will", "publish", "the", "strategy", "in", "the", "spring", ".");
        assertThat(s.tokens()).allSatisfy(t -> assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text()));
        assertThat(s.tokens()).extracting(Token::tag)
                .containsExactly("DET", "NOUN", "AUX", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT");
    }

    @Test
    void contractionsSplitIntoTheirPartsWithStraightOrCurlyApostrophes() {
        Sentence s = analyser.analyse("We won\u2019t delay; we\u2019ll publish the Government's plan.");

        assertThat(s.tokens()).extracting(Token::text)
                .containsSequence("wo", "n\u2019t").containsSequence("we", "\u2019ll").containsSequence("Government", "'s");
        assertThat(s.tokens()).filteredOn(t -> t.text().equals("wo") || t.text().equals("\u2019ll"))
                .extracting(Token::lemma).containsOnly("will");
        assertThat(s.tokens()).filteredOn(t -> t.text().equals("n\u2019t")).extracting(Token::lemma).containsExactly("not");
        // the rules compare the lower case, in which a curly apostrophe is a straight one
        assertThat(s.tokens()).filteredOn(t -> t.text().equals("\u2019ll")).extracting(Token::lower).containsExactly("'ll");
    }

    @Test
    void aCurrencySignIsReadApartFromItsAmount() {
        Sentence s = analyser.analyse("We have confirmed that \u00a33 billion will be invested.");

        assertThat(s.tokens()).extracting(Token::text).containsSequence("\u00a3", "3", "billion");
        assertThat(s.tokens()).filteredOn(t -> t.text().equals("3")).extracting(Token::tag).containsExactly("NUM");
    }

    @Test
    void aNumeralIsANumeralAndTheToBeforeItAPreposition() {
        Sentence s = analyser.analyse("The programme has commitments to move up to 15,000 roles out of London.");

        assertThat(s.tokens()).filteredOn(t -> t.text().equals("15,000")).extracting(Token::tag).containsExactly("NUM");
        assertThat(s.get(7).text()).isEqualTo("to");
        assertThat(s.get(7).tag()).isEqualTo("ADP");
    }

    @Test
    void aWordAfterAModalOrAnInfinitiveIsAVerbWhateverTheTaggerSaid() {
        // the model tags "fund" an adposition and "consult" a noun in these
        assertThat(tagOf("The department will fund the capital delivery of schools.", "fund")).isEqualTo("VERB");
        assertThat(tagOf("The Department intends to consult widely on the content.", "consult")).isEqualTo("VERB");
        assertThat(tagOf("The strategy, due to be published soon, sets out the plan.", "be")).isEqualTo("AUX");
    }

    @ParameterizedTest(name = "{1} in \"{0}\" -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            We have no plans to declare a National Environment Day. | declare    | declare
            We will tackle this challenge.                          | tackle     | tackle
            The Government is closely monitoring all developments.  | monitoring | monitor
            We are also investing in pilots.                        | investing  | invest
            Around 2 billion pounds will be spent on schools.       | spent      | spend
            We are doubling the number of places.                   | doubling   | double
            The strategies will be published.                       | strategies | strategy
            We have carried out a review.                           | carried    | carry
            """)
    void lemmasAreTheBaseFormsOfInflectedAndIrregularWords(String text, String word, String lemma) {
        assertThat(analyser.analyse(text).tokens()).filteredOn(t -> t.text().equals(word)).extracting(Token::lemma)
                .containsExactly(lemma);
    }

    @Test
    void theSameSentenceGivesTheSameAnalysisWhateverCameBefore() {
        String text = "The Government intends to publish the findings shortly.";
        Sentence first = analyser.analyse(text);
        analyser.analyse("Something else entirely was analysed in between, with other words.");

        assertThat(analyser.analyse(text)).isEqualTo(first);
    }

    private String tagOf(String text, String word) {
        return analyser.analyse(text).tokens().stream().filter(t -> t.text().equals(word)).findFirst().orElseThrow().tag();
    }
}
