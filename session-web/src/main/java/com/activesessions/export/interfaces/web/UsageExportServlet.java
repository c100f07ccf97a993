package com.activesessions.export.interfaces.web;

import com.activesessions.access.application.Caller;
import com.activesessions.activity.application.ActivityReader;
import com.activesessions.usage.application.UsageReport;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The usage of the caller's organisation as CSV, for administrators
 * ({@code /usage.csv?from=yyyy-mm-dd&to=yyyy-mm-dd}): one line per user, then the organisation's
 * total. Durations are in seconds, for a spreadsheet to add up. It holds one line per user.
 */
@WebServlet("/usage.csv")
public class UsageExportServlet extends CsvExportServlet {

    private static final long serialVersionUID = 1L;
    private static final List<String> HEADER = List.of(
            "User", "Name", "Sessions", "Session time (s)", "Average session time (s)", "Requests", "API calls");

    @Inject
    private UsageReport usageReport;

    @Inject
    private ActivityReader reader;

    @Override
    protected void export(Caller caller, HttpServletRequest request, HttpServletResponse response) throws IOException {
        LocalDate[] range = ExportParameters.usageRange(request.getParameterMap());
        UsageReport.Usage usage = usageReport.of(caller.email(), range[0], range[1]);
        reader.exportMade(caller, "Usage CSV from=" + range[0] + "&to=" + range[1]);
        CsvWriter csv = startCsv(response, "usage-" + range[0] + "-to-" + range[1] + ".csv");
        csv.row(HEADER);
        usage.perUser().forEach(line -> csv.row(fields(line, line.email())));
        csv.row(fields(usage.total(), "All users"));
    }

    private static List<String> fields(UsageReport.Line line, String user) {
        return Arrays.asList(
                user,
                line.name(),
                String.valueOf(line.sessions()),
                String.valueOf(line.sessionTime().toSeconds()),
                String.valueOf(line.averageSessionTime().toSeconds()),
                String.valueOf(line.requests()),
                String.valueOf(line.apiCalls()));
    }
}
