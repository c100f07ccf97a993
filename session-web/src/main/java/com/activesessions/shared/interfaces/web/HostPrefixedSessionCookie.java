package com.activesessions.shared.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;

/**
 * Names the session cookie {@value #NAME} and makes it Secure when {@link ServedOverTls#SETTING}
 * says every browser comes over TLS: a browser then keeps it only from this host, over TLS, for the
 * whole site, so neither a sibling domain nor a plain-HTTP page can set or shadow it. Read at
 * deployment: the server reads the session id from the cookie of one name, fixed before the first
 * request, so the name cannot follow each request's scheme. Without the setting the cookie stays
 * {@code JSESSIONID}, Secure when the request came over TLS (glassfish-web.xml), so that plain-HTTP
 * development ({@code bin/run}) and the HTTP listener of the test domain keep working.
 */
@WebListener
public class HostPrefixedSessionCookie implements ServletContextListener {

    public static final String NAME = "__Host-JSESSIONID";

    @Inject
    private ServedOverTls servedOverTls;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (servedOverTls.everywhere()) {
            SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
            cookie.setName(NAME);
            cookie.setSecure(true);
            cookie.setPath("/");
        }
    }
}
