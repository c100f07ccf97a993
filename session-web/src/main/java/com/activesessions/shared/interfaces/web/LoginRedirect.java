package com.activesessions.shared.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * How a request without a signed-in session is answered: a page is sent to the login page (a
 * Faces AJAX request with a partial response the browser follows), an API call gets 401 with a
 * problem document. The page first asked for is remembered, so that sign-in can return to it.
 * A refusal carries the {@link SecurityHeaders} itself: the sign-in mechanism sends it before any
 * filter runs.
 */
@ApplicationScoped
public class LoginRedirect {

    public static final String LOGIN_PATH = "/login";
    static final String TARGET_ATTRIBUTE = LoginRedirect.class.getName() + ".target";
    private static final String API_PREFIX = "/api/";
    private static final String UNAUTHORIZED_PROBLEM = """
            {"type":"about:blank","title":"Unauthorized","status":401,"detail":"Sign in to continue."}""";
    private static final String PARTIAL_REDIRECT = """
            <?xml version="1.0" encoding="UTF-8"?><partial-response><redirect url="%s"/></partial-response>""";

    @Inject
    private SecurityHeaders securityHeaders;

    public void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        refuse(request, response, loginUrl(request), UNAUTHORIZED_PROBLEM, HttpServletResponse.SC_UNAUTHORIZED);
    }

    /**
     * Answers as {@link #refuse(HttpServletRequest, HttpServletResponse)} does, but sends a page to
     * the given URL, and an API call the given problem document with its status.
     */
    public void refuse(HttpServletRequest request, HttpServletResponse response, String url, String problem, int status)
            throws IOException {
        securityHeaders.addTo(request, response);
        if (isApi(request)) {
            response.setStatus(status);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(problem);
        } else if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(PARTIAL_REDIRECT.formatted(url));
        } else {
            response.sendRedirect(url);
        }
    }

    public boolean isApi(HttpServletRequest request) {
        return pathOf(request).startsWith(API_PREFIX);
    }

    /**
     * Remembers a page asked for with GET, to return to it after sign-in. Only a page: the icon or
     * script a login page itself asks for must not become where sign-in leads.
     */
    public void rememberTarget(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        if ("GET".equals(request.getMethod())
                && !isApi(request)
                && request.getHeader("Faces-Request") == null
                && accept != null
                && accept.contains("text/html")) {
            String query = request.getQueryString();
            request.getSession().setAttribute(TARGET_ATTRIBUTE, pathOf(request) + (query == null ? "" : "?" + query));
        }
    }

    /** The page to land on after sign-in: the one remembered if it is a page of ours, else the start. */
    public String targetAfterSignIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Optional<String> target = Optional.ofNullable(session)
                .map(s -> (String) s.getAttribute(TARGET_ATTRIBUTE))
                .filter(LoginRedirect::isLocalPath);
        if (session != null) {
            session.removeAttribute(TARGET_ATTRIBUTE);
        }
        return request.getContextPath() + target.orElse("/");
    }

    public String loginUrl(HttpServletRequest request) {
        return request.getContextPath() + LOGIN_PATH;
    }

    /** A path on this server: not "//host", not "/\\host", not a scheme. */
    public static boolean isLocalPath(String path) {
        return path.startsWith("/")
                && !path.startsWith("//")
                && !path.startsWith("/\\")
                && !path.contains("\r")
                && !path.contains("\n");
    }

    public static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
