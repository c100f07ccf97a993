package com.activesessions.it;

import java.net.URI;

/** Where the test domain answers (see scripts/payara.sh and session-it/pom.xml). */
public final class TestServer {

    private TestServer() {}

    public static URI baseUri() {
        return URI.create("http://localhost:" + System.getProperty("payara.http.port", "9080"));
    }
}
