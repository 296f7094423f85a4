package org.commitmenttracker.commitments.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.commitmenttracker.commitments.extraction.ExtractionTraining.LabelledAnswer;

/** The labelled answers as bin/train-extraction reads them, for tests and tools in other packages. */
public final class LabelledDataAccess {

    private LabelledDataAccess() {
    }

    public static List<LabelledAnswer> read(Path directory) throws IOException {
        return LabelledData.read(TrainCommand.FILES.stream().map(directory::resolve).toList(),
                directory.resolve(TrainCommand.CORRECTIONS));
    }
}
