package org.commitmenttracker.ingest.imports;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * Questions answered together are one answer, taken in under the question with the lowest UIN and linked to the
 * others, whichever source they come from: the same rule as the Parliament API poller's and as parlparse's own (which
 * writes the group under its lowest UIN), so that the group's answer has one id everywhere.
 */
final class QuestionGroups {

    /** Shorter first, then by letter (case aside): {@code 586} before {@code 1001}, {@code HL586} before {@code HL1001}. */
    static final Comparator<String> UIN_ORDER = Comparator.<String>comparingInt(String::length)
            .thenComparing(uin -> uin.toUpperCase(Locale.ROOT));

    private QuestionGroups() {
    }

    /** The UIN that leads a group, if it is not {@code own}. */
    static Optional<String> leadOtherThan(String own, Collection<String> others) {
        String ownUin = own.strip().toUpperCase(Locale.ROOT);
        return others.stream().map(uin -> uin.strip().toUpperCase(Locale.ROOT))
                .filter(uin -> !uin.equals(ownUin))
                .filter(uin -> UIN_ORDER.compare(uin, ownUin) < 0)
                .min(UIN_ORDER);
    }
}
