package org.commitmenttracker.ingest.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.commitmenttracker.ingest.answers.AnswerRequest;
import org.commitmenttracker.ingest.parliament.ParliamentRecords;

/**
 * A parlparse written-answers file, as TheyWorkForYou publishes them, read with StAX one element at a time.
 *
 * <pre>{@code
 * <publicwhip>
 *   <major-heading id="uk.org.publicwhip/wrans/2019-10-24.HL401.mh">Cabinet Office</major-heading>
 *   <minor-heading id="uk.org.publicwhip/wrans/2019-10-24.HL401.h">General Elections: Disinformation</minor-heading>
 *   <ques id="uk.org.publicwhip/wrans/2019-10-24.HL401.q0" person_id="..." speakername="Lord Kennedy of Southwark">
 *     <p qnum="HL401">To ask Her Majesty's Government ...</p>
 *   </ques>
 *   <reply id="uk.org.publicwhip/wrans/2019-10-24.HL401.r0" person_id="..." speakername="Earl Howe">
 *     <p>The Government takes ...</p>
 *   </reply>
 * </publicwhip>
 * }</pre>
 *
 * <p>Each {@code <ques>} is one record, named {@code ques <its id>}, answered by the {@code <reply>} that follows it.
 * The {@code <major-heading>} is the answering department, the {@code <minor-heading>} the question's heading, the
 * asker and the minister the {@code speakername} of the question and of the reply. A question's id,
 * {@code uk.org.publicwhip/wrans/<date>.<uin>.q<n>}, gives the date the question was tabled (parlparse names
 * questions by the day they were tabled) and its UIN; the house is the Lords when the UIN starts with {@code HL},
 * else the Commons. The file does not say when the answer was given: that is the {@code dateAnswered} given with the
 * import, else the date in the id (the date tabled). Several questions before one reply were answered together: they
 * are one answer, under the question with the lowest UIN ({@link ParliamentRecords#UIN_ORDER}, as parlparse writes
 * them), linked to the others' UINs ({@code groupedUins}); the others are {@code grouped}, not taken in again. The question is plain text
 * (its paragraphs separated by a blank line); the reply is kept as HTML, as the Parliament API publishes answers.
 *
 * <p>Safety: no DTD is read and no entity expanded. A file with a DOCTYPE, or with an entity reference (which only a
 * DTD could declare), is refused before any record is read, as is a file that is not well-formed XML.
 */
final class ParlparseParser implements ImportParser {

    static final String TWFY_URL = "https://www.theyworkforyou.com/wrans/?id=";

    private static final String GID_PREFIX = "uk.org.publicwhip/wrans/";
    private static final Pattern QUESTION_ID = Pattern.compile(Pattern.quote(GID_PREFIX)
            + "(\\d{4}-\\d{2}-\\d{2})\\.([^.\\s]+)\\.q\\d+");
    private static final Set<String> VOID_ELEMENTS = Set.of("br", "hr", "img", "col", "wbr");

    private final LocalDate dateAnswered;
    private final int maxTextChars;
    private final XMLInputFactory factory = secureFactory();

    /**
     * @param dateAnswered the day the answers in the file were given, or null to take the date in each question's id
     * @param maxTextChars the longest question or reply kept; a longer one fails its record
     */
    ParlparseParser(LocalDate dateAnswered, int maxTextChars) {
        this.dateAnswered = dateAnswered;
        this.maxTextChars = maxTextChars;
    }

