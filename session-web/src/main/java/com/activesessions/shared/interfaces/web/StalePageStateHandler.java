package com.activesessions.shared.interfaces.web;

import com.activesessions.shared.application.Causes;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import jakarta.faces.render.ResponseStateManager;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.logging.Logger;

/**
 * Answers a form posted with a page state the server does not hold, an ordinary event (the page
 * was left open past the session's views, or the state is another session's or made up), by
 * showing the page again with {@link #MESSAGE}: a redirect, so that a reload does not post again,
 * with the message kept in the flash; a PrimeFaces AJAX post gets the redirect as its partial
 * answer. Nothing of the form is carried out, as before. It was a 500 with the server's error page
 * and a stack trace in the log, over a thousand of them in one crawl of the signed-in pages.
 *
 * <p>Mojarra with the state on the server answers an unknown state with a {@link ViewExpiredException}
 * and the state {@code stateless} on a page that keeps its state with a plain {@link FacesException}
 * while restoring the view; both are this. A signed-out post never gets here: the sign-in mechanism
 * sends it to the login page first.
 */
public class StalePageStateHandler extends ExceptionHandlerWrapper {

    public static final String MESSAGE = "This page had expired; please try again.";
    private static final String STATELESS = "stateless";
    private static final Logger LOG = Logger.getLogger(StalePageStateHandler.class.getName());

    public StalePageStateHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        boolean stale = false;
        Iterator<ExceptionQueuedEvent> events =
                getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            ExceptionQueuedEventContext event = events.next().getContext();
            FacesContext faces = event.getContext();
            String submittedState =
                    faces.getExternalContext().getRequestParameterMap().get(ResponseStateManager.VIEW_STATE_PARAM);
            if (isStale(event.getException(), event.getPhaseId(), submittedState)) {
                events.remove();
                stale = true;
            }
        }
        if (stale) {
            showPageAgain(FacesContext.getCurrentInstance());
        }
        super.handle();
    }

    /** Whether the failure is a page state that could not be restored. */
    static boolean isStale(Throwable exception, PhaseId phase, String submittedState) {
        return Causes.anyMatch(exception, ViewExpiredException.class::isInstance)
                || (PhaseId.RESTORE_VIEW.equals(phase)
                        && STATELESS.equals(submittedState)
                        && exception instanceof FacesException
                        && exception.getCause() == null);
    }

    /** The page as posted to, if it is a path on this server; the start page otherwise. */
    static String pageOf(String contextPath, String requestUri, String query) {
        String path = requestUri.substring(contextPath.length());
        if (!LoginRedirect.isLocalPath(path)) {
            return contextPath + "/";
        }
        return requestUri + (query == null ? "" : "?" + query);
    }

    private static void showPageAgain(FacesContext faces) {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String page = pageOf(request.getContextPath(), request.getRequestURI(), request.getQueryString());
        LOG.fine(() -> "A page state that the server does not hold was posted to " + page + "; shown again");
        Messages.warn(MESSAGE);
        external.getFlash().setKeepMessages(true);
        try {
            external.redirect(page);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not send " + page + " to show it again", e);
        }
    }
}
