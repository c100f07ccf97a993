package com.activesessions.organisations.interfaces.rest;

import com.activesessions.access.application.Caller;
import com.activesessions.access.application.RoleAdministration;
import com.activesessions.access.application.UnknownAccountException;
import com.activesessions.mfa.application.WrongCodeException;
import com.activesessions.organisations.application.EmailInUseException;
import com.activesessions.organisations.application.UserAdministration;
import com.activesessions.passwords.interfaces.rest.PasswordChecksBusyMapper;
import com.activesessions.passwords.interfaces.web.SetPasswordPaths;
import com.activesessions.sessions.application.AllSessions;
import com.activesessions.shared.application.InvalidChangeException;
import com.activesessions.signin.application.TooManyFailuresException;
import com.activesessions.signin.application.WrongPasswordException;
import com.activesessions.signin.interfaces.rest.ApiCaller;
import com.activesessions.signin.interfaces.rest.StepUpHeaders;
import com.activesessions.signin.interfaces.rest.TooManyFailuresMapper;
import com.activesessions.signin.interfaces.web.StepUp;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The accounts of the caller's organisation ({@code users.manage}): list them, add one (the
 * answer carries its set-password link), disable one, give one a role ({@code roles.manage}),
 * end all its sessions ({@code sessions.end.all}).
 */
@Tag(name = "Administration: users")
@Path("/admin/users")
@Produces(MediaType.APPLICATION_JSON)
public class AdminUsersResource {

    /**
     * An account as the administrators' API shows it.
     *
     * @param id its public id
     * @param email its e-mail address
     * @param name its name
     * @param role the name of its role
     * @param disabled whether it may no longer sign in
     */
    public record UserJson(String id, String email, String name, String role, boolean disabled) {}

    /** What {@code POST} takes: the new account's name, e-mail address and role's name. */
    public record NewUserJson(String name, String email, String role) {}

    /** What {@code POST} answers: the new account's public id and its set-password link. */
    public record AddedUserJson(String id, String setPasswordLink) {}

    /** What {@code PUT /{id}/role} takes. */
    public record RoleNameJson(String role) {}

    @Inject
    private StepUp stepUp;

    @Inject
    private UserAdministration users;

    @Inject
    private RoleAdministration roles;

    @Inject
    private AllSessions allSessions;

    @Inject
    private ApiCaller caller;

    @Context
    private HttpServletRequest request;

    @Operation(summary = "List my organisation's users")
    @GET
    public List<UserJson> list() {
        return users.users(caller.get()).stream()
                .map(user -> new UserJson(user.id(), user.email(), user.name(), user.role(), user.disabled()))
                .toList();
    }

    @Operation(summary = "Add a user; the answer holds their set-password link")
    @APIResponse(responseCode = "201", description = "Added; its id and set-password link")
    @APIResponse(responseCode = "503", description = PasswordChecksBusyMapper.DESCRIPTION)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(NewUserJson user) throws EmailInUseException, InvalidChangeException {
        if (user == null) {
            throw new InvalidChangeException("Send the new user's name, email and role.");
        }
        UserAdministration.AddedUser added = users.add(caller.get(), user.name(), user.email(), user.role());
        String link = request.getRequestURL().toString().replaceFirst("/api/v1/admin/users/?$", "")
                + SetPasswordPaths.linkFor(added.token());
        return Response.status(Response.Status.CREATED)
                .entity(new AddedUserJson(added.accountPublicId(), link))
                .build();
    }

    /** Disables the account and ends its sessions. */
    @Operation(summary = "Disable a user, ending their sessions")
    @POST
    @Path("/{id}/disable")
    public void disable(@PathParam("id") String publicId) throws UnknownAccountException, InvalidChangeException {
        users.disable(caller.get(), publicId);
    }

    @Operation(summary = "Give a user a role")
    @PUT
    @Path("/{id}/role")
    @Consumes(MediaType.APPLICATION_JSON)
    public void assignRole(
            @PathParam("id") String publicId,
            RoleNameJson role,
            @HeaderParam(StepUpHeaders.PASSWORD) String password,
            @HeaderParam(StepUpHeaders.CODE) String code)
            throws UnknownAccountException, InvalidChangeException, WrongPasswordException, WrongCodeException,
                    TooManyFailuresException {
        Caller administrator = caller.get();
        stepUp.requireForSecondFactor(request, administrator, password, code);
        roles.assign(administrator, publicId, role == null ? null : role.role());
    }

    /**
     * Ends every active session of the account and revokes its API tokens. An administrator with
     * two-factor authentication confirms it first, past the recent-authentication window.
     */
    @Operation(
            summary = "End every session of a user",
            description = "Also revokes the user's API tokens and closes any set-password link. An administrator"
                    + " with two-factor authentication gives the password in X-Password and a current code in"
                    + " X-MFA-Code, unless the session signed in or confirmed within the last minutes.")
    @APIResponse(responseCode = "204", description = "Ended")
    @APIResponse(responseCode = "403", description = "The password or the code was missing or wrong; nothing ended")
    @APIResponse(responseCode = "429", description = TooManyFailuresMapper.DESCRIPTION)
    @DELETE
    @Path("/{id}/sessions")
    public void endAllSessions(
            @PathParam("id") String publicId,
            @HeaderParam(StepUpHeaders.PASSWORD) String password,
            @HeaderParam(StepUpHeaders.CODE) String code)
            throws UnknownAccountException, WrongPasswordException, WrongCodeException, TooManyFailuresException {
        Caller administrator = caller.get();
        stepUp.requireForSecondFactor(request, administrator, password, code);
        allSessions.endAllOf(administrator, publicId);
    }
}
