package com.activesessions.interfaces.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Other addresses of the Active Sessions page: the hyphenated link, and the site's root. */
@WebServlet(
        name = "PageAliasServlet",
        urlPatterns = {"", "/active-session"})
public class PageAliasServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String query = request.getQueryString();
        response.sendRedirect(request.getContextPath() + "/activesession" + (query == null ? "" : "?" + query));
    }
}
