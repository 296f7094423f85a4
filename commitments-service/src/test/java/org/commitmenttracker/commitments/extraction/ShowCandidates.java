package org.commitmenttracker.commitments.extraction;

import java.time.LocalDate;

import org.commitmenttracker.commitments.extraction.Analyser.Sentence;
import org.commitmenttracker.commitments.extraction.Analyser.Token;

/** A tool for whoever works on the engine, not a test: prints the analysis and candidates of each argument. */
public final class ShowCandidates {

    public static void main(String[] args) {
        Analyser analyser = Analyser.english();
        CandidateFinder finder = new CandidateFinder(analyser, new DeadlineResolver(ImpliedDeadlinePolicy.defaults()));
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
                System.out.println("    " + f.features());
            }
        }
    }
}
