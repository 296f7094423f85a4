package org.commitmenttracker.commitments.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class TrainCommandTest {

    @Test
    void readsTheOptionsOfEachMode() {
        assertThat(TrainCommand.options(new String[] {"--cross-validate", "--seed", "7", "--predictions", "p.jsonl"}))
                .containsEntry("cross-validate", "true").containsEntry("seed", "7").containsEntry("predictions", "p.jsonl");
        assertThat(TrainCommand.options(new String[] {"--model", "m.tsv", "--l2", "4"}))
                .containsEntry("model", "m.tsv").containsEntry("l2", "4");
    }

    @Test
    void refusesAnOptionItDoesNotKnow() {
        assertThatIllegalArgumentException().isThrownBy(() -> TrainCommand.options(new String[] {"--cross-validate", "--fold", "3"}))
                .withMessageContaining("unknown option --fold");
    }

    @Test
    void refusesACrossValidationOptionWhenItWouldRetrainInstead() {
        // without --cross-validate the model file would be overwritten, whatever --predictions meant to ask for
        assertThatIllegalArgumentException().isThrownBy(() -> TrainCommand.options(new String[] {"--predictions", "p.jsonl"}))
                .withMessageContaining("--predictions needs --cross-validate");
    }

    @Test
    void refusesATrainingOptionWhenCrossValidating() {
        assertThatIllegalArgumentException().isThrownBy(() -> TrainCommand.options(new String[] {"--cross-validate", "--model", "m.tsv"}))
                .withMessageContaining("--model is for training");
    }
}
