package com.activesessions.it.business;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.activesessions.access.application.Caller;
import com.activesessions.accounts.domain.AccountRepository;
import com.activesessions.activity.domain.ActivityEvent;
import com.activesessions.activity.domain.ActivityLog;
import com.activesessions.activity.domain.ActivityType;
import com.activesessions.it.AuthenticatorApp;
import com.activesessions.it.Deployments;
import com.activesessions.it.SignedUpAccounts;
import com.activesessions.mfa.application.Enrolment;
import com.activesessions.mfa.application.MfaEnrolment;
import com.activesessions.mfa.application.MfaPolicy;
import com.activesessions.mfa.application.MfaRequiredException;
import com.activesessions.mfa.application.WrongCodeException;
import com.activesessions.mfa.infrastructure.Base32;
import com.activesessions.sessions.application.SessionRegistry;
import com.activesessions.sessions.application.SessionSummary;
import com.activesessions.sessions.domain.SessionIdHash;
import com.activesessions.signin.application.SecondFactor;
import com.activesessions.signin.application.WrongPasswordException;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Multi-factor authentication in the real Payara on the real database: enrolment, codes good
 * once, recovery codes, turning it off, the organisation policy, and one activity event for each
 * step, with the session and address it came from.
 */
@ExtendWith(ArquillianExtension.class)
class MultiFactorIT {

