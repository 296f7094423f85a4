package org.commitmenttracker.commitments.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * The trained decision: two logistic regressions (OpenNLP's maximum-entropy models, fitted by its L-BFGS trainer with
 * an L2 penalty) over a candidate's {@link Features}. The first says whether a candidate is a commitment at all, from
 * its structure (cue, voice, subject, verb, clause, time); its probability is the commitment's confidence. The second
 * says whether a commitment is firm or weak, from the features the guide's strength rules look at
 * ({@link Features#forStrength}) and the words of the action and subject (the words tell "consider" from "publish"
 * better than structure does, but are too many to help the first decision on so few examples: cross-validation
 * showed it).
 * <p>
 * The model is kept as a small text file, one feature a line with its weight for each outcome of each decision
 * (rounded to six decimals, so that the file is the same whichever JVM trained it), read back into OpenNLP's model at
 * start-up.
 */
public final class CommitmentModel {

    /** The columns of the model file: the decision's outcomes, then the strength's. */
    static final List<String> COLUMNS = List.of("none", "commitment", "weak", "firm");
    private static final List<String> DECISION = COLUMNS.subList(0, 2);
    private static final List<String> STRENGTH = COLUMNS.subList(2, 4);
    /** The resource the service and the command-line tools load. */
    public static final String RESOURCE = "extraction/commitment-model.tsv";

    /**
     * What the model makes of one candidate.
     *
     * @param commitment the probability that it is a commitment
     * @param firm       the probability that, as a commitment, it is firm
     */
    record Decision(double commitment, double firm) {
    }

    /**
     * Training settings. The defaults were chosen by cross-validation (docs/extraction.md): a strong penalty on the
     * decision costs nothing in F1 and keeps its probabilities from running to 1 on thin evidence, so that the
     * confidence can tell staff what needs no review.
     *
     * @param l2         the L2 penalty of the decision
     * @param strengthL2 the L2 penalty of the strength
     * @param cutoff     features seen fewer times than this are left out
     * @param iterations the most L-BFGS iterations
     */
    public record Settings(double l2, double strengthL2, int cutoff, int iterations) {

        public static Settings defaults() {
            return new Settings(8.0, 0.5, 2, 500);
        }
    }

    /** One binary logistic regression and its weights by feature, one per outcome. */
    private record Classifier(MaxentModel model, Map<String, double[]> weights, int positive) {

        static Classifier of(Map<String, double[]> weights, List<String> outcomes) {
            Context[] contexts = new Context[weights.size()];
            String[] features = new String[weights.size()];
            int[] indexes = {0, 1};
            int i = 0;
            for (Map.Entry<String, double[]> e : weights.entrySet()) {
                features[i] = e.getKey();
                contexts[i] = new Context(indexes, e.getValue().clone());
                i++;
            }
            MaxentModel model = new QNModel(contexts, features, outcomes.toArray(String[]::new));
            return new Classifier(model, weights, model.getIndex(outcomes.get(1)));
        }

        double probability(List<String> features) {
            return model.eval(features.toArray(String[]::new))[positive];
        }
    }

    private final Classifier decision;
    private final Classifier strength;

    private CommitmentModel(Map<String, double[]> decision, Map<String, double[]> strength) {
        this.decision = Classifier.of(decision, DECISION);
        this.strength = Classifier.of(strength, STRENGTH);
    }

    Decision decide(List<String> features) {
        return new Decision(decision.probability(forDecision(features)), strength.probability(forStrength(features)));
    }

    /** The features the first decision sees, in training and in use alike. */
    static List<String> forDecision(List<String> features) {
        return features.stream().filter(Features::forDecision).toList();
    }

    /** The features the strength sees, in training and in use alike. */
    static List<String> forStrength(List<String> features) {
        return features.stream().filter(Features::forStrength).toList();
    }

    /**
     * Trains a model on labelled candidates: {@code decisions} with outcome none or commitment, {@code strengths}
     * (the commitments alone) with outcome weak or firm. The same events give the same model.
     */
    static CommitmentModel train(List<Event> decisions, List<Event> strengths, Settings settings) {
        return new CommitmentModel(weights(decisions, settings.l2(), settings, DECISION),
                weights(strengths, settings.strengthL2(), settings, STRENGTH));
    }

    private static Map<String, double[]> weights(List<Event> events, double l2, Settings settings, List<String> outcomes) {
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        parameters.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
        parameters.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
        parameters.put(QNTrainer.L2COST_PARAM, l2);
        parameters.put(QNTrainer.L1COST_PARAM, 0.0);
        parameters.put(QNTrainer.THREADS_PARAM, 1);
        EventTrainer trainer = TrainerFactory.getEventTrainer(parameters, null);
        try {
            return weightsOf((AbstractModel) trainer.train(ObjectStreamUtils.createObjectStream(events)), outcomes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, double[]> weightsOf(AbstractModel trained, List<String> outcomes) {
        Object[] data = trained.getDataStructures();
        Map<String, Context> byFeature = (Map<String, Context>) data[1];
        String[] outcomeNames = (String[]) data[2];
        int[] column = new int[outcomeNames.length];
        for (int o = 0; o < outcomeNames.length; o++) {
            column[o] = outcomes.indexOf(outcomeNames[o]);
        }
        Map<String, double[]> weights = new TreeMap<>();
        for (Map.Entry<String, Context> e : byFeature.entrySet()) {
            double[] w = new double[outcomes.size()];
            int[] indexes = e.getValue().getOutcomes();
            double[] parameters = e.getValue().getParameters();
            for (int k = 0; k < indexes.length; k++) {
                if (column[indexes[k]] >= 0) {
                    w[column[indexes[k]]] = round(parameters[k]);
                }
            }
            if (Arrays.stream(w).anyMatch(x -> x != 0)) {
                weights.put(e.getKey(), w);
            }
        }
        return weights;
    }

    private static double round(double x) {
        return Math.round(x * 1e6) / 1e6;
    }

    /** The model in the class path resource {@link #RESOURCE}. */
    public static CommitmentModel bundled() {
        try (InputStream in = CommitmentModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The extraction model " + RESOURCE + " is not on the classpath");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Reads a model written by {@link #write}. */
    public static CommitmentModel read(InputStream in) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Map<String, double[]> decision = new LinkedHashMap<>();
        Map<String, double[]> strength = new LinkedHashMap<>();
        int number = 0;
        boolean header = false;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (!header) {
                if (!Arrays.asList(cells).equals(java.util.stream.Stream.concat(java.util.stream.Stream.of("feature"),
                        COLUMNS.stream()).toList())) {
                    throw new IOException("line " + number + ": the columns must be feature, " + String.join(", ", COLUMNS));
                }
                header = true;
                continue;
            }
            if (cells.length != COLUMNS.size() + 1) {
                throw new IOException("line " + number + ": expected a feature and " + COLUMNS.size() + " weights");
            }
            try {
                double[] w = new double[COLUMNS.size()];
                for (int o = 0; o < w.length; o++) {
                    w[o] = Double.parseDouble(cells[o + 1]);
                }
                if (w[0] != 0 || w[1] != 0) {
                    decision.put(cells[0], new double[] {w[0], w[1]});
                }
                if (w[2] != 0 || w[3] != 0) {
                    strength.put(cells[0], new double[] {w[2], w[3]});
                }
            } catch (NumberFormatException e) {
                throw new IOException("line " + number + ": a weight is not a number", e);
            }
        }
        if (decision.isEmpty() || strength.isEmpty()) {
            throw new IOException("the model has no weights");
        }
        return new CommitmentModel(decision, strength);
    }

    /** Writes the model as text: a header, then one feature a line, sorted, with its weight for each outcome. */
    public void write(Writer out, List<String> header) throws IOException {
        for (String line : header) {
            out.write("# " + line + "\n");
        }
        out.write("feature\t" + String.join("\t", COLUMNS) + "\n");
        java.util.SortedSet<String> features = new java.util.TreeSet<>(decision.weights().keySet());
        features.addAll(strength.weights().keySet());
        for (String feature : features) {
            List<String> cells = new ArrayList<>();
            cells.add(feature);
            for (Classifier c : List.of(decision, strength)) {
                double[] w = c.weights().getOrDefault(feature, new double[2]);
                for (double x : w) {
                    cells.add(String.format(Locale.ROOT, "%.6f", x));
                }
            }
            out.write(String.join("\t", cells) + "\n");
        }
    }

    /** The weights of a feature: none, commitment, weak, firm (zeros where a decision does not use it). */
    double[] weights(String feature) {
        double[] d = decision.weights().getOrDefault(feature, new double[2]);
        double[] w = strength.weights().getOrDefault(feature, new double[2]);
        return new double[] {d[0], d[1], w[0], w[1]};
    }

    /** The number of features with a weight in either decision. */
    public int size() {
        java.util.Set<String> features = new java.util.HashSet<>(decision.weights().keySet());
        features.addAll(strength.weights().keySet());
        return features.size();
    }
}
