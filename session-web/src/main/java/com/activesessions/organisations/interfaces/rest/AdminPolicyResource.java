package com.activesessions.organisations.interfaces.rest;

import com.activesessions.organisations.application.OrganisationPolicy;
import com.activesessions.shared.application.InvalidChangeException;
import com.activesessions.signin.interfaces.rest.ApiCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The session time limits of the caller's organisation ({@code policy.manage}). */
@Tag(name = "Administration: policy")
@Path("/admin/policy")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminPolicyResource {

    /**
     * The organisation's own limits, in seconds; null where the server's apply.
     *
     * @param idleTimeoutSeconds the idle time-out
     * @param lifetimeSeconds the absolute lifetime
     */
    public record PolicyJson(Long idleTimeoutSeconds, Long lifetimeSeconds) {}

    @Inject
    private OrganisationPolicy policy;

    @Inject
    private ApiCaller caller;

    @Operation(summary = "Read my organisation's session policy")
    @GET
    public PolicyJson get() {
        OrganisationPolicy.Limits limits = policy.limits(caller.get());
        return new PolicyJson(
                limits.idleTimeout().map(Duration::toSeconds).orElse(null),
                limits.lifetime().map(Duration::toSeconds).orElse(null));
    }

    /** Sets the limits; a null one falls back to the server's. */
    @Operation(summary = "Change my organisation's session policy")
    @PUT
    public void change(PolicyJson limits) throws InvalidChangeException {
        if (limits == null) {
            // no body, or JSON of another shape: never read as "the server's limits for both"
            throw new InvalidChangeException(
                    "Send the policy as JSON: {\"idleTimeoutSeconds\":…,\"lifetimeSeconds\":…}.");
        }
        policy.change(
                caller.get(),
                limits.idleTimeoutSeconds() == null ? null : Duration.ofSeconds(limits.idleTimeoutSeconds()),
                limits.lifetimeSeconds() == null ? null : Duration.ofSeconds(limits.lifetimeSeconds()));
    }
}
