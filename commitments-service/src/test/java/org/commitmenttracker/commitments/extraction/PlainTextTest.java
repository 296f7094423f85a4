package org.commitmenttracker.commitments.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void htmlBecomesParagraphsOfPlainText() {
        PlainText text = PlainText.of("<p>The Government&rsquo;s plan.</p><p>We will <strong>publish</strong> it.<br>Soon.</p>");

        assertThat(text.text()).isEqualTo("The Government\u2019s plan.\n\nWe will publish it.\nSoon.");
        assertThat(text.paragraphs()).hasSize(2);
    }

    @Test
    void plainTextIsKeptVerbatimSoQuotesCanBeFoundInIt() {
        String answer = "We will act.\n\nTable:\n1\n2";
        assertThat(PlainText.of(answer).text()).isEqualTo(answer);
    }

    @Test
    void tablesGiveOneCellPerLine() {
        assertThat(PlainText.of("<table><tr><td>2012</td><td>21,450</td></tr><tr><td>2013</td><td>20,580</td></tr></table>").text())
                .isEqualTo("2012\n21,450\n2013\n20,580");
    }
}
