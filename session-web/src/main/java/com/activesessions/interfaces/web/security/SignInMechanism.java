package com.activesessions.interfaces.web.security;

import com.activesessions.application.SessionCapReachedException;
import com.activesessions.interfaces.web.tracking.SessionTracker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;

/**
 * The custom form sign-in. Credentials arrive through {@code SecurityContext.authenticate} from
 * {@link SignInServlet}; on success the session id is changed before the caller is registered
 * (no session fixation) and the new session is recorded. Signed-in callers are then recognised
 * from their session; anyone else asking for a protected resource
 * is sent to the login page. An API call may instead bring a personal API token
 * ({@link ApiTokenSignIn}), which signs in that one request and leaves no session behind.
 *
 * <p>What {@code @AutoApplySession} would do is done here, because it registers every successful
 * sign-in with the session, the token's included: only the form sign-in is registered.
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

    @Inject
    private ApiTokenSignIn apiTokenSignIn;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Principal registered = request.getUserPrincipal();
        if (registered != null) {
            return continueSession(registered, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            return signIn(request, credential, context);
        }
        Optional<String> token = apiTokenSignIn.tokenOf(request);
        if (token.isPresent()) {
            return apiTokenSignIn.signIn(token.get(), request, response, context);
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
        context.setRegisterSession(result.getCallerPrincipal().getName(), result.getCallerGroups());
        return context.notifyContainerAboutLogin(result);
    }

    /** The caller registered with the session signs in again, groups and all, without credentials. */
    private AuthenticationStatus continueSession(Principal registered, HttpMessageContext context) {
        try {
            context.getHandler()
                    .handle(new Callback[] {new CallerPrincipalCallback(context.getClientSubject(), registered)});
        } catch (IOException | UnsupportedCallbackException e) {
            throw new IllegalStateException("The container refused the session's caller", e);
        }
        return AuthenticationStatus.SUCCESS;
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
