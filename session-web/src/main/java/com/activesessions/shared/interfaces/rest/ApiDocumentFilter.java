package com.activesessions.shared.interfaces.rest;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.info.Info;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * What every operation of the API has in common, written once instead of on each method: the
 * two ways to authenticate, and the problem documents it answers with when it refuses. Named in
 * {@code mp.openapi.filter}.
 */
public class ApiDocumentFilter implements OASFilter {

    static final String SESSION_SCHEME = "session";
    static final String CSRF_SCHEME = "csrf";
    static final String TOKEN_SCHEME = "token";
    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    private static final Map<String, String> ERRORS = Map.of(
            "400", "A parameter or header is missing or outside what the endpoint accepts; `field` names it",
            "401", "Neither a signed-in session nor a valid API token",
            "403",
                    "Not allowed: a state change without the session's CSRF token, a read-only token, or a"
                            + " missing permission",
            "404", "No such resource of the caller's (another organisation's looks the same as none)");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.info(info());
        Components components =
                openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        components.addSecurityScheme(
                SESSION_SCHEME,
                OASFactory.createSecurityScheme()
                        .type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.COOKIE)
                        .name("JSESSIONID")
                        .description("The browser's signed-in session (sign in at /login)."));
        components.addSecurityScheme(
                CSRF_SCHEME,
                OASFactory.createSecurityScheme()
                        .type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.HEADER)
                        .name("X-CSRF-Token")
                        .description("With a session, every state change needs the session's CSRF token, which"
                                + " every API answer to a signed-in session carries in the same header."));
        components.addSecurityScheme(
                TOKEN_SCHEME,
                OASFactory.createSecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description("A personal API token, made on the API tokens page: Authorization: Bearer"
                                + " ast_…. Scope READ reads; READ_AND_END may also end sessions."));
        components.addExample(
                "notFound",
                OASFactory.createExample()
                        .summary("Unknown or foreign id")
                        .value(Map.of(
                                "type",
                                "about:blank",
                                "title",
                                "Not Found",
                                "status",
                                404,
                                "detail",
                                "No such session.")));
        openAPI.components(components);
        openAPI.security(List.of(
                OASFactory.createSecurityRequirement().addScheme(TOKEN_SCHEME),
                OASFactory.createSecurityRequirement().addScheme(SESSION_SCHEME).addScheme(CSRF_SCHEME)));
    }

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses =
                operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        ERRORS.forEach((code, description) -> {
            if (!responses.hasAPIResponse(code)) {
                responses.addAPIResponse(code, problem(description));
            }
        });
        // A server error an operation names itself (503: the password checks are busy) is a problem document too.
        if (responses.getAPIResponses() != null) {
            responses.getAPIResponses().forEach((code, response) -> {
                if (code.startsWith("5") && response.getContent() == null) {
                    response.content(problemContent());
                }
            });
        }
        return operation.responses(responses);
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description).content(problemContent());
    }

    private static Content problemContent() {
        MediaType problemJson =
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF));
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problemJson);
    }

    private static Info info() {
        return OASFactory.createInfo()
                .title("Active Sessions API")
                .version("1")
                .description("See every session signed in to your account and end any of them; administrators"
                        + " see and police their organisation's. Errors are application/problem+json (RFC 9457).");
    }
}
