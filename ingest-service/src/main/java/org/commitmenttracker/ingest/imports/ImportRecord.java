package org.commitmenttracker.ingest.imports;


import org.commitmenttracker.ingest.answers.AnswerRequest;

/**
 * One record of an import file, as its parser read it, with its place in the file ({@code line 3},
 * {@code result 7}, {@code ques uk.org.publicwhip/wrans/2019-10-24.HL401.q0}).
 */
sealed interface ImportRecord {

    String place();

    /** An answer (or statement) to take in as {@code POST /api/answers} would. */
    record Answer(String place, AnswerRequest request) implements ImportRecord {
    }

    /** A question that was withdrawn, by its answer's id ({@code uk-parliament:<house>:<date tabled>:<uin>}). */
    record Withdrawal(String place, String answerId) implements ImportRecord {
    }

    /**
     * A question answered together with others, whose answer is taken in once, under the question that leads the group
     * ({@code leadUin}, see {@link org.commitmenttracker.ingest.parliament.ParliamentRecords#UIN_ORDER}), and linked to this one's UIN.
     */
    record Grouped(String place, String leadUin) implements ImportRecord {
    }

    /** A record that could not be read into an answer; {@code reason} is written for the person importing. */
    record Unreadable(String place, String reason) implements ImportRecord {
    }
}
