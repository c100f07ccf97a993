package com.activesessions.shared.interfaces.web;

import com.activesessions.shared.application.DatabaseHealth;
import com.activesessions.shared.interfaces.rest.Problem;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * The answer to a request that failed (web.xml's error page): a short page, or a problem document
 * under {@code /api/}, never the exception, which may name tables, queries and hosts. When the
 * database does not answer, it is a 503 that says to try again (what a load balancer and an API
 * client understand); otherwise a 500. Plain markup, not a Faces page: the template reads the
 * database. A status the server itself answered without a failure (403 from a constraint, 404, 405)
 * keeps its status and gets the same short page: the server's own named it and its version.
 */
@WebServlet(name = "ErrorPageServlet", urlPatterns = ErrorPageServlet.PATH)
public class ErrorPageServlet extends HttpServlet {

    public static final String PATH = "/error";
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());
    private static final String RETRY_AFTER_SECONDS = "30";
    private static final String UNAVAILABLE =
            "Active Sessions cannot reach its database just now. Your request was not carried out: try again in a minute.";
    private static final String FAILED =
            "Something went wrong on our side, and it has been logged. Your request may not have been carried out.";
    private static final String REFUSED = "This request was not carried out.";
    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>%1$s · Active Sessions</title></head>
            <body style="font-family: sans-serif; max-width: 40em; margin: 4em auto; padding: 0 1em">
            <h1>%1$s</h1><p>%2$s</p><p><a href="%3$s/">Back to Active Sessions</a></p>
            </body></html>
            """;

    @Inject
    private DatabaseHealth database;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Object answered = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (failure == null
                && answered instanceof Integer code
                && code < HttpServletResponse.SC_INTERNAL_SERVER_ERROR) {
            answer(request, response, code, REFUSED);
            return;
        }
        boolean unavailable = database.unreachableBehind(failure);
        int status =
                unavailable ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        String failedUri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        LOG.warning(() -> failedUri + " answered " + status
                + (unavailable ? ": the database does not answer" : "; the cause is logged above"));
        if (unavailable) {
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        }
        answer(request, response, status, unavailable ? UNAVAILABLE : FAILED);
    }

    private static void answer(HttpServletRequest request, HttpServletResponse response, int status, String detail)
            throws IOException {
        String failedUri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding("UTF-8");
        Response.StatusType reason = Response.Status.fromStatusCode(status);
        String title = reason == null ? "Error" : reason.getReasonPhrase();
        if (failedUri.startsWith(request.getContextPath() + "/api/")) {
            response.setContentType(Problem.MEDIA_TYPE);
            try (Jsonb json = JsonbBuilder.create()) {
                response.getWriter().write(json.toJson(new Problem("about:blank", title, status, detail, null)));
            } catch (Exception e) {
                throw new IOException("Could not write the problem document", e);
            }
        } else {
            response.setContentType("text/html");
            response.getWriter().write(PAGE.formatted(pageTitle(status, title), detail, request.getContextPath()));
        }
    }

    private static String pageTitle(int status, String reason) {
        return switch (status) {
            case HttpServletResponse.SC_SERVICE_UNAVAILABLE -> "Unavailable for a moment";
            case HttpServletResponse.SC_INTERNAL_SERVER_ERROR -> "Something went wrong";
            default -> reason;
        };
    }
}
