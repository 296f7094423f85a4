package org.commitmenttracker.commitments.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The committed model is what bin/train-extraction makes of the committed labelled answers: retrained here, every
 * weight agrees to within rounding (so a JVM whose last floating-point bit differs cannot fail it, but a change of
 * features, data or settings without a retrain does).
 */
class ModelReproducibilityTest {

    @Test
    void theCommittedModelIsWhatTrainingProduces() throws IOException {
        CommitmentModel trained = new ExtractionTraining(TestEngine.ANALYSER).train(TestEngine.labelled(), TestEngine.supplementary(),
                CommitmentModel.Settings.defaults());
        Map<String, String> retrained = weights(text(trained));
        Map<String, String> committed;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(CommitmentModel.RESOURCE)) {
            committed = weights(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }

        assertThat(retrained.keySet()).as("features").isEqualTo(committed.keySet());
        for (Map.Entry<String, String> e : committed.entrySet()) {
            double[] a = numbers(e.getValue());
            double[] b = numbers(retrained.get(e.getKey()));
            for (int i = 0; i < a.length; i++) {
                assertThat(b[i]).as(e.getKey()).isCloseTo(a[i], org.assertj.core.data.Offset.offset(1e-4));
            }
        }
    }

    private static String text(CommitmentModel model) throws IOException {
        StringWriter out = new StringWriter();
        model.write(out, List.of());
        return out.toString();
    }

    private static Map<String, String> weights(String file) {
        Map<String, String> weights = new LinkedHashMap<>();
        file.lines().filter(l -> !l.startsWith("#") && !l.startsWith("feature\t")).forEach(l -> {
            int tab = l.indexOf('\t');
            weights.put(l.substring(0, tab), l.substring(tab + 1));
        });
        return weights;
    }

    private static double[] numbers(String cells) {
        return java.util.Arrays.stream(cells.split("\t")).mapToDouble(Double::parseDouble).toArray();
    }
}
