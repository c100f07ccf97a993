package com.activesessions.tokens.interfaces.rest;

import com.activesessions.access.application.Caller;
import com.activesessions.mfa.application.WrongCodeException;
import com.activesessions.passwords.interfaces.rest.PasswordChecksBusyMapper;
import com.activesessions.shared.application.InvalidFieldException;
import com.activesessions.shared.interfaces.rest.Problem;
import com.activesessions.signin.application.TooManyFailuresException;
import com.activesessions.signin.application.WrongPasswordException;
import com.activesessions.signin.interfaces.rest.ApiCaller;
import com.activesessions.signin.interfaces.rest.StepUpHeaders;
import com.activesessions.signin.interfaces.rest.TooManyFailuresMapper;
import com.activesessions.signin.interfaces.web.StepUp;
import com.activesessions.tokens.application.ApiTokens;
import com.activesessions.tokens.application.IssuedToken;
import com.activesessions.tokens.application.UnknownTokenException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's personal API tokens, for a signed-in browser session only: a token can neither
 * make nor revoke tokens, so a leaked one cannot entrench itself.
 */
@Path("/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "API tokens", description = "Personal API tokens for scripts (browser session only)")
public class TokensResource {

    @Inject
    private ApiTokens tokens;

    @Inject
    private ApiCaller callers;

    @Inject
    private StepUp stepUp;

    @Inject
    private HttpServletRequest request;

    @GET
    @Operation(summary = "List my API tokens", description = "Newest first, revoked and expired ones included.")
    @APIResponse(responseCode = "200", description = "The caller's tokens")
    public List<TokenJson> mine() {
        return tokens.of(sessionCaller()).stream()
                .map(token -> TokenJson.of(token, null))
                .toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Make an API token",
            description = "The answer holds the secret, which is never shown again. Unless the session signed in or"
                    + " confirmed its password within the last minutes, the password must be given again in the"
                    + " X-Password header and, if the account has two-factor authentication, a current code in"
                    + " X-MFA-Code.")
    @APIResponse(responseCode = "201", description = "The token, with its secret")
    @APIResponse(responseCode = "403", description = "The password or the code was missing or wrong; nothing was made")
    @APIResponse(responseCode = "429", description = TooManyFailuresMapper.DESCRIPTION)
    @APIResponse(responseCode = "503", description = PasswordChecksBusyMapper.DESCRIPTION)
    public Response make(
            NewTokenJson token,
            @HeaderParam(StepUpHeaders.PASSWORD) String password,
            @HeaderParam(StepUpHeaders.CODE) String code)
            throws WrongPasswordException, WrongCodeException, TooManyFailuresException {
        if (token == null) {
            throw new InvalidFieldException(
                    "name", "Send the token as JSON: {\"name\":…,\"scope\":…,\"validDays\":…}.");
        }
        Caller caller = sessionCaller();
        stepUp.require(request, caller, password, code);
        IssuedToken issued = tokens.issue(
                caller, token.name(), token.tokenScope(), token.validDays() == null ? 0 : token.validDays());
        return Response.status(Response.Status.CREATED)
                .entity(TokenJson.of(issued.token(), issued.secret()))
                .build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke one of my API tokens", description = "Its next use is refused.")
    @APIResponse(responseCode = "204", description = "Revoked")
    public void revoke(@PathParam("id") String publicId) throws UnknownTokenException {
        tokens.revoke(sessionCaller(), publicId);
    }

    private Caller sessionCaller() {
        Caller caller = callers.get();
        if (caller.hasToken()) {
            throw new ForbiddenException(Problem.response(
                    Response.Status.FORBIDDEN, "API tokens are managed from a signed-in browser session only."));
        }
        return caller;
    }
}
