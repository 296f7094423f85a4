package org.commitmenttracker.commitments.extraction;

import java.util.List;
import java.util.Set;

/**
 * The labelling guide's rules that make a commitment weak whatever else it says, applied after the trained strength:
 * "'will consider'" and its kin (the guide's examples of hedged promises), and from its clarifications
 * "'target', 'ambition', 'aim' and 'seek to' make a commitment weak, even when numeric and dated" and "'will take
 * decisions on / decide / respond' is weak unless an output is named". The labelled answers predate the
 * clarifications and hold too few of these for the model to learn them as rules.
 */
final class StrengthRules {

    private static final Set<String> HEDGING_CUES = Set.of("aim", "ambition", "target", "goal", "aspiration", "aspire",
            "seek", "hope", "mission");
    private static final Set<String> HEDGING_VERBS = Set.of("aim", "strive", "endeavour", "try", "hope", "aspire",
            "consider", "explore", "monitor", "engage");
    /** Hedges only with an infinitive: "will seek to recover" is hedged, "will seek approval" a step of its own. */
    private static final Set<String> HEDGING_WITH_INFINITIVE = Set.of("seek");
    private static final Set<String> DECIDING_VERBS = Set.of("decide", "determine", "respond", "choose", "conclude");
    private static final Set<String> LIGHT_VERBS = Set.of("take", "make", "reach");
    private static final Set<String> FORECASTING_CUES = Set.of("expect", "expected", "likely", "anticipated", "projected",
            "envisaged");

    private StrengthRules() {
    }

    /** Whether a commitment with these features is weak by the guide's rules. */
    static boolean weak(List<String> features) {
        String verb = null;
        String object = null;
        String subject = null;
        boolean passive = false;
        boolean outputNamed = false;
        boolean forecast = false;
        boolean publication = false;
        boolean infinitive = false;
        for (String f : features) {
            if (f.equals("vf=publish")) {
                publication = true;
            }
            if (f.equals("reported=expect") || f.equals("reported=predict") || f.equals("reported=forecast")
                    || f.equals("reported=estimate")) {
                forecast = true; // "we expect HMS Queen Elizabeth to be accepted in 2017"
            }
            if (f.equals("voice=PASSIVE")) {
                passive = true;
            } else if (f.startsWith("subjHead=")) {
                subject = f.substring(9);
            }
            if (f.startsWith("cueLemma=")) {
                String lemma = f.substring(f.indexOf(':') + 1);
                if (HEDGING_CUES.contains(lemma)) {
                    return true;
                }
                forecast |= FORECASTING_CUES.contains(lemma);
            } else if (f.startsWith("verb=")) {
                verb = f.substring(5);
            } else if (f.startsWith("chain=")) {
                infinitive = true; // the verb goes on to another: "seek to recover"
            } else if (f.startsWith("obj=")) {
                object = f.substring(4);
            } else if (f.equals("objFamily=document") && !"decision".equals(object)) {
                outputNamed = true;
            }
        }
        if (forecast && !publication) {
            return true;
        }
        if (verb == null) {
            return false;
        }
        if (HEDGING_VERBS.contains(verb) || infinitive && HEDGING_WITH_INFINITIVE.contains(verb)) {
            return true; // "will consider", "will explore": hedged, as the guide's own examples are
        }
        // "final decisions will be taken": in a passive the decision is the subject
        String decided = passive ? subject : object;
        boolean deciding = DECIDING_VERBS.contains(verb) || LIGHT_VERBS.contains(verb) && "decision".equals(decided);
        return deciding && !outputNamed;
    }
}
