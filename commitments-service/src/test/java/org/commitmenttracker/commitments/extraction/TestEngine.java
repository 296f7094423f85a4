package org.commitmenttracker.commitments.extraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.commitmenttracker.commitments.cli.LabelledDataAccess;
import org.commitmenttracker.commitments.extraction.ExtractionTraining.LabelledAnswer;

/** The engine as the service builds it, loaded once for all tests; and the labelled answers as training reads them. */
final class TestEngine {

    static final Analyser ANALYSER = Analyser.english();
    static final DeadlineResolver DEADLINES = new DeadlineResolver(ImpliedDeadlinePolicy.defaults());
    static final CommitmentExtractor EXTRACTOR = new CommitmentExtractor(ANALYSER, CommitmentModel.bundled(), DEADLINES);
    static final Path LABELLED = Path.of("src/test/resources");

    private TestEngine() {
    }

    static List<LabelledAnswer> supplementary() {
        try {
            return LabelledDataAccess.supplementary(LABELLED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<LabelledAnswer> labelled() {
        try {
            return LabelledDataAccess.read(LABELLED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
