package org.commitmenttracker.commitments.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.commitmenttracker.commitments.extraction.ExtractionTraining.Label;
import org.commitmenttracker.commitments.extraction.ExtractionTraining.LabelledAnswer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The labelled answers (the format of ../shared/data: {@code id}, {@code kind}, {@code answer_text},
 * {@code date_answered}, {@code commitments}), with the corrections of {@code label-corrections.jsonl} applied: the
 * labels that contradicted the guide's later clarifications, each with the clarification that decides it
 * ({@code change}: drop, strength, deadline or add).
 */
final class LabelledData {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private LabelledData() {
    }

    /** The answers of {@code files}, in order, corrected by {@code corrections} when it is not null. */
    static List<LabelledAnswer> read(List<Path> files, Path corrections) throws IOException {
        Map<String, LabelledAnswer> answers = new LinkedHashMap<>();
        for (Path file : files) {
            int number = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    LabelledAnswer answer = answer(JSON.readTree(line));
                    if (answers.put(answer.id(), answer) != null) {
                        throw new IllegalArgumentException("answer " + answer.id() + " appears twice");
                    }
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException(file + ":" + number + ": " + e.getMessage(), e);
                }
            }
        }
        if (corrections != null) {
            correct(answers, corrections);
        }
        return List.copyOf(answers.values());
    }

    private static LabelledAnswer answer(JsonNode node) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        JsonNode commitments = node.get("commitments");
        if (commitments == null || !commitments.isArray()) {
            throw new IllegalArgumentException("field 'commitments' is missing or not an array");
        }
        List<Label> labels = new ArrayList<>();
        for (JsonNode c : commitments) {
            String strength = AnswerFields.required(c, "strength");
            if (!strength.equals("firm") && !strength.equals("weak")) {
                throw new IllegalArgumentException("a commitment's strength is '" + strength + "', not firm or weak");
            }
            labels.add(new Label(AnswerFields.required(c, "text"), text(c, "action"), strength, text(c, "deadline")));
        }
        return new LabelledAnswer(AnswerFields.id(node), AnswerFields.text(node), AnswerFields.answered(node),
                AnswerFields.statement(node), List.copyOf(labels));
    }

    private static void correct(Map<String, LabelledAnswer> answers, Path file) throws IOException {
        int number = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode c = JSON.readTree(line);
            LabelledAnswer answer = answers.get(text(c, "id"));
            if (answer == null) {
                continue; // a correction of an answer not being read
            }
            List<Label> labels = new ArrayList<>(answer.labels());
            String change = text(c, "change");
            if (change.equals("add")) {
                labels.add(new Label(text(c, "text"), text(c, "action"), text(c, "new"), text(c, "new_deadline")));
            } else {
                int index = find(labels, text(c, "text"), text(c, "action"));
                if (index < 0) {
                    throw new IllegalArgumentException(file + ":" + number + ": no label of " + answer.id() + " has that text and action");
                }
                Label old = labels.get(index);
                switch (change) {
                    case "drop" -> labels.remove(index);
                    case "strength" -> labels.set(index, new Label(old.text(), old.action(), text(c, "new"), old.deadline()));
                    case "deadline" -> labels.set(index, new Label(old.text(), old.action(), old.strength(), text(c, "new")));
                    default -> throw new IllegalArgumentException(file + ":" + number + ": unknown change " + change);
                }
            }
            answers.put(answer.id(), new LabelledAnswer(answer.id(), answer.text(), answer.answered(), answer.statement(),
                    List.copyOf(labels)));
        }
    }

    private static int find(List<Label> labels, String text, String action) {
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i).text().equals(text) && (action == null || Objects.equals(labels.get(i).action(), action))) {
                return i;
            }
        }
        return -1;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
