package com.activesessions.export.interfaces.web;

import com.activesessions.access.application.Caller;
import com.activesessions.sessions.interfaces.tracking.CurrentCaller;
import com.activesessions.shared.application.NotAllowedException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * What every CSV export answers before it writes a line: 404 to a caller who is not on a tracked
 * session or may not see the export (as if it were not there), 400 with the reason to a query it
 * does not accept.
 */
abstract class CsvExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentCaller currentCaller;

    @Override
    protected final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Caller> caller = currentCaller.find();
        if (caller.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            export(caller.get(), request, response);
        } catch (NotAllowedException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain; charset=UTF-8");
            response.getWriter().write(e.getMessage());
        }
    }

    /**
     * Checks the caller's right and the query, each before anything is recorded or sent, then
     * writes the export.
     *
     * @throws NotAllowedException if the caller may not see it
     * @throws IllegalArgumentException if the query is not one the export accepts
     */
    protected abstract void export(Caller caller, HttpServletRequest request, HttpServletResponse response)
            throws IOException;

    /** Sets the headers of a CSV download and gives the writer of its lines. */
    protected static CsvWriter startCsv(HttpServletResponse response, String fileName) throws IOException {
        response.setContentType("text/csv; charset=UTF-8; header=present");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setHeader("Cache-Control", "no-store");
        return new CsvWriter(response.getWriter());
    }
}
