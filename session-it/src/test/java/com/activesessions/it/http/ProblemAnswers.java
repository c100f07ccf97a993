package com.activesessions.it.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

/** What every refusal of the API must be: its status, as an RFC 9457 problem document. */
final class ProblemAnswers {

    static final String PROBLEM = "application/problem+json";

    private ProblemAnswers() {}

    static HttpResponse<String> assertProblem(int status, HttpResponse<String> response) {
        String where = response.request().method() + " " + response.uri() + ": " + response.body();
        assertEquals(status, response.statusCode(), where);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(PROBLEM), where);
        assertEquals(status, ConsoleClient.jsonObject(response).getInt("status"), where);
        return response;
    }
}
