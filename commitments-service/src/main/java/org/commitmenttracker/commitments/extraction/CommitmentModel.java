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
 * The trained decision: a multinomial logistic regression (OpenNLP's maximum-entropy model, fitted by its L-BFGS
 * trainer with an L2 penalty) over a candidate's {@link Features}, with three outcomes: not a commitment, a firm one,
 * a weak one. The probability that a candidate is a commitment at all is its confidence.
 * <p>
 * The model is kept as a small text file, one feature a line with its weight for each outcome (rounded to six
 * decimals, so that the file is the same whichever JVM trained it), read back into OpenNLP's model at start-up.
 */
public final class CommitmentModel {

    /** The outcomes, in the file's column order. */
    static final List<String> OUTCOMES = List.of("none", "firm", "weak");
    /** The resource the service and the command-line tools load. */
    public static final String RESOURCE = "extraction/commitment-model.tsv";

    /** What the model makes of one candidate. */
    record Decision(double commitment, double firm) {
    }

    /**
     * Training settings.
     *
     * @param l2         the L2 penalty
     * @param cutoff     features seen fewer times than this are left out
     * @param iterations the most L-BFGS iterations
     */
    public record Settings(double l2, int cutoff, int iterations) {

        public static Settings defaults() {
            return new Settings(1.0, 2, 500);
        }
    }

    private final MaxentModel model;
    private final Map<String, double[]> weights;
    private final int none;
    private final int firm;
    private final int weak;

    private CommitmentModel(Map<String, double[]> weights) {
        this.weights = weights;
        Context[] contexts = new Context[weights.size()];
        String[] features = new String[weights.size()];
        int[] outcomes = {0, 1, 2};
        int i = 0;
        for (Map.Entry<String, double[]> e : weights.entrySet()) {
            features[i] = e.getKey();
            contexts[i] = new Context(outcomes, e.getValue().clone());
            i++;
        }
        this.model = new QNModel(contexts, features, OUTCOMES.toArray(String[]::new));
        this.none = model.getIndex("none");
        this.firm = model.getIndex("firm");
        this.weak = model.getIndex("weak");
    }

    Decision decide(List<String> features) {
        double[] p = model.eval(features.toArray(String[]::new));
        double committed = p[firm] + p[weak];
        return new Decision(1 - p[none], committed > 0 ? p[firm] / committed : 0.5);
    }

    /** Trains a model on labelled events (outcome none, firm or weak); the same events give the same model. */
    static CommitmentModel train(List<Event> events, Settings settings) {
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        parameters.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
        parameters.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
        parameters.put(QNTrainer.L2COST_PARAM, settings.l2());
        parameters.put(QNTrainer.L1COST_PARAM, 0.0);
        parameters.put(QNTrainer.THREADS_PARAM, 1);
        EventTrainer trainer = TrainerFactory.getEventTrainer(parameters, null);
        try {
            MaxentModel trained = trainer.train(ObjectStreamUtils.createObjectStream(events));
            return new CommitmentModel(weightsOf((AbstractModel) trained));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, double[]> weightsOf(AbstractModel trained) {
        Object[] data = trained.getDataStructures();
        Map<String, Context> byFeature = (Map<String, Context>) data[1];
        String[] outcomeNames = (String[]) data[2];
        int[] column = new int[outcomeNames.length];
        for (int o = 0; o < outcomeNames.length; o++) {
            column[o] = OUTCOMES.indexOf(outcomeNames[o]);
        }
        Map<String, double[]> weights = new TreeMap<>();
        for (Map.Entry<String, Context> e : byFeature.entrySet()) {
            double[] w = new double[OUTCOMES.size()];
            int[] outcomes = e.getValue().getOutcomes();
            double[] parameters = e.getValue().getParameters();
            for (int k = 0; k < outcomes.length; k++) {
                w[column[outcomes[k]]] = round(parameters[k]);
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
        Map<String, double[]> weights = new LinkedHashMap<>();
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            if (number > 0 && cells[0].equals("feature")) {
                if (!Arrays.asList(cells).subList(1, cells.length).equals(OUTCOMES)) {
                    throw new IOException("line " + number + ": the columns must be feature, " + String.join(", ", OUTCOMES));
                }
                continue;
            }
            if (cells.length != OUTCOMES.size() + 1) {
                throw new IOException("line " + number + ": expected a feature and " + OUTCOMES.size() + " weights");
            }
            double[] w = new double[OUTCOMES.size()];
            try {
                for (int o = 0; o < w.length; o++) {
                    w[o] = Double.parseDouble(cells[o + 1]);
                }
            } catch (NumberFormatException e) {
                throw new IOException("line " + number + ": a weight is not a number", e);
            }
            weights.put(cells[0], w);
        }
        if (weights.isEmpty()) {
            throw new IOException("the model has no weights");
        }
        return new CommitmentModel(weights);
    }

    /** Writes the model as text: a header, then one feature a line, sorted, with its weight for each outcome. */
    public void write(Writer out, List<String> header) throws IOException {
        for (String line : header) {
            out.write("# " + line + "\n");
        }
        out.write("feature\t" + String.join("\t", OUTCOMES) + "\n");
        for (Map.Entry<String, double[]> e : new TreeMap<>(weights).entrySet()) {
            List<String> cells = new ArrayList<>();
            cells.add(e.getKey());
            for (double w : e.getValue()) {
                cells.add(String.format(Locale.ROOT, "%.6f", w));
            }
            out.write(String.join("\t", cells) + "\n");
        }
    }

    /** The number of features with a weight. */
    public int size() {
        return weights.size();
    }

    /** The weights of one feature, by outcome, or null if the model has none for it. */
    double[] weights(String feature) {
        double[] w = weights.get(feature);
        return w == null ? null : w.clone();
    }
}
