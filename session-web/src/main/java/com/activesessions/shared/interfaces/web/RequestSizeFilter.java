package com.activesessions.shared.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * Refuses a request body larger than anything the product's forms and API take, with 413 and
 * before anything reads it. Without it, a form post over Payara's own limit (2 MB) made the first
 * {@code getParameter} throw, and the caller got a 500 page naming the server and its exception;
 * a JSON body of any size was read whole into memory. A body sent in chunks, without a length, is
 * read here up to the limit and one byte ({@link BoundedBody}): past it, 413 at once and the rest
 * never read (a 20 MB chunked body was read and parsed whole, a 400 after 6.8 s); within it, what
 * comes next reads that copy ({@link BufferedBodyRequest}).
 */
@WebFilter(filterName = RequestSizeFilter.NAME, urlPatterns = "/*")
public class RequestSizeFilter extends HttpFilter {

    /** 64 KiB: the largest form (sign-up, a role's permissions) and API body take a few hundred bytes. */
    public static final long MAX_BODY_BYTES = 64 * 1024;

    static final String NAME = "RequestSizeFilter";
    /** The methods whose request may carry a body without saying its length (HTTP/2 has no chunks). */
    private static final Set<String> BODY_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");

    private static final long serialVersionUID = 1L;
    private static final String TOO_LARGE = "The request body is larger than " + MAX_BODY_BYTES + " bytes.";
    private static final String TOO_LARGE_PROBLEM = """
            {"type":"about:blank","title":"Content Too Large","status":413,"detail":"%s"}""".formatted(TOO_LARGE);

    @Inject
    private LoginRedirect loginRedirect;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long declared = request.getContentLengthLong();
        if (declared > MAX_BODY_BYTES) {
            refuse(request, response);
            return;
        }
        if (declared < 0 && mayCarryBody(request)) {
            Optional<byte[]> body = BoundedBody.read(request.getInputStream(), MAX_BODY_BYTES);
            if (body.isEmpty()) {
                if (request.getProtocol().startsWith("HTTP/1")) {
                    // The rest of the body is still coming: closing, rather than reading it to keep the connection.
                    response.setHeader("Connection", "close");
                }
                refuse(request, response);
                response.flushBuffer();
                return;
            }
            chain.doFilter(new BufferedBodyRequest(request, body.get()), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean mayCarryBody(HttpServletRequest request) {
        return request.getHeader("Transfer-Encoding") != null || BODY_METHODS.contains(request.getMethod());
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (loginRedirect.isApi(request)) {
            response.setContentType("application/problem+json");
            response.getWriter().write(TOO_LARGE_PROBLEM);
        } else {
            response.setContentType("text/plain");
            response.getWriter().write(TOO_LARGE);
        }
    }
}
