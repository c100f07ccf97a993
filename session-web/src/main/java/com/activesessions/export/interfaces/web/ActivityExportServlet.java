package com.activesessions.export.interfaces.web;

import com.activesessions.access.application.Administrators;
import com.activesessions.access.application.Caller;
import com.activesessions.accounts.domain.Permission;
import com.activesessions.activity.application.ActivityEntry;
import com.activesessions.activity.application.ActivityReader;
import com.activesessions.activity.domain.ActivityFilter;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * The activity of the caller's organisation as CSV, for administrators, filtered as the Activity
 * page is ({@code /activity.csv?user=&type=&from=&to=&ip=}), newest first. It streams: it reads
 * the log a piece at a time (a cursor on the event id, each piece in its own short transaction)
 * and writes each piece out before it reads the next, so that memory holds one piece whatever the
 * size of the log. The export is recorded before the first line is sent.
 */
@WebServlet("/activity.csv")
public class ActivityExportServlet extends CsvExportServlet {

    private static final long serialVersionUID = 1L;
    private static final int PIECE = 500;
    private static final List<String> HEADER =
            List.of("Time (UTC)", "Event", "Type", "User", "Session", "IP Address", "Location", "Device", "Details");

    @Inject
    private ActivityReader reader;

    @Inject
    private Administrators administrators;

    @Override
    protected void export(Caller caller, HttpServletRequest request, HttpServletResponse response) throws IOException {
        administrators.requireAdministrator(caller.email(), Permission.ACTIVITY_VIEW_ALL);
        ActivityFilter filter = ExportParameters.activityFilter(request.getParameterMap());
        reader.exportMade(caller, "Activity CSV " + ExportParameters.queryOf(filter));
        CsvWriter csv = startCsv(response, "activity.csv");
        csv.row(HEADER);
        Long before = null;
        List<ActivityEntry> piece;
        do {
            piece = reader.findBefore(caller.email(), ActivityReader.Reach.ORGANISATION, filter, before, PIECE);
            piece.forEach(event -> csv.row(fields(event)));
            response.flushBuffer();
            before = piece.isEmpty() ? null : piece.get(piece.size() - 1).id();
        } while (piece.size() == PIECE);
    }

    private static List<String> fields(ActivityEntry event) {
        return Arrays.asList(
                event.occurredAt().toString(),
                event.type().label(),
                event.type().name(),
                event.user(),
                event.sessionPublicId(),
                event.ipAddress(),
                event.location(),
                event.device(),
                event.details());
    }
}
