package com.activesessions.export.interfaces.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes CSV as RFC 4180 says (fields with a comma, quote or line break in quotes, quotes doubled,
 * lines ended by CRLF), and defuses spreadsheet formulas: a field that starts with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe, so that a
 * spreadsheet shows it as text instead of running it (OWASP, "CSV injection").
 *
 * <pre>
 * CsvWriter csv = new CsvWriter(response.getWriter());
 * csv.row(List.of("When", "Event"));
 * </pre>
 */
public final class CsvWriter {

    private final Writer out;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    /** Writes one line; a null field is written empty. */
    public void row(List<String> fields) {
        try {
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(field(fields.get(i)));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the CSV line", e);
        }
    }

    /** One field as it goes into the file. */
    static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = isFormula(value) ? "'" + value : value;
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private static boolean isFormula(String value) {
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> true;
            default -> false;
        };
    }
}
