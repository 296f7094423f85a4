package org.commitmenttracker.commitments.threads;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThreadRulesTest {

    @Test
    void theSameUndertakingInOtherWordsIsOneThread() {
        assertThat(ThreadRules.sameUndertaking("launch a consultation on electoral integrity",
                "respond to the consultation on electoral integrity")).isTrue();
        assertThat(ThreadRules.sameUndertaking("publish the hydrogen strategy", "publish our hydrogen strategies")).isTrue();
        assertThat(ThreadRules.sameUndertaking("publish the hydrogen strategy", "publish the aviation strategy")).isFalse();
        assertThat(ThreadRules.similarity("publish the plan", "publish the report")).as("one term shared is not enough")
                .isZero();
    }

    @Test
    void aSentenceInThePastWithTheActionsObjectReportsItDone() {
        assertThat(ThreadRules.reportsDone("The hydrogen strategy was published on 17 August 2021.",
                "publish the hydrogen strategy")).isTrue();
        assertThat(ThreadRules.reportsDone("We laid the second forecast before Parliament on 13 March.",
                "lay the second forecast in Parliament")).isTrue();
        assertThat(ThreadRules.reportsDone("The consultation on electoral integrity has been launched.",
                "launch a consultation on electoral integrity")).isTrue();
        assertThat(ThreadRules.reportsDone("We have committed funding to the scheme.", "commit funding to the scheme"))
                .as("a doubled consonant").isTrue();
    }

    @Test
    void futuresOtherObjectsAndOtherVerbsReportNothing() {
        assertThat(ThreadRules.reportsDone("The hydrogen strategy will be published in the autumn.",
                "publish the hydrogen strategy")).isFalse();
        assertThat(ThreadRules.reportsDone("We published the aviation strategy in May.", "publish the hydrogen strategy"))
                .isFalse();
        assertThat(ThreadRules.reportsDone("We discussed the hydrogen strategy with industry.", "publish the hydrogen strategy"))
                .isFalse();
        assertThat(ThreadRules.reportsDone("We plan to publish the hydrogen strategy, as published plans show.",
                "publish the hydrogen strategy")).isFalse();
    }

    @Test
    void pastFormsOfRegularAndIrregularVerbs() {
        assertThat(ThreadRules.pastForms("publish")).containsExactly("published");
        assertThat(ThreadRules.pastForms("introduce")).containsExactly("introduced");
        assertThat(ThreadRules.pastForms("apply")).containsExactly("applied");
        assertThat(ThreadRules.pastForms("lay")).containsExactly("laid");
        assertThat(ThreadRules.pastForms("plan")).contains("planned");
    }
}
