package org.commitmenttracker.commitments.extraction;

import java.nio.file.Path;
import java.util.List;

import org.commitmenttracker.commitments.extraction.ExtractionTraining.Label;
import org.commitmenttracker.commitments.extraction.ExtractionTraining.LabelledAnswer;

/**
 * A tool for whoever works on the engine, not a test: for every labelled commitment with a dated deadline, whether
 * any time expression of its sentence resolves to the labelled date (else the rules lack it).
 */
public final class CheckTimeExpressions {

    public static void main(String[] args) throws Exception {
        List<LabelledAnswer> answers = org.commitmenttracker.commitments.cli.LabelledDataAccess.read(Path.of(args[0]));
        int dated = 0;
        int found = 0;
        for (LabelledAnswer a : answers) {
            boolean fy = TimeExpressions.countsInFinancialYears(a.text());
            for (Label l : a.labels()) {
                if (l.deadline() == null) {
                    continue;
                }
                dated++;
                List<TimeExpression> times = TimeExpressions.find(l.text(), a.answered(), fy);
                boolean ok = times.stream().anyMatch(t -> t.dated() && t.date().toString().equals(l.deadline()));
                found += ok ? 1 : 0;
                if (!ok) {
                    System.out.println("MISSING " + a.id() + " answered " + a.answered() + " want " + l.deadline() + " got "
                            + times.stream().map(t -> t.text() + "=" + t.date()).toList() + " | " + l.text());
                }
            }
        }
        System.out.println(found + " of " + dated + " labelled dates are found in their sentence");
    }
}
