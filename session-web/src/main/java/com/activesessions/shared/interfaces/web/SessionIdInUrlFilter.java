package com.activesessions.shared.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Sessions are tracked by cookie only, yet Payara still takes a session id from a
 * {@code ;jsessionid=} path parameter, whatever web.xml's tracking mode says. A request that
 * names its session that way, and sends no session cookie (which would win), is answered as a
 * request without a session: a URL with an id in it, leaked to a log, a proxy or a Referer
 * header, opens nothing. Mapped in web.xml to run before the other filters, so nothing else
 * touches that session first.
 */
@WebFilter(filterName = SessionIdInUrlFilter.NAME, urlPatterns = "/*")
public class SessionIdInUrlFilter extends HttpFilter {

    static final String NAME = "SessionIdInUrlFilter";
    private static final long serialVersionUID = 1L;

    @Inject
    private LoginRedirect loginRedirect;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.isRequestedSessionIdFromURL()) {
            loginRedirect.refuse(request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
