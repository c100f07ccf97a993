package com.activesessions.export.interfaces.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes CSV as RFC 4180 says (fields with a comma, quote or line break in quotes, quotes doubled,
 * lines ended by CRLF), and defuses spreadsheet formulas: a field that starts with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe, so that a
 * spreadsheet shows it as text instead of running it (OWASP, "CSV injection").
 *
 * <p>The writing is Apache Commons CSV's, line by line straight into the given writer: an export
 * is never held whole in memory. Its minimal quoting also quotes a few fields that RFC 4180 would
 * leave bare (an empty first field, one that begins with a character up to {@code #} or ends in a
 * space); a spreadsheet reads them as the same text. The defusing is ours: Commons CSV has none.
 *
 * <pre>
 * CsvWriter csv = new CsvWriter(response.getWriter());
 * csv.row(List.of("When", "Event"));
 * </pre>
 */
public final class CsvWriter {

    private final CSVPrinter printer;

    public CsvWriter(Writer out) {
        try {
            this.printer = new CSVPrinter(out, CSVFormat.RFC4180);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the CSV", e);
        }
    }

    /** Writes one line; a null field is written empty. */
    public void row(List<String> fields) {
        try {
            printer.printRecord(fields.stream().map(CsvWriter::defused).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the CSV line", e);
        }
    }

    /** The field, with an apostrophe in front if a spreadsheet would read it as a formula. */
    static String defused(String value) {
        return value == null || value.isEmpty() || !isFormula(value) ? value : "'" + value;
    }

    private static boolean isFormula(String value) {
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> true;
            default -> false;
        };
    }
}
