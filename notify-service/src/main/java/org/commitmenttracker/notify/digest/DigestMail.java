package org.commitmenttracker.notify.digest;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.commitmenttracker.events.CommitmentAlert;
import org.commitmenttracker.events.CommitmentDueSoon;
import org.commitmenttracker.events.CommitmentOverdue;
import org.commitmenttracker.events.CommitmentStatusChanged;
import org.commitmenttracker.notify.alerts.Alert;
import org.springframework.web.util.HtmlUtils;

/**
 * The text of one digest, plain and HTML: the alerts of the period grouped by kind, each with its commitment, who
 * made it and a link to it on the dashboard; the one-click unsubscribe link at the foot.
 */
final class DigestMail {

    /** The kinds in the order a reader wants them: what has gone wrong first. */
    private static final Map<String, String> HEADINGS = headings();

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    record Content(String subject, String text, String html) {
    }

    private DigestMail() {
    }

    static Content of(List<Alert> alerts, int more, Instant from, Instant to, ZoneId zone, URI publicUrl,
                      URI unsubscribe) {
        String period = DAY.format(from.atZone(zone)) + " to " + DAY.format(to.atZone(zone));
        int total = alerts.size() + more;
        String subject = "Commitment tracker: " + total + (total == 1 ? " alert" : " alerts") + ", " + period;
        Map<String, List<Alert>> byType = alerts.stream()
                .sorted(Comparator.comparing(Alert::raisedAt))
                .collect(Collectors.groupingBy(Alert::type, LinkedHashMap::new, Collectors.toList()));

        StringBuilder text = new StringBuilder(subject).append("\n\n");
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><body style=\"font-family:sans-serif\">")
                .append("<h1 style=\"font-size:1.3em\">").append(e(subject)).append("</h1>");
        HEADINGS.forEach((type, heading) -> {
            List<Alert> ofType = byType.getOrDefault(type, List.of());
            if (ofType.isEmpty()) {
                return;
            }
            text.append(heading).append(" (").append(ofType.size()).append(")\n");
            html.append("<h2 style=\"font-size:1.1em\">").append(e(heading)).append(" (").append(ofType.size())
                    .append(")</h2><ul>");
            for (Alert alert : ofType) {
                CommitmentAlert a = alert.event();
                String link = link(publicUrl, a.commitmentId());
                String detail = detail(a, zone);
                text.append("- ").append(a.action()).append("\n  ").append(detail).append("\n  ").append(link)
                        .append("\n");
                html.append("<li><a href=\"").append(e(link)).append("\">").append(e(a.action())).append("</a><br>")
                        .append(e(detail)).append("</li>");
            }
            text.append("\n");
            html.append("</ul>");
        });
        if (more > 0) {
            text.append("And ").append(more).append(" more: ").append(base(publicUrl)).append("\n\n");
            html.append("<p>And ").append(more).append(" more, on <a href=\"").append(e(base(publicUrl)))
                    .append("\">the dashboard</a>.</p>");
        }
        text.append("--\nYou get this digest because you subscribed to it in the commitment tracker.\n")
                .append("Unsubscribe (one click, no sign-in): ").append(unsubscribe).append("\n");
        html.append("<hr><p style=\"color:#555;font-size:0.9em\">You get this digest because you subscribed to it in ")
                .append("the commitment tracker. <a href=\"").append(e(unsubscribe.toString()))
                .append("\">Unsubscribe</a> (one click, no sign-in).</p></body></html>");
        return new Content(subject, text.toString(), html.toString());
    }

    private static String detail(CommitmentAlert a, ZoneId zone) {
        StringBuilder detail = new StringBuilder();
        if (a.source() != null) {
            detail.append(a.source().department());
            if (a.source().minister() != null) {
                detail.append(", ").append(a.source().minister());
            }
            if (a.source().dateAnswered() != null) {
                detail.append(", answered ").append(DAY.format(a.source().dateAnswered()));
            }
        }
        if (a instanceof CommitmentOverdue overdue) {
            detail.append("; overdue since ").append(DAY.format(overdue.overdueSince()));
        } else if (a instanceof CommitmentDueSoon dueSoon) {
            detail.append("; due by ").append(DAY.format(dueSoon.dueOn()));
        } else if (a instanceof CommitmentStatusChanged changed) {
            detail.append("; ").append(words(changed.previousStatus().name())).append(" → ")
                    .append(words(changed.status().name()));
        } else if (a.deadline() != null && a.deadline().date() != null) {
            detail.append("; deadline ").append(DAY.format(a.deadline().date()));
        }
        return detail.toString();
    }

    private static String link(URI publicUrl, String commitmentId) {
        return base(publicUrl) + "#/commitment/" + URLEncoder.encode(commitmentId, StandardCharsets.UTF_8);
    }

    /** The public URL with one trailing slash, under which the dashboard and the API live. */
    static String base(URI publicUrl) {
        String url = publicUrl.toString();
        return url.endsWith("/") ? url : url + "/";
    }

    private static String words(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String e(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }

    private static Map<String, String> headings() {
        Map<String, String> headings = new LinkedHashMap<>();
        headings.put("commitment.overdue", "Gone overdue");
        headings.put("commitment.due_soon", "Due soon");
        headings.put("commitment.status_changed", "Status changed");
        headings.put("commitment.withdrawn", "Question withdrawn");
        headings.put("commitment.found", "New commitments");
        return headings;
    }
}
