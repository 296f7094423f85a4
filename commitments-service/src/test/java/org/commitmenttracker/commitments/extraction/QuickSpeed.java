package org.commitmenttracker.commitments.extraction;

import java.nio.file.Path;
import java.util.List;

import org.commitmenttracker.commitments.extraction.ExtractionTraining.LabelledAnswer;

/** A tool for whoever works on the engine, not a test: answers per second on one thread, roughly (JMH is bin/bench-extraction). */
public final class QuickSpeed {

    public static void main(String[] args) throws Exception {
        List<LabelledAnswer> answers = org.commitmenttracker.commitments.cli.LabelledDataAccess.read(Path.of(args[0]));
        CommitmentExtractor extractor = CommitmentExtractor.standard();
        for (int round = 0; round < 6; round++) {
            long start = System.nanoTime();
            int found = 0;
            for (LabelledAnswer a : answers) {
                found += extractor.extract(PlainText.of(a.text()), a.answered(), a.statement()).size();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("round %d: %.0f answers/s (%d commitments)%n", round, answers.size() / seconds, found);
        }
    }
}