    /** StAX without DTDs, external entities or entity replacement; the JDK's own implementation, whatever else is on the classpath. */
    static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory;
    }

    @Override
    public long count(Path file) throws IOException {
        long questions = 0;
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = open(in);
            try {
                checkProlog(xml);
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("ques")) {
                        questions++;
                    } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                        throw entityReference(xml);
                    } else if (event == XMLStreamConstants.DTD) {
                        throw new ImportRefusedException("DTDs are not allowed");
                    }
                }
            } catch (XMLStreamException e) {
                throw notWellFormed(e);
            } finally {
                closeQuietly(xml);
            }
        }
        return questions;
    }

    @Override
    public void read(Path file, Consumer<ImportRecord> records) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = open(in);
            try {
                checkProlog(xml);
                new Reading(xml, records).run();
            } catch (XMLStreamException e) {
                throw notWellFormed(e);
            } finally {
                closeQuietly(xml);
            }
        }
    }

    private XMLStreamReader open(InputStream in) {
        try {
            return factory.createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw notWellFormed(e);
        }
    }

    /**
     * Reads up to the root element: a DOCTYPE refuses the file there, before anything else is read; the root must be
     * {@code <publicwhip>}.
     */
    private static void checkProlog(XMLStreamReader xml) throws XMLStreamException {
        int event = xml.getEventType();
        while (event != XMLStreamConstants.START_ELEMENT) {
            if (event == XMLStreamConstants.DTD) {
                throw new ImportRefusedException("DTDs are not allowed");
            }
            if (!xml.hasNext()) {
                throw new ImportRefusedException("the file is not a parlparse file: it has no root element");
            }
            event = xml.next();
        }
        if (!xml.getLocalName().equals("publicwhip")) {
            throw new ImportRefusedException("the file is not a parlparse file: its root element is <"
                    + xml.getLocalName() + ">, not <publicwhip>");
        }
    }

    /** One pass over the elements under the root, with what the headings and unanswered questions so far say. */
    private final class Reading {

        private final XMLStreamReader xml;
        private final Consumer<ImportRecord> records;
        private final List<Question> waiting = new ArrayList<>();
        private String department;
        private String heading;
        private String headingId;
        private long questions;

        Reading(XMLStreamReader xml, Consumer<ImportRecord> records) {
            this.xml = xml;
            this.records = records;
        }

        void run() throws XMLStreamException {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw entityReference(xml);
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "major-heading" -> {
                        unanswered();
                        department = text(new BoundedText(maxTextChars)).collapsed();
                        heading = null;
                        headingId = null;
                    }
                    case "minor-heading" -> {
                        unanswered();
                        headingId = xml.getAttributeValue(null, "id");
                        heading = text(new BoundedText(maxTextChars)).collapsed();
                    }
                    case "ques" -> waiting.add(question());
                    case "reply" -> reply();
                    default -> {
                        // other elements (gidredirect, speech, ...) carry no written answers; their children are
                        // looked at all the same, should a question be nested in one
                    }
                }
            }
            unanswered();
        }

        private Question question() throws XMLStreamException {
            questions++;
            String id = xml.getAttributeValue(null, "id");
            String asker = xml.getAttributeValue(null, "speakername");
            String url = xml.getAttributeValue(null, "url");
            List<String> paragraphs = new ArrayList<>();
            BoundedText loose = new BoundedText(maxTextChars);
            boolean tooLong = false;
            long length = 0;
            int depth = 1;
            while (depth > 0) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("p") && depth == 1) {
                    BoundedText paragraph = text(new BoundedText(maxTextChars));
                    String collapsed = paragraph.collapsed();
                    length += collapsed.length() + 2;
                    tooLong |= paragraph.overflowed() || length > maxTextChars + 2;
                    if (!tooLong && !collapsed.isEmpty()) {
                        paragraphs.add(collapsed);
                    }
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else if (isText(event)) {
                    loose.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw entityReference(xml);
                }
            }
            if (paragraphs.isEmpty() && !loose.collapsed().isEmpty()) {
                paragraphs.add(loose.collapsed());
            }
            String text = String.join("\n\n", paragraphs);
            tooLong |= loose.overflowed() || text.length() > maxTextChars;
            return new Question(id == null ? "#" + questions + " (without an id)" : id, id, asker, url,
                    tooLong ? null : text);
        }

        private void reply() throws XMLStreamException {
            String minister = xml.getAttributeValue(null, "speakername");
            BoundedText html = new BoundedText(maxTextChars);
            int depth = 1;
            while (depth > 0) {
                int event = xml.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        depth++;
                        html.append("<").append(xml.getLocalName());
                        for (int i = 0; i < xml.getAttributeCount(); i++) {
                            html.append(" ").append(xml.getAttributeLocalName(i)).append("=\"")
                                    .appendEscaped(xml.getAttributeValue(i), true).append("\"");
                        }
                        html.append(">");
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        depth--;
                        if (depth > 0 && !VOID_ELEMENTS.contains(xml.getLocalName())) {
                            html.append("</").append(xml.getLocalName()).append(">");
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                            html.appendEscaped(xml.getText(), false);
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw entityReference(xml);
                    default -> {
                        // comments and processing instructions are not part of the answer
                    }
                }
            }
            List<String> uins = waiting.stream().filter(Question::readable).map(Question::uin).toList();
            Optional<String> lead = uins.stream().min(ParliamentRecords.UIN_ORDER);
            for (Question question : waiting) {
                if (question.readable() && lead.isPresent() && !question.uin().equals(lead.get())) {
                    records.accept(new ImportRecord.Grouped("ques " + question.name(), lead.get()));
                } else {
                    records.accept(answer(question, minister, html, uins));
                }
            }
            waiting.clear();
        }

        private ImportRecord answer(Question question, String minister, BoundedText html, List<String> uins) {
            String place = "ques " + question.name();
            if (question.id() == null) {
                return new ImportRecord.Unreadable(place, "the question has no id");
            }
            Matcher id = QUESTION_ID.matcher(question.id());
            if (!id.matches()) {
                return new ImportRecord.Unreadable(place, "the question's id is not " + GID_PREFIX + "<date>.<uin>.q<n>");
            }
            LocalDate dateTabled;
            try {
                dateTabled = LocalDate.parse(id.group(1));
            } catch (DateTimeParseException e) {
                return new ImportRecord.Unreadable(place, "the date in the question's id is not a date");
            }
            if (question.text() == null) {
                return new ImportRecord.Unreadable(place, "the question is longer than " + maxTextChars + " characters");
            }
            if (html.overflowed()) {
                return new ImportRecord.Unreadable(place, "the reply is longer than " + maxTextChars + " characters");
            }
            String uin = id.group(2);
            String house = uin.toUpperCase(Locale.ROOT).startsWith("HL") ? "lords" : "commons";
            List<String> grouped = uins.stream().filter(other -> other != null && !other.equals(uin)).toList();
            return new ImportRecord.Answer(place, new AnswerRequest("answer", null, house, uin, dateTabled,
                    dateAnswered != null ? dateAnswered : dateTabled, department, minister, question.asker(), heading,
                    question.text().isEmpty() ? null : question.text(), html.toString().strip(), sourceUrl(question),
                    null, grouped.isEmpty() ? null : grouped));
        }

        /** TheyWorkForYou's page of the answer (where this file comes from), else the question's own link. */
        private String sourceUrl(Question question) {
            if (headingId != null && headingId.startsWith(GID_PREFIX) && headingId.length() < 200
                    && !headingId.contains(" ")) {
                return TWFY_URL + headingId.substring(GID_PREFIX.length());
            }
            String url = question.url() == null ? null : question.url().strip();
            return url != null && url.matches("https?://\\S+") ? url : null;
        }

        /** Questions a heading or the end of the file cut off from any reply fail: nothing answers them. */
        private void unanswered() {
            for (Question question : waiting) {
                records.accept(new ImportRecord.Unreadable("ques " + question.name(), "the question has no reply"));
            }
            waiting.clear();
        }

        /** The text of the current element and its descendants, leaving the reader on its end tag. */
        private BoundedText text(BoundedText into) throws XMLStreamException {
            int depth = 1;
            while (depth > 0) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else if (isText(event)) {
                    into.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw entityReference(xml);
                }
            }
            return into;
        }
    }

    /** A question read, waiting for its reply; {@code text} is null when it was too long. */
    private record Question(String name, String id, String asker, String url, String text) {

        /** The UIN in the id. */
        String uin() {
            Matcher matcher = id == null ? null : QUESTION_ID.matcher(id);
            return matcher != null && matcher.matches() ? matcher.group(2) : null;
        }

        /** Whether the id names a written question and a real day. */
        boolean readable() {
            Matcher matcher = id == null ? null : QUESTION_ID.matcher(id);
            if (matcher == null || !matcher.matches()) {
                return false;
            }
            try {
                LocalDate.parse(matcher.group(1));
                return true;
            } catch (DateTimeParseException e) {
                return false;
            }
        }
    }

    private static boolean isText(int event) {
        return event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                || event == XMLStreamConstants.SPACE;
    }

    private static ImportRefusedException entityReference(XMLStreamReader xml) {
        return new ImportRefusedException("the file refers to the entity &" + xml.getLocalName() + "; "
                + at(xml.getLocation()) + ", which only a DTD could declare: entities are not expanded");
    }

    private static ImportRefusedException notWellFormed(XMLStreamException e) {
        return new ImportRefusedException("the file is not well-formed XML " + at(e.getLocation()));
    }

    private static String at(Location location) {
        return location == null ? "" : "(line " + location.getLineNumber() + ", column " + location.getColumnNumber() + ")";
    }

    private static void closeQuietly(XMLStreamReader xml) {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // the stream under it is closed by its owner
        }
    }

    /** Text that keeps at most {@code max} characters and remembers whether there were more. */
    private static final class BoundedText {

        private final int max;
        private final StringBuilder text = new StringBuilder();
        private boolean overflowed;

        BoundedText(int max) {
            this.max = max;
        }

        BoundedText append(String value) {
            return append(value.toCharArray(), 0, value.length());
        }

        BoundedText append(char[] chars, int start, int length) {
            if (overflowed) {
                return this;
            }
            if (text.length() + length > max) {
                overflowed = true;
                text.append(chars, start, Math.max(0, max - text.length()));
            } else {
                text.append(chars, start, length);
            }
            return this;
        }

        BoundedText appendEscaped(String value, boolean attribute) {
            StringBuilder escaped = new StringBuilder(value.length() + 16);
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '&' -> escaped.append("&amp;");
                    case '<' -> escaped.append("&lt;");
                    case '>' -> escaped.append("&gt;");
                    case '"' -> escaped.append(attribute ? "&quot;" : "\"");
                    default -> escaped.append(c);
                }
            }
            return append(escaped.toString());
        }

        boolean overflowed() {
            return overflowed;
        }

        /** Whitespace runs as single spaces, trimmed. */
        String collapsed() {
            return text.toString().replaceAll("\\s+", " ").strip();
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
