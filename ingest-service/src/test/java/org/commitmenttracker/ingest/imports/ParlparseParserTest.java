package org.commitmenttracker.ingest.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.commitmenttracker.ingest.answers.AnswerRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParlparseParserTest {

    @TempDir
    Path dir;

    private final ParlparseParser parser = new ParlparseParser(null, 5_000);

    @Test
    void readsEachQuestionWithItsReplyDepartmentAndHeading() throws Exception {
        Path file = fixture("parlparse-wrans.xml");

        List<ImportRecord> records = read(parser, file);

        assertThat(parser.count(file)).isEqualTo(3);
        assertThat(records).extracting(ImportRecord::place).containsExactly(
                "ques uk.org.publicwhip/wrans/2019-10-24.HL401.q0",
                "ques uk.org.publicwhip/wrans/2020-09-03.84632.q0",
                "ques uk.org.publicwhip/wrans/2025-04-08.903779.q0");
        AnswerRequest lords = ((ImportRecord.Answer) records.get(0)).request();
        assertThat(lords.house()).isEqualTo("lords");
        assertThat(lords.uin()).isEqualTo("HL401");
        assertThat(lords.dateTabled()).isEqualTo(LocalDate.of(2019, 10, 24));
        assertThat(lords.dateAnswered()).as("no date given with the import: the date in the id")
                .isEqualTo(LocalDate.of(2019, 10, 24));
        assertThat(lords.answeringBody()).isEqualTo("Cabinet Office");
        assertThat(lords.heading()).isEqualTo("General Elections: Disinformation");
        assertThat(lords.askedBy()).isEqualTo("Lord Kennedy of Southwark");
        assertThat(lords.answeredBy()).isEqualTo("Earl Howe");
        assertThat(lords.questionText()).startsWith("To ask Her Majesty's Government what steps they are planning");
        assertThat(lords.answerText()).startsWith("<p>The Government takes the integrity of our electoral processes")
                .contains("</p><p>The Defending Democracy programme")
                .contains("implement a digital imprints regime for online election material.</p>");
        assertThat(lords.sourceUrl()).isEqualTo("https://www.theyworkforyou.com/wrans/?id=2019-10-24.HL401.h");
        assertThat(lords.groupedUins()).isNull();
        AnswerRequest commons = ((ImportRecord.Answer) records.get(1)).request();
        assertThat(commons.house()).isEqualTo("commons");
        assertThat(commons.uin()).isEqualTo("84632");
        assertThat(commons.answeringBody()).isEqualTo("Department for Work and Pensions");
        assertThat(commons.askedBy()).isEqualTo("Stephen Timms");
        assertThat(commons.answeredBy()).isEqualTo("Justin Tomlinson");
    }

    @Test
    void theDateAnsweredGivenWithTheImportIsTheDateOfEveryAnswer() throws Exception {
        ParlparseParser dated = new ParlparseParser(LocalDate.of(2019, 11, 5), 5_000);

        List<ImportRecord> records = read(dated, fixture("parlparse-wrans.xml"));

        assertThat(records).extracting(r -> ((ImportRecord.Answer) r).request().dateAnswered())
                .containsOnly(LocalDate.of(2019, 11, 5));
    }

    @Test
    void questionsAnsweredTogetherAreOneAnswerUnderTheLowestUinLinkedToTheOthers() throws IOException {
        Path file = write(wrans("""
                <minor-heading id="uk.org.publicwhip/wrans/2024-07-17.586.h">Housing: Construction</minor-heading>
                <ques id="uk.org.publicwhip/wrans/2024-07-18.1001.q0" speakername="Kemi Badenoch"><p qnum="1001">First?</p></ques>
                <ques id="uk.org.publicwhip/wrans/2024-07-17.586.q1" speakername="Kemi Badenoch"><p qnum="586">Second?</p></ques>
                <reply id="uk.org.publicwhip/wrans/2024-07-17.586.r0" speakername="Matthew Pennycook">
                  <p>We will update Parliament &amp; the public <i>in the usual manner</i>.<br/>Thank you.</p>
                </reply>"""));

        List<ImportRecord> records = read(parser, file);

        assertThat(parser.count(file)).isEqualTo(2);
        assertThat(records.get(0)).isEqualTo(new ImportRecord.Grouped("ques uk.org.publicwhip/wrans/2024-07-18.1001.q0", "586"));
        AnswerRequest answer = ((ImportRecord.Answer) records.get(1)).request();
        assertThat(answer.uin()).isEqualTo("586");
        assertThat(answer.dateTabled()).isEqualTo(LocalDate.of(2024, 7, 17));
        assertThat(answer.groupedUins()).containsExactly("1001");
        assertThat(answer.questionText()).isEqualTo("Second?");
        assertThat(answer.answerText())
                .isEqualTo("<p>We will update Parliament &amp; the public <i>in the usual manner</i>.<br>Thank you.</p>");
    }

    @Test
    void aBadQuestionFailsAloneWithItsPlace() throws IOException {
        Path file = write(wrans("""
                <minor-heading id="uk.org.publicwhip/wrans/2019-10-24.HL1.h">One</minor-heading>
                <ques id="uk.org.publicwhip/wrans/2019-10-24.HL1.q0" speakername="A"><p>Left without a reply?</p></ques>
                <minor-heading id="uk.org.publicwhip/wrans/2019-02-30.HL2.h">Two</minor-heading>
                <ques id="uk.org.publicwhip/wrans/2019-02-30.HL2.q0" speakername="A"><p>A day that never was?</p></ques>
                <reply speakername="B"><p>Yes.</p></reply>
                <minor-heading id="x">Three</minor-heading>
                <ques id="uk.org.publicwhip/debate/2019-10-24.3.q0" speakername="A"><p>Not a written question?</p></ques>
                <reply speakername="B"><p>Yes.</p></reply>
                <minor-heading id="uk.org.publicwhip/wrans/2019-10-24.HL4.h">Four</minor-heading>
                <ques id="uk.org.publicwhip/wrans/2019-10-24.HL4.q0" speakername="A"><p>Too long an answer?</p></ques>
                <reply speakername="B"><p>%s</p></reply>
                <minor-heading id="uk.org.publicwhip/wrans/2019-10-24.HL5.h">Five</minor-heading>
                <ques id="uk.org.publicwhip/wrans/2019-10-24.HL5.q0" speakername="A"><p>Fine?</p></ques>
                <reply speakername="B"><p>Fine.</p></reply>
                <ques id="uk.org.publicwhip/wrans/2019-10-24.HL6.q0" speakername="A"><p>Last and unanswered?</p></ques>
                """.formatted("x".repeat(6_000))));

        List<ImportRecord> records = read(parser, file);

        assertThat(parser.count(file)).isEqualTo(6);
        assertThat(records).hasSize(6);
        assertThat(records.subList(0, 4)).containsExactly(
                new ImportRecord.Unreadable("ques uk.org.publicwhip/wrans/2019-10-24.HL1.q0", "the question has no reply"),
                new ImportRecord.Unreadable("ques uk.org.publicwhip/wrans/2019-02-30.HL2.q0",
                        "the date in the question's id is not a date"),
                new ImportRecord.Unreadable("ques uk.org.publicwhip/debate/2019-10-24.3.q0",
                        "the question's id is not uk.org.publicwhip/wrans/<date>.<uin>.q<n>"),
                new ImportRecord.Unreadable("ques uk.org.publicwhip/wrans/2019-10-24.HL4.q0",
                        "the reply is longer than 5000 characters"));
        assertThat(((ImportRecord.Answer) records.get(4)).request().heading()).isEqualTo("Five");
        assertThat(records.get(5)).isEqualTo(new ImportRecord.Unreadable(
                "ques uk.org.publicwhip/wrans/2019-10-24.HL6.q0", "the question has no reply"));
    }

    @Test
    void anExternalEntityInADtdRefusesTheFileBeforeAnyRecordIsRead() throws Exception {
        Path file = fixture("parlparse-xxe.xml");

        assertThatThrownBy(() -> parser.count(file)).isInstanceOf(ImportRefusedException.class)
                .hasMessage("DTDs are not allowed");
        List<ImportRecord> records = new ArrayList<>();
        assertThatThrownBy(() -> parser.read(file, records::add)).isInstanceOf(ImportRefusedException.class)
                .hasMessage("DTDs are not allowed");
        assertThat(records).isEmpty();
    }

    @Test
    void aBillionLaughsFileIsRefusedBeforeAnyEntityIsExpanded() throws Exception {
        Path file = fixture("parlparse-billion-laughs.xml");

        assertThatThrownBy(() -> parser.count(file)).isInstanceOf(ImportRefusedException.class)
                .hasMessage("DTDs are not allowed");
    }

    @Test
    void anEntityReferenceWithoutADtdIsRefused() throws IOException {
        Path file = write(wrans("<ques id=\"uk.org.publicwhip/wrans/2019-10-24.HL1.q0\"><p>a&nbsp;b</p></ques>"));

        assertThatThrownBy(() -> parser.count(file)).isInstanceOf(ImportRefusedException.class)
                .hasMessageStartingWith("the file refers to the entity &nbsp; (line 4,");
    }

    @Test
    void aFileThatIsNotWellFormedOrNotParlparseIsRefused() throws IOException {
        assertThatThrownBy(() -> parser.count(write("<publicwhip>\n<ques id=\"a\"><p>x</ques></publicwhip>")))
                .isInstanceOf(ImportRefusedException.class)
                .hasMessageStartingWith("the file is not well-formed XML (line 2,");
        assertThatThrownBy(() -> parser.count(write("<html><body/></html>"))).isInstanceOf(ImportRefusedException.class)
                .hasMessage("the file is not a parlparse file: its root element is <html>, not <publicwhip>");
    }

    private static String wrans(String body) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<publicwhip>\n"
                + "<major-heading id=\"uk.org.publicwhip/wrans/2019-10-24.HL1.mh\">Cabinet Office</major-heading>\n"
                + body + "\n</publicwhip>\n";
    }

    private static List<ImportRecord> read(ParlparseParser parser, Path file) throws IOException {
        List<ImportRecord> records = new ArrayList<>();
        parser.read(file, records::add);
        return records;
    }

    private Path fixture(String name) throws Exception {
        return Path.of(getClass().getResource("/imports/" + name).toURI());
    }

    private Path write(String content) throws IOException {
        return Files.writeString(Files.createTempFile(dir, "wrans", ".xml"), content);
    }
}
