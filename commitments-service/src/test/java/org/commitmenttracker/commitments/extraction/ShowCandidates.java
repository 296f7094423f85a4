package org.commitmenttracker.commitments.extraction;

import java.time.LocalDate;

import org.commitmenttracker.commitments.extraction.Analyser.Sentence;
import org.commitmenttracker.commitments.extraction.Analyser.Token;

/** A tool for whoever works on the engine, not a test: prints the analysis and candidates of each argument. */
public final class ShowCandidates {

    public static void main(String[] args) {
        Analyser analyser = Analyser.english();
        CandidateFinder finder = new CandidateFinder(analyser, new DeadlineResolver(ImpliedDeadlinePolicy.defaults()));
        CommitmentModel model = CommitmentModel.bundled();
        for (String text : args) {
            Sentence s = analyser.analyse(text);
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < s.size(); i++) {
                Token t = s.get(i);
                b.append(i).append(':').append(t.text()).append('/').append(t.tag()).append('/').append(t.lemma()).append(' ');
            }
            System.out.println(b);
            for (CandidateFinder.Found f : finder.candidates(PlainText.of(text), LocalDate.of(2025, 3, 10), false)) {
                System.out.println("  " + f.candidate());
                System.out.println("    action: " + f.action() + " | deadline: " + f.deadline());
                CommitmentModel.Decision d = model.decide(f.features());
                System.out.printf("    p=%.3f firm=%.3f%n", d.commitment(), d.firm());
                java.util.List<String> ranked = new java.util.ArrayList<>(f.features());
                ranked.sort(java.util.Comparator.comparingDouble(x -> -Math.abs(model.weights(x)[1] - model.weights(x)[0])));
                StringBuilder b1 = new StringBuilder("    decision:");
                for (String x : ranked.subList(0, Math.min(12, ranked.size()))) {
                    b1.append(String.format(" %s:%+.2f", x, model.weights(x)[1] - model.weights(x)[0]));
                }
                System.out.println(b1);
                ranked.sort(java.util.Comparator.comparingDouble(x -> -Math.abs(model.weights(x)[3] - model.weights(x)[2])));
                StringBuilder b2 = new StringBuilder("    strength:");
                for (String x : ranked.subList(0, Math.min(12, ranked.size()))) {
                    b2.append(String.format(" %s:%+.2f", x, model.weights(x)[3] - model.weights(x)[2]));
                }
                System.out.println(b2);
            }
        }
    }
}