    private static final String FIREFOX =
            "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.businessLayerWith(MultiFactorIT.class, AuthenticatorApp.class, SignedUpAccounts.class);
    }

    @Inject
    private MfaEnrolment enrolment;

    @Inject
    private SecondFactor secondFactor;

    @Inject
    private MfaPolicy policy;

    @Inject
    private SessionRegistry registry;

    @Inject
    private AccountRepository accounts;

    @Inject
    private ActivityLog activityLog;

    @Inject
    private SignedUpAccounts signedUp;

    private final Map<String, AuthenticatorApp> apps = new HashMap<>();

    @Test
    void turningMfaOnIsRecordedOnceWithTheSessionAndAddress() throws Exception {
        String email = signedUp.newAccount();
        Caller laptop = signedIn(email, "192.0.2.41");

        Enrolment started = enrolment.begin(laptop);
        List<String> recoveryCodes = enrolment.confirm(laptop, app(started).nextCode());

        assertEquals(10, recoveryCodes.size());
        assertTrue(policy.statusOf(email).enabled());
        assertOneEvent(email, ActivityType.MFA_ENROLLED, publicIdOf(laptop), "192.0.2.41");
        assertTrue(registry.activeSessionsOf(email).get(0).signedInWithMfa());
    }

    @Test
    void mfaStaysOffUntilACodeOfTheNewSecretIsTypedAndTheWrongCodeIsRecorded() throws Exception {
        String email = signedUp.newAccount();
        Caller laptop = signedIn(email, "192.0.2.42");
        Enrolment started = enrolment.begin(laptop);

        assertThrows(
                WrongCodeException.class,
                () -> enrolment.confirm(laptop, app(started).wrongCode()));

        assertFalse(policy.statusOf(email).enabled());
        assertEquals(policy.afterPassword(email), MfaPolicy.AfterPassword.NOTHING);
        assertOneEvent(email, ActivityType.MFA_CODE_FAILED, publicIdOf(laptop), "192.0.2.42");
    }

    @Test
    void theSecretIsStoredEncrypted() throws Exception {
        String email = signedUp.newAccount();
        Enrolment started = enrolment.begin(signedIn(email, "192.0.2.43"));

        String stored = accounts.findByEmail(email).orElseThrow().getMfaSecret().orElseThrow();

        assertTrue(stored.startsWith("v1:"), stored);
        assertFalse(stored.contains(started.secret()));
        assertFalse(
                stored.contains(java.util.Base64.getEncoder().encodeToString(new Base32().secretOf(started.secret()))));
    }

    @Test
    void aWrongCodeAtSignInIsRefusedAndRecordedOnceWithTheSessionAndAddress() throws Exception {
        String email = signedUp.newAccount();
        Enrolment started = enrolled(email);
        String pending = "pending-" + UUID.randomUUID().toString().substring(0, 8);

        assertTrue(secondFactor
                .verify(email, app(started).wrongCode(), pending, "198.51.100.7")
                .isEmpty());

        assertOneEvent(email, ActivityType.MFA_CODE_FAILED, pending, "198.51.100.7");
    }

    @Test
    void aCodeSignsInOnceAndItsReplayIsRefused() throws Exception {
        String email = signedUp.newAccount();
        Enrolment started = enrolled(email);
        String code = app(started).nextCode();

        assertTrue(secondFactor.verify(email, code, "first", "198.51.100.8").isPresent());
        assertTrue(secondFactor.verify(email, code, "replay", "198.51.100.9").isEmpty());

        ActivityEvent refused = assertOneEvent(email, ActivityType.MFA_CODE_FAILED, "replay", "198.51.100.9");
        assertEquals("A code that was already used", refused.getDetails());
    }

    @Test
    void aRecoveryCodeSignsInOnceAndIsRecordedWithTheSessionAndAddress() throws Exception {
        String email = signedUp.newAccount();
        Caller laptop = signedIn(email, "192.0.2.44");
        Enrolment started = enrolment.begin(laptop);
        String recoveryCode = enrolment.confirm(laptop, app(started).nextCode()).get(3);

        assertTrue(secondFactor
                .verify(email, recoveryCode.toLowerCase(), "phone", "198.51.100.10")
                .isPresent());
        assertTrue(secondFactor
                .verify(email, recoveryCode, "again", "198.51.100.11")
                .isEmpty());

        assertOneEvent(email, ActivityType.MFA_RECOVERY_CODE_USED, "phone", "198.51.100.10");
        assertEquals(9, policy.statusOf(email).recoveryCodesLeft());
    }

    @Test
    void turningMfaOffTakesACurrentCodeAndIsRecordedOnceWithTheSessionAndAddress() throws Exception {
        String email = signedUp.newAccount();
        Caller laptop = signedIn(email, "192.0.2.45");
        Enrolment started = enrolment.begin(laptop);
        enrolment.confirm(laptop, app(started).nextCode());

        assertThrows(
                WrongCodeException.class,
                () -> secondFactor.disable(laptop, app(started).wrongCode()));
        assertTrue(policy.statusOf(email).enabled());
        secondFactor.disable(laptop, app(started).nextCode());

        assertFalse(policy.statusOf(email).enabled());
        assertEquals(MfaPolicy.AfterPassword.NOTHING, policy.afterPassword(email));
        assertOneEvent(email, ActivityType.MFA_DISABLED, publicIdOf(laptop), "192.0.2.45");
    }

    @Test
    void withoutTheDeviceTurningMfaOffTakesThePasswordAndARecoveryCode() throws Exception {
        String email = signedUp.newAccount();
        Caller laptop = signedIn(email, "192.0.2.46");
        Enrolment started = enrolment.begin(laptop);
        List<String> recoveryCodes = enrolment.confirm(laptop, app(started).nextCode());

        assertThrows(
                WrongPasswordException.class,
                () -> secondFactor.disableWithRecoveryCode(laptop, "guess".toCharArray(), recoveryCodes.get(0)));
        assertThrows(
                WrongCodeException.class,
                () -> secondFactor.disableWithRecoveryCode(
                        laptop, SignedUpAccounts.PASSWORD.toCharArray(), "AAAA-BBBB-CCCC-DDDD"));
        assertTrue(policy.statusOf(email).enabled());
        secondFactor.disableWithRecoveryCode(laptop, SignedUpAccounts.PASSWORD.toCharArray(), recoveryCodes.get(0));

        assertFalse(policy.statusOf(email).enabled());
        assertOneEvent(email, ActivityType.MFA_RECOVERY_CODE_USED, publicIdOf(laptop), "192.0.2.46");
        assertOneEvent(email, ActivityType.MFA_DISABLED, publicIdOf(laptop), "192.0.2.46");
    }

    @Test
    void anOrganisationThatRequiresMfaSendsItsAccountsWithoutItToEnrolmentAndKeepsItOn() throws Exception {
        String email = signedUp.newAccount();
        long organisation = signedUp.organisationOf(email);
        assertEquals(MfaPolicy.AfterPassword.NOTHING, policy.afterPassword(email));

        policy.requireMfa(organisation, true);

        assertEquals(MfaPolicy.AfterPassword.ENROL, policy.afterPassword(email));
        assertTrue(policy.mustEnrol(email));
        Caller laptop = signedIn(email, "192.0.2.47");
        Enrolment started = enrolment.begin(laptop);
        enrolment.confirm(laptop, app(started).nextCode());
        assertEquals(MfaPolicy.AfterPassword.CODE, policy.afterPassword(email));
        assertFalse(policy.mustEnrol(email));
        assertThrows(
                MfaRequiredException.class,
                () -> secondFactor.disable(laptop, app(started).wrongCode()));
        assertTrue(policy.statusOf(email).enabled());

        policy.requireMfa(organisation, false);
        secondFactor.disable(laptop, app(started).nextCode());
        assertFalse(policy.statusOf(email).enabled());
    }

    /** Enrols the account from a session of its own; returns the enrolment, whose secret the test knows. */
    private Enrolment enrolled(String email) throws Exception {
        Caller caller = signedIn(email, "192.0.2.40");
        Enrolment started = enrolment.begin(caller);
        enrolment.confirm(caller, app(started).nextCode());
        return started;
    }

    /** The authenticator app of an enrolment: one per enrolment, so that it knows the codes it gave. */
    private AuthenticatorApp app(Enrolment enrolment) {
        return apps.computeIfAbsent(enrolment.secret(), AuthenticatorApp::new);
    }

    private ActivityEvent assertOneEvent(String email, ActivityType type, String sessionPublicId, String ipAddress) {
        List<ActivityEvent> events = activityLog.newestOf(email, type, 100);
        assertEquals(1, events.size(), type + " events: " + events.size());
        ActivityEvent event = events.get(0);
        assertEquals(sessionPublicId, event.getSessionPublicId(), "session of " + type);
        assertEquals(ipAddress, event.getIpAddress(), "address of " + type);
        return event;
    }

    private Caller signedIn(String email, String ipAddress) throws Exception {
        SessionIdHash session = SessionIdHash.of(UUID.randomUUID().toString());
        registry.signedIn(email, session, FIREFOX, ipAddress);
        return new Caller(email, session, ipAddress);
    }

    private String publicIdOf(Caller caller) {
        return registry.activeSessionsOf(caller).stream()
                .filter(SessionSummary::current)
                .findFirst()
                .orElseThrow()
                .publicId();
    }
}
