package com.activesessions.shared.interfaces.rest;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Refuses a query parameter that the operation does not read, with 400 naming it. JAX-RS would
 * ignore it: a misspelt filter ({@code ?users=bob}, {@code ?sortBy=ip}) would answer every row as
 * if it had been applied. The operations' own parameters check their values themselves; the CSV
 * exports refuse unknown parameters the same way.
 */
@Provider
public class KnownQueryParametersFilter implements ContainerRequestFilter {

    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext context) {
        Method operation = resource.getResourceMethod();
        if (operation == null) {
            return;
        }
        Set<String> known = Arrays.stream(operation.getParameters())
                .map(parameter -> parameter.getAnnotation(QueryParam.class))
                .filter(Objects::nonNull)
                .map(QueryParam::value)
                .collect(Collectors.toCollection(TreeSet::new));
        context.getUriInfo().getQueryParameters().keySet().stream()
                .filter(name -> !known.contains(name))
                .sorted()
                .findFirst()
                .ifPresent(unknown -> context.abortWith(Problem.invalid(unknown, refusal(known))));
    }

    private static String refusal(Set<String> known) {
        return known.isEmpty()
                ? "This operation takes no query parameters."
                : "This operation takes only these query parameters: " + String.join(", ", known) + ".";
    }
}
