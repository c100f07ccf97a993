package com.activesessions.sessions.interfaces.tracking;

import com.activesessions.shared.interfaces.web.LoginRedirect;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Runs on every request: checks the session and notes its access in memory (no database work on
 * the way), and refuses a session that was ended, sending it to the login page.
 */
@WebFilter(filterName = "TrackingFilter", urlPatterns = "/*")
public class TrackingFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private SessionTracker tracker;

    @Inject
    private LoginRedirect loginRedirect;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && !tracker.admit(request, session)) {
            loginRedirect.refuse(request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
