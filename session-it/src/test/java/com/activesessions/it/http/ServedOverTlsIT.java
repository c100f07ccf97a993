package com.activesessions.it.http;

import static com.activesessions.it.http.ConsoleClient.redirectPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.activesessions.it.Deployments;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The product deployed with {@code activesessions.network.served-over-tls=true}, as behind a proxy
 * that ends TLS: the session cookie is {@code __Host-} prefixed and Secure, and every answer, over
 * plain HTTP too (from the proxy), tells the browser to come back only over TLS.
 */
@ExtendWith(ArquillianExtension.class)
class ServedOverTlsIT {

    private static final String EMAIL = "bob@example.com";
    private static final String PASSWORD = "bob-demo-password";
    private static final String HOST_COOKIE = "__Host-JSESSIONID";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(Map.of("activesessions.network.served-over-tls", "true"));
    }

    @Test
    void theSessionCookieIsHostPrefixedSecureForTheWholeSiteAndSignsIn() throws Exception {
        TlsBrowser browser = new TlsBrowser();

        List<HttpResponse<String>> loginAndSignIn = browser.signIn(EMAIL, PASSWORD);

        assertEquals("/", redirectPath(loginAndSignIn.get(1)));
        for (HttpResponse<String> answer : loginAndSignIn) {
            List<String> attributes = ConsoleClient.cookieAttributes(answer, HOST_COOKIE);
            assertTrue(attributes.contains("secure"), attributes::toString);
            assertTrue(attributes.contains("path=/"), attributes::toString);
            assertTrue(attributes.stream().noneMatch(a -> a.startsWith("domain")), attributes::toString);
            assertTrue(attributes.contains("httponly"), attributes::toString);
            assertTrue(attributes.contains("samesite=lax"), attributes::toString);
        }
        assertEquals(200, browser.get("/activesession").statusCode(), "the prefixed cookie does not carry the session");
    }

    @Test
    void anAnswerOverPlainHttpFromTheProxyCarriesStrictTransportSecurity() {
        HttpResponse<String> login = new ConsoleClient("Mozilla/5.0").get("/login");

        assertEquals(List.of("max-age=31536000"), login.headers().allValues("Strict-Transport-Security"));
        assertFalse(login.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID=")));
    }
}
