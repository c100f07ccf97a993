package com.activesessions.shared.interfaces.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * Other addresses of pages: the site's root leads to the dashboard (and so does a sign-in with
 * no page to return to), and the hyphenated link to Active Sessions.
 */
@WebServlet(
        name = "PageAliasServlet",
        urlPatterns = {"", "/active-session"})
public class PageAliasServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> TARGETS = Map.of("/", "/dashboard", "/active-session", "/activesession");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        response.sendRedirect(request.getContextPath()
                + TARGETS.getOrDefault(path, "/dashboard")
                + (query == null ? "" : "?" + query));
    }
}
