package org.commitmenttracker.ingest.answers;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Answer ids, stable across sources and re-imports: {@code uk-parliament:<house>:<date tabled>:<uin>}, the natural key
 * the Parliament, TheyWorkForYou and parlparse share; or {@code <source>:<native id>} where no UIN is known.
 */
public final class AnswerIds {

    static final String SOURCE_ID_PATTERN = "[a-z][a-z0-9-]{1,40}:[^\\s]{1,200}";

    private AnswerIds() {
    }

    /** The id of a Parliament question's answer, whichever source it came from. */
    public static String parliamentId(String house, LocalDate dateTabled, String uin) {
        return "uk-parliament:" + house.toLowerCase(Locale.ROOT) + ":" + dateTabled + ":" + uin.toUpperCase(Locale.ROOT);
    }
}
