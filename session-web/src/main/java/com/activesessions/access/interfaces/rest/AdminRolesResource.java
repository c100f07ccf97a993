package com.activesessions.access.interfaces.rest;

import com.activesessions.access.application.RoleAdministration;
import com.activesessions.accounts.domain.Permission;
import com.activesessions.shared.application.InvalidChangeException;
import com.activesessions.signin.interfaces.rest.ApiCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The roles of the caller's organisation ({@code roles.manage}): list them, define one. */
@Tag(name = "Administration: roles")
@Path("/admin/roles")
@Produces(MediaType.APPLICATION_JSON)
public class AdminRolesResource {

    /**
     * A role and its permissions, by their dotted names.
     *
     * @param name the role's name
     * @param permissions such as {@code sessions.view.all}
     * @param builtIn whether it is one of the product's roles
     */
    public record RoleJson(String name, List<String> permissions, boolean builtIn) {}

    @Inject
    private RoleAdministration roles;

    @Inject
    private ApiCaller caller;

    @Operation(summary = "List my organisation's roles, built-in and custom")
    @GET
    public List<RoleJson> list() {
        return roles.roles(caller.get()).stream()
                .map(role -> new RoleJson(
                        role.name(),
                        role.permissions().stream()
                                .sorted()
                                .map(Permission::key)
                                .toList(),
                        role.builtIn()))
                .toList();
    }

    /** Defines a role: 201, or 400 if the name is taken or a permission is unknown. */
    @Operation(summary = "Define a custom role from permissions")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response define(RoleJson role) throws InvalidChangeException {
        if (role == null || role.permissions() == null) {
            throw new InvalidChangeException("Send the role's name and permissions.");
        }
        roles.define(caller.get(), role.name(), permissions(role.permissions()));
        return Response.status(Response.Status.CREATED).build();
    }

    private static Set<Permission> permissions(List<String> keys) throws InvalidChangeException {
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        for (String key : keys) {
            try {
                permissions.add(Permission.ofKey(key));
            } catch (IllegalArgumentException e) {
                throw new InvalidChangeException("There is no permission named " + key + ".");
            }
        }
        return permissions;
    }
}
