package com.activesessions.shared.interfaces.rest;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.io.PushbackInputStream;

/**
 * Every body the API takes is one JSON object. JSON-B reads an array or an empty body into an
 * object with every field absent, which for the policy means "the server's limits": a body of
 * the wrong shape would have changed something. Refused with 400 before it is read.
 */
@Provider
public class JsonObjectBodyCheck implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        PushbackInputStream body = new PushbackInputStream(context.getInputStream(), 1);
        int first = body.read();
        while (first == ' ' || first == '\t' || first == '\n' || first == '\r') {
            first = body.read();
        }
        if (first != '{') {
            throw new BadRequestException(
                    Problem.response(Response.Status.BAD_REQUEST, "Send the body as one JSON object: {…}."));
        }
        body.unread(first);
        context.setInputStream(body);
        return context.proceed();
    }
}
