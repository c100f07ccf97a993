package com.activesessions.signin.interfaces.web;

import com.activesessions.mfa.application.MfaPolicy;
import com.activesessions.sessions.application.SessionCapReachedException;
import com.activesessions.sessions.interfaces.tracking.SessionTracker;
import com.activesessions.shared.interfaces.web.LoginRedirect;
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
 * (no session fixation) and the new session is recorded. For an account with MFA on, the right
 * password only starts a {@link PendingSignIn}: the session is not signed in, and its id changes
 * again when the second factor ({@link SecondFactorCredential}) is right, and only then is it
 * recorded. An account that its organisation requires to have MFA, and that has none, signs in
 * behind the {@link EnrolmentGate}. Signed-in callers are then recognised from their session
 * ({@link SignedInCaller}, on whichever instance of a group it is served); anyone else asking for
 * a protected resource is sent to the login page. An API call may instead bring a personal API
 * token ({@link ApiTokenSignIn}), which signs in that one request and leaves no session behind.
 *
 * <p>Not {@code @AutoApplySession}: it would register every successful sign-in with the session,
 * the token's included, and what it registers does not carry the groups to another instance.
 */
@ApplicationScoped
public class SignInMechanism implements HttpAuthenticationMechanism {

    /** Why valid credentials were refused all the same. */
    public enum Refusal {
        /** The account has as many sessions as its cap allows. */
        SESSION_CAP,
        /** The password was right; the account's second factor is awaited. */
        SECOND_FACTOR,
        /** The password was not checked: the server was checking as many as it may at once. */
        BUSY
    }

    /** The page that asks for the second factor. */
    public static final String CODE_PAGE = "/mfa";

    private static final String UNAUTHORIZED_PENDING = """
            {"type":"about:blank","title":"Unauthorized","status":401,"detail":"Finish signing in with your code."}""";

    /** The request attribute that tells the sign-in servlet a {@link Refusal}. */
    public static final String REFUSAL_ATTRIBUTE = SignInMechanism.class.getName() + ".refusal";

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private SessionTracker tracker;

    @Inject
    private LoginRedirect loginRedirect;

    @Inject
    private PendingSignIns pendingSignIns;

    @Inject
    private MfaPolicy mfaPolicy;

    @Inject
    private ApiTokenSignIn apiTokenSignIn;

    @Inject
    private ServerOperators operators;

    @Inject
    private RecentAuthentication recentAuthentication;

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
                    signedIn.get().name(),
                    operators.groupsOf(signedIn.get().name(), signedIn.get().groups()));
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
        String email = result.getCallerPrincipal().getName();
        request.getSession();
        request.changeSessionId();
        pendingSignIns.clear(request);
        String publicId = null;
        if (credential instanceof SecondFactorCredential secondFactor) {
            publicId = secondFactor.sessionPublicId();
        } else {
            switch (mfaPolicy.afterPassword(email)) {
                case CODE -> {
                    pendingSignIns.begin(request.getSession(), email);
                    request.setAttribute(REFUSAL_ATTRIBUTE, Refusal.SECOND_FACTOR);
                    return AuthenticationStatus.SEND_FAILURE;
                }
                case ENROL -> request.getSession().setAttribute(EnrolmentGate.ATTRIBUTE, Boolean.TRUE);
                case NOTHING -> {
                    // signed in with the password alone
                }
            }
        }
        try {
            tracker.signedIn(request, email, publicId);
        } catch (SessionCapReachedException e) {
            request.setAttribute(REFUSAL_ATTRIBUTE, Refusal.SESSION_CAP);
            return AuthenticationStatus.SEND_FAILURE;
        }
        new SignedInCaller(email, result.getCallerGroups()).keepIn(request.getSession());
        recentAuthentication.signedIn(request.getSession());
        return context.notifyContainerAboutLogin(email, operators.groupsOf(email, result.getCallerGroups()));
    }

    /**
     * A page asked for without a signed-in session goes to the login page, or to the code page if
     * the session's password was right and its second factor is awaited.
     */
    private AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response) {
        loginRedirect.rememberTarget(request);
        try {
            if (pendingSignIns.of(request).isPresent()) {
                loginRedirect.refuse(
                        request,
                        response,
                        request.getContextPath() + CODE_PAGE,
                        UNAUTHORIZED_PENDING,
                        HttpServletResponse.SC_UNAUTHORIZED);
            } else {
                loginRedirect.refuse(request, response);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not answer an unauthenticated request", e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }
}
