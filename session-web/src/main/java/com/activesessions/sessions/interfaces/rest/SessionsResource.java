package com.activesessions.sessions.interfaces.rest;

import com.activesessions.access.application.Caller;
import com.activesessions.mfa.application.WrongCodeException;
import com.activesessions.passwords.interfaces.rest.PasswordChecksBusyMapper;
import com.activesessions.sessions.application.SessionLogout;
import com.activesessions.sessions.application.SessionRegistry;
import com.activesessions.sessions.application.UnknownSessionException;
import com.activesessions.shared.interfaces.rest.InvalidParameterException;
import com.activesessions.signin.application.TooManyFailuresException;
import com.activesessions.signin.application.WrongPasswordException;
import com.activesessions.signin.interfaces.rest.ApiCaller;
import com.activesessions.signin.interfaces.rest.StepUpHeaders;
import com.activesessions.signin.interfaces.rest.TooManyFailuresMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own sessions: list them, read one, end one, end all the others. */
@Path("/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sessions", description = "The caller's own sessions")
public class SessionsResource {

    @Inject
    private SessionRegistry registry;

    @Inject
    private SessionLogout logout;

    @Inject
    private ApiCaller callers;

    @GET
    @Operation(
            summary = "List my active sessions",
            description = "The session making the call, if it is one, has current: true.")
    @APIResponse(responseCode = "200", description = "The caller's active sessions, newest first")
    public List<SessionJson> mine() {
        Caller caller = callers.get();
        return registry.activeSessionsOf(caller).stream().map(SessionJson::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read one of my sessions", description = "Active or ended.")
    @APIResponse(responseCode = "200", description = "The session")
    public SessionJson one(@PathParam("id") String publicId) throws UnknownSessionException {
        Caller caller = callers.get();
        return registry.sessionOf(caller, publicId).map(SessionJson::of).orElseThrow(UnknownSessionException::new);
    }

    /** Ends one of the caller's sessions; ending the one in use logs the caller out. */
    @DELETE
    @Path("/{id}")
    @Operation(
            summary = "End one of my sessions",
            description = "Its next request, from a browser or the API, is refused. Ending the session making"
                    + " the call logs it out.")
    @APIResponse(responseCode = "204", description = "Ended")
    public void end(@PathParam("id") String publicId) throws UnknownSessionException {
        logout.end(callers.get(), publicId);
    }

    @DELETE
    @Operation(
            summary = "End all my other sessions",
            description = "Ends every session of the account but the one making the call. From a browser session,"
                    + " the account's password must be given again in the X-Password header, and, if the account"
                    + " has two-factor authentication, a current code in X-MFA-Code; a script's API token (scope"
                    + " READ_AND_END) is proof enough, and ends every session of the account.")
    @APIResponse(responseCode = "200", description = "How many sessions were ended")
    @APIResponse(responseCode = "403", description = "The password or the code was wrong; nothing was ended")
    @APIResponse(responseCode = "429", description = TooManyFailuresMapper.DESCRIPTION)
    @APIResponse(responseCode = "503", description = PasswordChecksBusyMapper.DESCRIPTION)
    public EndedJson endOthers(
            @QueryParam("scope") String scope,
            @HeaderParam(StepUpHeaders.PASSWORD) String password,
            @HeaderParam(StepUpHeaders.CODE) String code)
            throws WrongPasswordException, WrongCodeException, TooManyFailuresException {
        if (!"others".equals(scope)) {
            throw new InvalidParameterException("scope", "Say scope=others to end all your other sessions.");
        }
        Caller caller = callers.get();
        if (caller.hasToken()) {
            return new EndedJson(logout.endAllWithToken(caller).size());
        }
        if (password == null || password.isEmpty()) {
            throw new InvalidParameterException(
                    StepUpHeaders.PASSWORD,
                    "Give your password in the " + StepUpHeaders.PASSWORD + " header to end all other sessions.");
        }
        return new EndedJson(
                logout.endOthers(caller, password.toCharArray(), code).size());
    }
}
