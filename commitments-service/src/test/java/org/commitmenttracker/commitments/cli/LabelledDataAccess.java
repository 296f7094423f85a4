package org.commitmenttracker.commitments.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.commitmenttracker.commitments.extraction.ExtractionTraining.LabelledAnswer;

/** The labelled answers as bin/train-extraction reads them, for tests and tools in other packages. */
public final class LabelledDataAccess {

    private LabelledDataAccess() {
    }

    /** One file of labelled answers, as it is. */
    public static List<LabelledAnswer> readFile(Path file) throws IOException {
        return LabelledData.read(List.of(file), null);
    }

    /** The invented answers bin/train-extraction adds to its training data. */
    public static List<LabelledAnswer> supplementary(Path directory) throws IOException {
        return TrainCommand.supplementary(directory);
    }

    public static List<LabelledAnswer> read(Path directory) throws IOException {
        return LabelledData.read(TrainCommand.FILES.stream().map(directory::resolve).toList(),
                directory.resolve(TrainCommand.CORRECTIONS));
    }
}
