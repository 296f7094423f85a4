package org.commitmenttracker.commitments.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import opennlp.tools.ml.model.Event;
import org.junit.jupiter.api.Test;

class CommitmentModelTest {

    /** A toy problem: "publish" with the government as subject is a firm commitment, "help" none, "consider" weak. */
    private static CommitmentModel toy() {
        List<Event> decisions = new ArrayList<>();
        List<Event> strengths = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            decisions.add(new Event("commitment", new String[] {"bias", "subj=WE", "verb=publish"}));
            decisions.add(new Event("none", new String[] {"bias", "subj=OTHER", "verb=help"}));
            decisions.add(new Event("commitment", new String[] {"bias", "subj=WE", "verb=consider"}));
            strengths.add(new Event("firm", new String[] {"bias", "subj=WE", "verb=publish", "w=strategy"}));
            strengths.add(new Event("weak", new String[] {"bias", "subj=WE", "verb=consider", "w=option"}));
        }
        return CommitmentModel.train(decisions, strengths, new CommitmentModel.Settings(0.1, 0.1, 1, 500));
    }

    @Test
    void decidesCommitmentOrNotAndFirmOrWeakWithProbabilities() {
        CommitmentModel model = toy();

        CommitmentModel.Decision publish = model.decide(List.of("bias", "subj=WE", "verb=publish", "w=strategy"));
        CommitmentModel.Decision help = model.decide(List.of("bias", "subj=OTHER", "verb=help"));
        CommitmentModel.Decision consider = model.decide(List.of("bias", "subj=WE", "verb=consider", "w=option"));

        assertThat(publish.commitment()).isGreaterThan(0.9).isLessThanOrEqualTo(1.0);
        assertThat(publish.firm()).isGreaterThan(0.9);
        assertThat(help.commitment()).isLessThan(0.1).isGreaterThanOrEqualTo(0.0);
        assertThat(consider.firm()).isLessThan(0.1);
    }

    @Test
    void theDecisionIgnoresTheWordsThatOnlyTheStrengthUses() {
        CommitmentModel model = toy();

        assertThat(model.decide(List.of("bias", "subj=WE", "verb=publish", "w=strategy")).commitment())
                .isEqualTo(model.decide(List.of("bias", "subj=WE", "verb=publish", "w=option")).commitment());
    }

    @Test
    void theSameEventsGiveTheSameModelFile() throws IOException {
        assertThat(text(toy())).isEqualTo(text(toy()));
    }

    @Test
    void aModelWrittenAndReadBackDecidesTheSame() throws IOException {
        CommitmentModel model = toy();
        CommitmentModel read = CommitmentModel.read(new ByteArrayInputStream(text(model).getBytes(StandardCharsets.UTF_8)));

        List<String> features = List.of("bias", "subj=WE", "verb=consider", "w=option");
        assertThat(read.decide(features).commitment()).isCloseTo(model.decide(features).commitment(), org.assertj.core.data.Offset.offset(1e-5));
        assertThat(read.decide(features).firm()).isCloseTo(model.decide(features).firm(), org.assertj.core.data.Offset.offset(1e-5));
        assertThat(read.size()).isEqualTo(model.size());
    }

    @Test
    void aBrokenModelFileIsRefusedWithTheLineThatIsWrong() {
        assertThatThrownBy(() -> read("feature\tnone\tfirm\n")).hasMessageContaining("line 1").hasMessageContaining("columns");
        assertThatThrownBy(() -> read("feature\tnone\tcommitment\tweak\tfirm\nbias\t0.1\tx\t0\t0\n"))
                .hasMessageContaining("line 2").hasMessageContaining("not a number");
        assertThatThrownBy(() -> read("# only a comment\n")).hasMessageContaining("no weights");
    }

    @Test
    void theBundledModelLoads() {
        assertThat(CommitmentModel.bundled().size()).isGreaterThan(100);
    }

    private static CommitmentModel read(String text) throws IOException {
        return CommitmentModel.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String text(CommitmentModel model) throws IOException {
        StringWriter out = new StringWriter();
        model.write(out, List.of("test"));
        return out.toString();
    }
}
