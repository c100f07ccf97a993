package com.activesessions.interfaces.web.security;

import com.activesessions.application.SessionCapReachedException;
import com.activesessions.interfaces.web.tracking.SessionTracker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * The custom form sign-in. Credentials arrive through {@code SecurityContext.authenticate} from
 * {@link SignInServlet}; on success the session id is changed before the caller is registered
 * (no session fixation) and the new session is recorded. Signed-in callers are then recognised
 * from their session ({@link SignedInCaller}, on whichever instance of a group it is served);
 * anyone else asking for a protected resource is sent to the login page.
 */
@ApplicationScoped
public class SignInMechanism implements HttpAuthenticationMechanism {

    /** Why valid credentials were refused all the same. */
    public enum Refusal {
        /** The account has as many sessions as its cap allows. */
        SESSION_CAP
    }

    /** The request attribute that tells the sign-in servlet a {@link Refusal}. */
    public static final String REFUSAL_ATTRIBUTE = SignInMechanism.class.getName() + ".refusal";

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private SessionTracker tracker;

    @Inject
    private LoginRedirect loginRedirect;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            return signIn(request, credential, context);
        }
        Optional<SignedInCaller> signedIn = SignedInCaller.of(request);
        if (signedIn.isPresent()) {
            return context.notifyContainerAboutLogin(
                    signedIn.get().name(), signedIn.get().groups());
        }
        if (context.isProtected()) {
            return refuse(request, response);
        }
        return context.doNothing();
    }

    private AuthenticationStatus signIn(HttpServletRequest request, Credential credential, HttpMessageContext context) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        request.getSession();
        request.changeSessionId();
        try {
            tracker.signedIn(request, result.getCallerPrincipal().getName());
        } catch (SessionCapReachedException e) {
            request.setAttribute(REFUSAL_ATTRIBUTE, Refusal.SESSION_CAP);
            return AuthenticationStatus.SEND_FAILURE;
        }
        new SignedInCaller(result.getCallerPrincipal().getName(), result.getCallerGroups())
                .keepIn(request.getSession());
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response) {
        loginRedirect.rememberTarget(request);
        try {
            loginRedirect.refuse(request, response);
        } catch (IOException e) {
            throw new IllegalStateException("Could not answer an unauthenticated request", e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }
}
