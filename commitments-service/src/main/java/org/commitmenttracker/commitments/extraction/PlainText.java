package org.commitmenttracker.commitments.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text staff will see, with its paragraphs: HTML answers (as the Parliament's API gives them) become plain text
 * with a blank line between block elements; plain text is kept as it is. Quote offsets refer to this text.
 */
public record PlainText(String text) {

    private static final Set<String> LINE_ELEMENTS = Set.of("td", "th", "li", "dt", "dd");
    private static final Set<String> ROW_ELEMENTS = Set.of("tr", "tbody", "thead", "tfoot");
    private static final java.util.regex.Pattern LOOKS_LIKE_HTML = java.util.regex.Pattern.compile("<\\s*/?\\s*[a-zA-Z][^>]*>");

    public static PlainText of(String answerText) {
        if (answerText == null) {
            return new PlainText("");
        }
        if (!LOOKS_LIKE_HTML.matcher(answerText).find()) {
            return new PlainText(answerText.strip());
        }
        Document document = Jsoup.parseBodyFragment(answerText);
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.text());
                } else if (node instanceof Element element && element.normalName().equals("br")) {
                    out.append('\n');
                } else if (node instanceof Element element) {
                    boundary(element, out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    boundary(element, out);
                }
            }
        }, document.body());
        return new PlainText(out.toString().replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll(" *\\n *", "\n")
                .replaceAll("\\n{3,}", "\n\n").strip());
    }

    /** Table cells and list items each get a line; other blocks are paragraphs. */
    private static void boundary(Element element, StringBuilder out) {
        if (LINE_ELEMENTS.contains(element.normalName())) {
            if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
        } else if (element.isBlock() && !ROW_ELEMENTS.contains(element.normalName())) {
            paragraphBreak(out);
        }
    }

    private static void paragraphBreak(StringBuilder out) {
        if (!out.isEmpty() && !out.toString().endsWith("\n\n")) {
            out.append(out.toString().endsWith("\n") ? "\n" : "\n\n");
        }
    }

    /** The paragraphs, each with its offset in the text. */
    public List<Span> paragraphs() {
        List<Span> paragraphs = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf("\n\n", start);
            if (end < 0) {
                end = text.length();
            }
            if (!text.substring(start, end).isBlank()) {
                paragraphs.add(new Span(start, end));
            }
            start = end + 2;
        }
        return paragraphs;
    }

    /** A range of the text: {@code [start, end)}. */
    public record Span(int start, int end) {
    }
}
