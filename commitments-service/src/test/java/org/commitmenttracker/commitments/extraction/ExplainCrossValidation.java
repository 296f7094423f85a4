package org.commitmenttracker.commitments.extraction;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.commitmenttracker.commitments.extraction.ExtractionTraining.LabelledAnswer;
import org.commitmenttracker.commitments.extraction.ExtractionTraining.Prepared;

/**
 * A tool for whoever works on the engine, not a test: cross-validates as bin/train-extraction does and prints every
 * candidate of every held-out answer with its label, the held-out model's probabilities, its features and action, and
 * every label no candidate matched. Arguments: the labelled answers as bin/train-extraction reads them.
 */
public final class ExplainCrossValidation {

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        List<LabelledAnswer> answers = org.commitmenttracker.commitments.cli.LabelledDataAccess.read(data);
        ExtractionTraining training = new ExtractionTraining(Analyser.english());
        List<Prepared> extra = ExtractionTraining.weighted(training.prepare(
                org.commitmenttracker.commitments.cli.LabelledDataAccess.supplementary(data)));
        List<Prepared> prepared = ExtractionTraining.shuffled(training.prepare(answers), ExtractionTraining.SEED);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        CommitmentModel.Settings settings = CommitmentModel.Settings.defaults();
        for (int fold = 0; fold < ExtractionTraining.FOLDS; fold++) {
            List<Prepared> train = new ArrayList<>(extra);
            List<Prepared> test = new ArrayList<>();
            for (int i = 0; i < prepared.size(); i++) {
                (i % ExtractionTraining.FOLDS == fold ? test : train).add(prepared.get(i));
            }
            CommitmentModel model = ExtractionTraining.trainOn(train, settings);
            for (Prepared p : test) {
                for (int i = 0; i < p.found().size(); i++) {
                    CandidateFinder.Found f = p.found().get(i);
                    CommitmentModel.Decision d = model.decide(f.features());
                    String label = p.outcomes().get(i);
                    boolean predicted = d.commitment() >= CommitmentExtractor.DECISION_THRESHOLD;
                    String verdict = label.equals("none") ? (predicted ? "FP" : "tn") : (predicted ? "tp" : "FN");
                    out.printf(Locale.ROOT, "%s %-5s p=%.2f firm=%.2f %s | %s | %s | %s%n", verdict, label, d.commitment(), d.firm(),
                            p.answer().id(), f.action(), f.deadline().date(), String.join(" ", f.features().subList(1, Math.min(f.features().size(), 30))));
                    out.println("      " + f.sentence().text().replace('\n', ' '));
                }
                for (ExtractionTraining.Label l : p.unmatched()) {
                    out.println("NOCAND " + l.strength() + " " + p.answer().id() + " | " + l.action() + " | " + l.text().replace('\n', ' '));
                }
            }
        }
    }
}
