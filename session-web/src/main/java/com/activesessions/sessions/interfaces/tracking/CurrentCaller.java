package com.activesessions.sessions.interfaces.tracking;

import com.activesessions.access.application.AccessDeniedException;
import com.activesessions.access.application.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/** Who makes the request being served, for pages and API resources to hand to the services. */
@RequestScoped
public class CurrentCaller {

    @Inject
    private HttpServletRequest request;

    @Inject
    private ClientAddresses clientAddresses;

    /** The caller, if the request comes in on a signed-in, tracked session. */
    public Optional<Caller> find() {
        HttpSession session = request.getSession(false);
        if (session == null || request.getUserPrincipal() == null) {
            return Optional.empty();
        }
        return SessionTicket.of(session)
                .map(ticket ->
                        new Caller(request.getUserPrincipal().getName(), ticket.hash(), clientAddresses.of(request)));
    }

    /**
     * The caller, for a page action that needs one.
     *
     * @throws AccessDeniedException if the request has no tracked session
     */
    public Caller get() {
        return find().orElseThrow(AccessDeniedException::new);
    }
}
