package org.commitmenttracker.commitments.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentencesTest {

    private static List<String> split(String text) {
        PlainText plain = PlainText.of(text);
        return plain.paragraphs().stream()
                .flatMap(p -> Sentences.of(plain.text(), p).stream())
                .peek(s -> assertThat(plain.text().substring(s.start(), s.end())).isEqualTo(s.text()))
                .map(Sentences.Sentence::text)
                .toList();
    }

    @Test
    void abbreviationsDoNotEndASentence() {
        assertThat(split("My Rt. Hon. Friend the Secretary of State will reply. Some bodies, e.g. the BBC, will not."))
                .containsExactly("My Rt. Hon. Friend the Secretary of State will reply.", "Some bodies, e.g. the BBC, will not.");
    }

    @Test
    void tablesComeOneCellPerLineAndEachLineStandsAlone() {
        assertThat(split("The table is below.\n\n2012/13\n24,308\n\nAll Services\n21,450"))
                .containsExactly("The table is below.", "2012/13", "24,308", "All Services", "21,450");
    }

    @Test
    void numberedListItemsAreSentencesOfTheirOwn() {
        assertThat(split("We will:\n1. publish the plan\n2. consult on it"))
                .containsExactly("We will:", "1. publish the plan", "2. consult on it");
    }

    @Test
    void paragraphsAreKeptApart() {
        assertThat(split("First paragraph ends here\n\nSecond one.")).containsExactly("First paragraph ends here", "Second one.");
    }
}
