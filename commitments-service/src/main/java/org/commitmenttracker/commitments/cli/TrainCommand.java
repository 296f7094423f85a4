package org.commitmenttracker.commitments.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.commitmenttracker.commitments.extraction.Analyser;
import org.commitmenttracker.commitments.extraction.CommitmentExtractor;
import org.commitmenttracker.commitments.extraction.CommitmentModel;
import org.commitmenttracker.commitments.extraction.ExtractionScore;
import org.commitmenttracker.commitments.extraction.ExtractionTraining;
import org.commitmenttracker.commitments.extraction.ExtractionTraining.CrossValidation;
import org.commitmenttracker.commitments.extraction.ExtractionTraining.LabelledAnswer;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bin/train-extraction}: trains the extraction model on the labelled answers and writes it where the service
 * loads it from; with {@code --cross-validate}, estimates instead how well the engine does on answers it was not
 * trained on (5 folds split by answer, fixed seed), fold by fold, with the review threshold each confidence gives.
 * <pre>
 *   --data DIR          the labelled files (dev-answers.jsonl, train-answers.jsonl, label-corrections.jsonl, and the
 *                       invented synthetic-answers.jsonl and guide-examples.jsonl, trained on but never measured on)
 *   --model FILE        where to write the model (default: the service's resource)
 *   --cross-validate    estimate, do not write a model
 *   --predictions FILE  with --cross-validate: write the held-out predictions for score-extraction
 *   --supplementary F   with --cross-validate: these invented answers instead (or "none")
 *   --folds N --seed N --threshold X --review-threshold X
 *                       with --cross-validate: the split, and the decision and review thresholds scored
 *   --l2 X --strength-l2 X --cutoff N
 *                       the training settings (default CommitmentModel.Settings.defaults())
 * </pre>
 * An unknown option, or one that the chosen mode does not use, is refused rather than ignored.
 */
public final class TrainCommand {

    static final List<String> FILES = List.of("dev-answers.jsonl", "train-answers.jsonl");
    static final String CORRECTIONS = "label-corrections.jsonl";
    /** Invented answers, written to the labelling guide: trained on, never measured on. */
    static final List<String> SUPPLEMENTARY = List.of("synthetic-answers.jsonl", "guide-examples.jsonl");

    private static final Set<String> COMMON_OPTIONS = Set.of("data", "l2", "strength-l2", "cutoff");
    private static final Set<String> TRAINING_OPTIONS = Set.of("model");
    private static final Set<String> CROSS_VALIDATION_OPTIONS = Set.of("cross-validate", "predictions", "supplementary",
            "folds", "seed", "threshold", "review-threshold");

    public static void main(String[] args) throws IOException {
        Map<String, String> options;
        try {
            options = options(args);
        } catch (IllegalArgumentException e) {
            System.err.println("bin/train-extraction: " + e.getMessage() + " (the options are listed at the top of the script)");
            System.exit(2);
            return;
        }
        Path data = Path.of(options.getOrDefault("data", "commitments-service/src/test/resources"));
        Path model = Path.of(options.getOrDefault("model", "commitments-service/src/main/resources/" + CommitmentModel.RESOURCE));
        CommitmentModel.Settings defaults = CommitmentModel.Settings.defaults();
        CommitmentModel.Settings settings = new CommitmentModel.Settings(
                Double.parseDouble(options.getOrDefault("l2", String.valueOf(defaults.l2()))),
                Double.parseDouble(options.getOrDefault("strength-l2", String.valueOf(defaults.strengthL2()))),
                Integer.parseInt(options.getOrDefault("cutoff", String.valueOf(defaults.cutoff()))),
                defaults.iterations());
        List<LabelledAnswer> answers = LabelledData.read(FILES.stream().map(data::resolve).toList(), data.resolve(CORRECTIONS));
        ExtractionTraining training = new ExtractionTraining(Analyser.english());
        PrintStream out = System.out;
        if (options.containsKey("cross-validate")) {
            crossValidate(training, answers, data, settings, options, out);
        } else {
            List<LabelledAnswer> supplementary = supplementary(data);
            CommitmentModel trained = training.train(answers, supplementary, settings);
            write(trained, model, answers.size(), supplementary.size(), settings);
            int labels = java.util.stream.Stream.concat(answers.stream(), supplementary.stream()).mapToInt(a -> a.labels().size()).sum();
            out.printf(Locale.ROOT, "trained on %d real answers and %d invented ones (%d labelled commitments): %d features, written to %s%n",
                    answers.size(), supplementary.size(), labels, trained.size(), model);
        }
    }

    /** The invented answers that are trained on as well, where they are present. */
    static List<LabelledAnswer> supplementary(Path data) throws IOException {
        List<Path> files = SUPPLEMENTARY.stream().map(data::resolve).filter(Files::exists).toList();
        return files.isEmpty() ? List.of() : LabelledData.read(files, null);
    }

    /** Writes the model with a header saying how it was made. */
    static void write(CommitmentModel model, Path file, int answers, int invented, CommitmentModel.Settings settings) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            model.write(w, header(answers, invented, settings));
        }
    }

    static List<String> header(int answers, int invented, CommitmentModel.Settings settings) {
        return List.of("Commitment extraction model: two logistic regressions over candidate features (commitment or not; firm or weak).",
                "Made by bin/train-extraction from " + String.join(", ", FILES) + " with " + CORRECTIONS + " (" + answers
                        + " real answers) and " + String.join(", ", SUPPLEMENTARY) + " (" + invented + " invented ones);",
                String.format(Locale.ROOT, "L2 %.3f (strength %.3f), feature cutoff %d. Do not edit: retrain.", settings.l2(),
                        settings.strengthL2(), settings.cutoff()));
    }

    private static void crossValidate(ExtractionTraining training, List<LabelledAnswer> answers, Path data,
                                      CommitmentModel.Settings settings, Map<String, String> options, PrintStream out) throws IOException {
        int folds = Integer.parseInt(options.getOrDefault("folds", String.valueOf(ExtractionTraining.FOLDS)));
        long seed = Long.parseLong(options.getOrDefault("seed", String.valueOf(ExtractionTraining.SEED)));
        double threshold = Double.parseDouble(options.getOrDefault("threshold", String.valueOf(CommitmentExtractor.DECISION_THRESHOLD)));
        double review = Double.parseDouble(options.getOrDefault("review-threshold", String.valueOf(CommitmentExtractor.REVIEW_THRESHOLD)));
        List<LabelledAnswer> supplementary = options.containsKey("supplementary")
                ? options.get("supplementary").equals("none") ? List.of() : LabelledData.read(List.of(Path.of(options.get("supplementary"))), null)
                : supplementary(data);
        CrossValidation cv = training.crossValidate(answers, supplementary, folds, seed, settings, threshold, review);
        out.printf(Locale.ROOT, "%d answers, %d labelled commitments (%d with no candidate); %d folds by answer, seed %d, L2 %.3f, cutoff %d;"
                        + " %d invented answers added to every training fold%n",
                answers.size(), cv.labels(), cv.labelsWithoutCandidate(), folds, seed, settings.l2(), settings.cutoff(), supplementary.size());
        List<String> columns = List.of("precision", "recall", "f1", "firm_f1", "strength_accuracy", "dated_deadline_accuracy",
                "negatives_clean", "accepted_precision", "accepted_recall", "review_share", "action_similarity");
        out.println(row("fold", columns));
        Map<String, Double> sums = new LinkedHashMap<>();
        for (ExtractionTraining.Fold fold : cv.folds()) {
            Map<String, Object> figures = fold.score().figures();
            out.println(row(String.valueOf(fold.number()), columns.stream().map(c -> format(figures.get(c))).toList()));
            columns.forEach(c -> sums.merge(c, ((Number) figures.get(c)).doubleValue(), Double::sum));
        }
        out.println(row("mean", columns.stream().map(c -> format(sums.get(c) / cv.folds().size())).toList()));
        ExtractionScore pooled = ExtractionTraining.score(cv.predictions(), review);
        out.println(row("pooled", columns.stream().map(c -> format(pooled.figures().get(c))).toList()));
        out.println();
        out.println("review threshold: accepted_precision, accepted_recall, review_share (pooled held-out predictions)");
        Double lowest = null;
        for (int percent = 50; percent <= 99; percent++) {
            double t = percent / 100.0;
            ExtractionScore at = ExtractionTraining.score(cv.predictions(), t);
            if (percent % 5 == 0 || percent >= 90) {
                out.printf(Locale.ROOT, "  %.2f  %.4f  %.4f  %.4f%n", t, at.acceptedPrecision(), at.acceptedRecall(), at.reviewShare());
            }
            if (lowest == null && at.acceptedPrecision() >= 0.95) {
                lowest = t;
            }
        }
        out.println(lowest == null ? "no threshold accepts commitments right 95% of the time"
                : String.format(Locale.ROOT, "lowest threshold whose accepted commitments are right at least 95%% of the time: %.2f", lowest));
        out.println(JsonMapper.builder().build().writeValueAsString(pooled.figures()));
        if (options.containsKey("predictions")) {
            writePredictions(cv, Path.of(options.get("predictions")));
        }
    }

    private static void writePredictions(CrossValidation cv, Path file) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (ExtractionTraining.Prediction p : cv.predictions()) {
                w.write(json.writeValueAsString(ExtractCommand.line(p.answer().id(), p.commitments())) + "\n");
            }
        }
    }

    private static String row(String first, List<String> cells) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-7s", first));
        for (String c : cells) {
            b.append(String.format(Locale.ROOT, " %-8s", c.length() > 8 ? abbreviate(c) : c));
        }
        return b.toString();
    }

    private static String abbreviate(String column) {
        return switch (column) {
            case "precision" -> "prec";
            case "strength_accuracy" -> "strength";
            case "dated_deadline_accuracy" -> "dated";
            case "negatives_clean" -> "negclean";
            case "accepted_precision" -> "acc_prec";
            case "accepted_recall" -> "acc_rec";
            case "review_share" -> "review";
            case "action_similarity" -> "action";
            default -> column.substring(0, 8);
        };
    }

    private static String format(Object value) {
        return value instanceof Number n ? String.format(Locale.ROOT, "%.4f", n.doubleValue()) : String.valueOf(value);
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
            String name = args[i].substring(2);
            if (!COMMON_OPTIONS.contains(name) && !TRAINING_OPTIONS.contains(name) && !CROSS_VALIDATION_OPTIONS.contains(name)) {
                throw new IllegalArgumentException("unknown option " + args[i]);
            }
            boolean flag = name.equals("cross-validate");
            if (flag) {
                options.put(name, "true");
            } else if (i + 1 < args.length) {
                options.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("--" + name + " needs a value");
            }
        }
        boolean crossValidating = options.containsKey("cross-validate");
        for (String name : options.keySet()) {
            if (!crossValidating && CROSS_VALIDATION_OPTIONS.contains(name)) {
                throw new IllegalArgumentException("--" + name + " needs --cross-validate (without it the model is retrained)");
            }
            if (crossValidating && TRAINING_OPTIONS.contains(name)) {
                throw new IllegalArgumentException("--" + name + " is for training; --cross-validate writes no model");
            }
        }
        return options;
    }
}
