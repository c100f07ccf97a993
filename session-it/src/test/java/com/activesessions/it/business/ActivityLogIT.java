package com.activesessions.it.business;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.activesessions.access.application.Caller;
import com.activesessions.accounts.domain.Account;
import com.activesessions.accounts.domain.AccountRepository;
import com.activesessions.accounts.domain.Organisation;
import com.activesessions.accounts.domain.Role;
import com.activesessions.activity.application.ActivityEntry;
import com.activesessions.activity.application.ActivityReader;
import com.activesessions.activity.application.ActivityRetention;
import com.activesessions.activity.domain.ActivityEvent;
import com.activesessions.activity.domain.ActivityFilter;
import com.activesessions.activity.domain.ActivityLog;
import com.activesessions.activity.domain.ActivityType;
import com.activesessions.it.Deployments;
import com.activesessions.organisations.application.NewAccount;
import com.activesessions.organisations.application.SignUpService;
import com.activesessions.passwords.application.AccountSecurity;
import com.activesessions.passwords.domain.PasswordHashes;
import com.activesessions.sessions.application.HijackResponse;
import com.activesessions.sessions.application.HijackSignal;
import com.activesessions.sessions.application.LastAccessBuffer;
import com.activesessions.sessions.application.LastAccessFlusher;
import com.activesessions.sessions.application.SessionCapReachedException;
import com.activesessions.sessions.application.SessionDetails;
import com.activesessions.sessions.application.SessionExpiry;
import com.activesessions.sessions.application.SessionLogout;
import com.activesessions.sessions.application.SessionRegistry;
import com.activesessions.sessions.application.UnknownSessionException;
import com.activesessions.sessions.domain.SessionIdHash;
import com.activesessions.shared.application.NotAllowedException;
import com.activesessions.shared.domain.RequestKind;
import com.activesessions.signin.application.CredentialThrottle;
import com.activesessions.usage.application.UsageReport;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The activity log in the real Payara on the real database: each kind of event, written by the
 * action it records, with the session and address it happened in; written in the transaction of
 * its change; read only within the reader's organisation; removed by the retention, which records
 * itself. Also the per-session counts, a session's detail and the usage report.
 */
@ExtendWith(ArquillianExtension.class)
class ActivityLogIT {

    private static final String FIREFOX =
            "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0";
    private static final String IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
            + "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
    private static final String PASSWORD = "correct horse battery staple";
    private static final String LAPTOP_IP = "192.0.2.41";
    private static final String PHONE_IP = "198.51.100.42";
    private static final List<String> SETTINGS = List.of(
            "activesessions.session.max-per-user",
            "activesessions.session.cap-policy",
            ActivityRetention.RETENTION_DAYS);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.businessLayerWith(ActivityLogIT.class);
    }

    @Inject
    private SessionRegistry registry;

    @Inject
    private SessionExpiry expiry;

    @Inject
    private HijackResponse hijackResponse;

    @Inject
    private SessionLogout logout;

    @Inject
    private AccountSecurity accountSecurity;

    @Inject
    private SignUpService signUpService;

    @Inject
    private CredentialThrottle throttle;

    @Inject
    private ActivityReader reader;

    @Inject
    private ActivityRetention retention;

    @Inject
    private SessionDetails sessionDetails;

    @Inject
    private UsageReport usageReport;

    @Inject
    private LastAccessBuffer lastAccesses;

    @Inject
    private LastAccessFlusher flusher;

    @Inject
    private AccountRepository accounts;

    @Inject
    private ActivityLog activityLog;

    @Inject
    private PasswordHashes passwordHasher;

    @Resource
    private UserTransaction transaction;

    @AfterEach
    void restoreSettings() {
        SETTINGS.forEach(System::clearProperty);
    }

    // ---------------------------------------------------------------- each event type, once, with its session and IP

    @Test
    void signingUpRecordsSignedUpWithTheAddress() throws Exception {
        String email = "signup-" + UUID.randomUUID() + "@example.com";
        signUpService.signUp(new NewAccount("Sign Up", email, PASSWORD.toCharArray(), "Org"), LAPTOP_IP);

        exactlyOne(email, ActivityType.SIGNED_UP, null, LAPTOP_IP);
    }

    @Test
    void signingInRecordsSignedInAndANewDeviceOnceEachWithTheSessionDeviceAndAddress() throws Exception {
        Team team = newTeam();
        String session = signIn(team.user(), newHash(), FIREFOX, LAPTOP_IP);

        ActivityEvent signedIn = exactlyOne(team.user(), ActivityType.SIGNED_IN, session, LAPTOP_IP);
        exactlyOne(team.user(), ActivityType.NEW_DEVICE_SIGN_IN, session, LAPTOP_IP);
        assertEquals("Firefox 132 on Ubuntu · Desktop", signedIn.getDevice());
        assertEquals(
                team.organisation(), signedIn.getOrganisation().orElseThrow().getId());
    }

    @Test
    void aWrongPasswordRecordsOneFailedSignInWithTheAddress() throws Exception {
        Team team = newTeam();
        registry.signInFailed(team.user(), PHONE_IP);

        exactlyOne(team.user(), ActivityType.SIGN_IN_FAILED, null, PHONE_IP);
    }

    @Test
    void loggingOutRecordsSignedOutWithTheSession() throws Exception {
        Team team = newTeam();
        SessionIdHash hash = newHash();
        String session = signIn(team.user(), hash, FIREFOX, LAPTOP_IP);

        logout.signOut(new Caller(team.user(), hash, LAPTOP_IP));

        exactlyOne(team.user(), ActivityType.SIGNED_OUT, session, LAPTOP_IP);
    }

    @Test
    void endingAnotherSessionRecordsItAgainstTheEndedSessionWithTheEndersAddress() throws Exception {
        Team team = newTeam();
        SessionIdHash laptop = newHash();
        signIn(team.user(), laptop, FIREFOX, LAPTOP_IP);
        String phone = signIn(team.user(), newHash(), IPHONE, PHONE_IP);

        logout.end(new Caller(team.user(), laptop, LAPTOP_IP), phone);

        exactlyOne(team.user(), ActivityType.SESSION_ENDED_FROM_ANOTHER_DEVICE, phone, LAPTOP_IP);
    }

    @Test
    void aTimeOutRecordsSessionExpired() throws Exception {
        Team team = newTeam();
        SessionIdHash hash = newHash();
        String session = signIn(team.user(), hash, FIREFOX, LAPTOP_IP);

        expiry.expired(hash);

        exactlyOne(team.user(), ActivityType.SESSION_EXPIRED, session, null);
    }

    @Test
    void atTheCapTheRefusalAndTheReplacementAreEachRecordedOnce() throws Exception {
        Team team = newTeam();
        System.setProperty("activesessions.session.max-per-user", "1");
        System.setProperty("activesessions.session.cap-policy", "refuse-new");
        String first = signIn(team.user(), newHash(), FIREFOX, LAPTOP_IP);
        assertThrows(SessionCapReachedException.class, () -> signIn(team.user(), newHash(), IPHONE, PHONE_IP));
        exactlyOne(team.user(), ActivityType.SIGN_IN_REFUSED_CAP, null, PHONE_IP);

        System.setProperty("activesessions.session.cap-policy", "end-oldest");
        signIn(team.user(), newHash(), IPHONE, PHONE_IP);

        exactlyOne(team.user(), ActivityType.SESSION_REPLACED, first, PHONE_IP);
    }

    @Test
    void aHijackSignalIsRecordedOnceWithTheNewDeviceAndAddress() throws Exception {
        Team team = newTeam();
        SessionIdHash hash = newHash();
        String session = signIn(team.user(), hash, FIREFOX, LAPTOP_IP);

        HijackSignal updated =
                new HijackSignal(HijackSignal.Kind.BROWSER_UPDATED, "The browser changed in mid-session");
        hijackResponse.signalled(hash, PHONE_IP, IPHONE, updated);
        hijackResponse.signalled(hash, PHONE_IP, IPHONE, updated);

        ActivityEvent signal = exactlyOne(team.user(), ActivityType.HIJACK_SIGNAL, session, PHONE_IP);
        assertEquals("Safari 17 on iOS 17.5 · Phone", signal.getDevice());
    }

    @Test
    void changingThePasswordRecordsItInTheSessionThatChangedItAndEndsTheOthers() throws Exception {
        Team team = newTeam();
        SessionIdHash laptop = newHash();
        String laptopId = signIn(team.user(), laptop, FIREFOX, LAPTOP_IP);
        String phone = signIn(team.user(), newHash(), IPHONE, PHONE_IP);

        accountSecurity.changePassword(
                new Caller(team.user(), laptop, LAPTOP_IP),
                PASSWORD.toCharArray(),
                "another long passphrase".toCharArray(),
                false);

        exactlyOne(team.user(), ActivityType.PASSWORD_CHANGED, laptopId, LAPTOP_IP);
        exactlyOne(team.user(), ActivityType.SESSION_ENDED_BY_ACCOUNT_CHANGE, phone, LAPTOP_IP);
    }

    @Test
    void disablingAnAccountIsRecordedOnceWithTheAdministratorsAddress() throws Exception {
        Team team = newTeam();
        signIn(team.user(), newHash(), FIREFOX, LAPTOP_IP);

        accountSecurity.disable(new Caller(team.admin(), newHash(), PHONE_IP), team.user());

        exactlyOne(team.user(), ActivityType.ACCOUNT_DISABLED, null, PHONE_IP);
    }

    @Test
    void aRestartEndsTheSessionsItLostAndRecordsEachOnce() throws Exception {
        Team team = newTeam();
        SessionIdHash lost = newHash();
        String session = signIn(team.user(), lost, FIREFOX, LAPTOP_IP);

        expiry.endAllBut(Set.of(), Instant.now());

        exactlyOne(team.user(), ActivityType.SESSION_ENDED_AT_RESTART, session, null);
    }

    @Test
    void askingToEndASessionThatIsNotOneOfOnesOwnIsRecordedInTheAskingSession() throws Exception {
        Team team = newTeam();
        SessionIdHash hash = newHash();
        String session = signIn(team.user(), hash, FIREFOX, LAPTOP_IP);

        assertThrows(
                UnknownSessionException.class,
                () -> logout.end(new Caller(team.user(), hash, LAPTOP_IP), "no-such-session"));

        exactlyOne(team.user(), ActivityType.SESSION_END_REFUSED, session, LAPTOP_IP);
    }

    @Test
    void aThrottledSignInIsRecordedOnceWithTheAddress() throws Exception {
        Team team = newTeam();
        IntStream.range(0, 10).forEach(i -> throttle.failed(team.user(), PHONE_IP));

        assertTrue(throttle.check(team.user(), PHONE_IP).isPresent());

        exactlyOne(team.user(), ActivityType.SIGN_IN_THROTTLED, null, PHONE_IP);
    }

    @Test
    void anExportIsRecordedOnceInTheExportingSession() throws Exception {
        Team team = newTeam();
        SessionIdHash hash = newHash();
        String session = signIn(team.admin(), hash, FIREFOX, LAPTOP_IP);

        reader.exportMade(new Caller(team.admin(), hash, LAPTOP_IP), "Activity CSV type=SIGNED_IN");

        ActivityEvent export = exactlyOne(team.admin(), ActivityType.EXPORT_MADE, session, LAPTOP_IP);
        assertEquals("Activity CSV type=SIGNED_IN", export.getDetails());
    }

    @Test
    void theRetentionRemovesOldEventsAndRecordsTheRemovalForTheOrganisation() throws Exception {
        Team team = newTeam();
        signIn(team.user(), newHash(), FIREFOX, LAPTOP_IP);
        Account user = accounts.findByEmail(team.user()).orElseThrow();
        transaction.begin();
        activityLog.append(new ActivityEvent(
                Instant.now().minus(Duration.ofDays(40)), ActivityType.SIGN_IN_FAILED, user, null, PHONE_IP, "old"));
        activityLog.append(new ActivityEvent(
                Instant.now().minus(Duration.ofDays(31)), ActivityType.SIGN_IN_FAILED, user, null, PHONE_IP, "old"));
        transaction.commit();
        System.setProperty(ActivityRetention.RETENTION_DAYS, "30");

        assertTrue(retention.removeExpired() >= 2);

        assertTrue(activityLog.newestOf(team.user(), 100).stream().noneMatch(e -> "old".equals(e.getDetails())));
        assertEquals(1, count(team.user(), ActivityType.SIGNED_IN), "a new event was removed");
        List<ActivityEntry> removals = reader.find(
                team.admin(),
                ActivityReader.Reach.ORGANISATION,
                new ActivityFilter(null, ActivityType.EVENTS_REMOVED_BY_RETENTION, null, null, null),
                0,
                10);
        assertEquals(1, removals.size());
        assertTrue(
                removals.get(0).details().startsWith("2 events older than 30 days"),
                removals.get(0).details());
    }

    // ---------------------------------------------------------------- one transaction

    @Test
    void aFailureInTheMiddleOfASignInLeavesNeitherTheSessionNorItsEvent() throws Exception {
        Team team = newTeam();
        SessionIdHash taken = newHash();
        signIn(team.user(), taken, FIREFOX, LAPTOP_IP);

        // The same id hash again: the session's row fails its unique key, in the middle of the sign-in.
        assertThrows(Exception.class, () -> signIn(team.user(), taken, IPHONE, PHONE_IP));

        assertEquals(1, registry.activeSessionsOf(team.user()).size());
        assertEquals(
                1,
                count(team.user(), ActivityType.SIGNED_IN),
                activityLog.newestOf(team.user(), 100).stream()
                        .map(e -> e.getType() + " " + e.getSessionPublicId() + " " + e.getIpAddress() + " "
                                + e.getOccurredAt())
                        .toList()
                        .toString());
        assertEquals(0, count(team.user(), ActivityType.SIGNED_IN, PHONE_IP));
    }

    @Test
    void aPasswordChangeRolledBackAfterItsEventLeavesNeitherTheNewPasswordNorTheEvent() throws Exception {
        Team team = newTeam();
        SessionIdHash hash = newHash();
        signIn(team.user(), hash, FIREFOX, LAPTOP_IP);
        String before = accounts.findByEmail(team.user()).orElseThrow().getPasswordHash();

        transaction.begin();
        accountSecurity.changePassword(
                new Caller(team.user(), hash, LAPTOP_IP),
                PASSWORD.toCharArray(),
                "another long passphrase".toCharArray(),
                false);
        assertEquals(1, count(team.user(), ActivityType.PASSWORD_CHANGED), "written in the change's transaction");
        transaction.rollback();

        assertEquals(before, accounts.findByEmail(team.user()).orElseThrow().getPasswordHash());
        assertEquals(0, count(team.user(), ActivityType.PASSWORD_CHANGED));
    }

    // ---------------------------------------------------------------- who reads what

    @Test
    void anAdministratorReadsOnlyTheirOwnOrganisationsEventsWhateverTheFilter() throws Exception {
        Team ours = newTeam();
        Team theirs = newTeam();
        signIn(ours.user(), newHash(), FIREFOX, LAPTOP_IP);
        signIn(theirs.user(), newHash(), FIREFOX, LAPTOP_IP);

        List<ActivityEntry> seen =
                reader.find(ours.admin(), ActivityReader.Reach.ORGANISATION, ActivityFilter.NONE, 0, 500);
        long theirsByName = reader.count(
                ours.admin(),
                ActivityReader.Reach.ORGANISATION,
                new ActivityFilter(theirs.user(), null, null, null, null));

        assertFalse(seen.isEmpty());
        assertTrue(seen.stream().allMatch(e -> e.user().endsWith(ours.domain())), seen.toString());
        assertEquals(0, theirsByName);
    }

    @Test
    void aUserIsRefusedTheOrganisationsActivityAndUsage() throws Exception {
        Team team = newTeam();

        assertThrows(
                NotAllowedException.class,
                () -> reader.count(team.user(), ActivityReader.Reach.ORGANISATION, ActivityFilter.NONE));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThrows(NotAllowedException.class, () -> usageReport.of(team.user(), today, today));
    }

    @Test
    void filtersNarrowByUserTypeDaysAndAddressAndAWildcardIsTakenLiterally() throws Exception {
        Team team = newTeam();
        signIn(team.user(), newHash(), FIREFOX, LAPTOP_IP);
        signIn(team.admin(), newHash(), IPHONE, PHONE_IP);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        assertEquals(1, countFor(team, new ActivityFilter("user-", ActivityType.SIGNED_IN, today, today, null)));
        assertEquals(1, countFor(team, new ActivityFilter(null, ActivityType.SIGNED_IN, null, null, "198.51.")));
        assertEquals(0, countFor(team, new ActivityFilter("%", null, null, null, null)));
        assertEquals(0, countFor(team, new ActivityFilter(null, null, today.plusDays(1), null, null)));
        assertThrows(IllegalArgumentException.class, () -> new ActivityFilter(null, null, null, null, "1' OR 1=1"));
    }

    // ---------------------------------------------------------------- counts, detail, usage

    @Test
    void aSessionsRequestsAndApiCallsAreCountedByTheFlushAndAtItsEnd() throws Exception {
        Team team = newTeam();
        SessionIdHash hash = newHash();
        String session = signIn(team.user(), hash, FIREFOX, LAPTOP_IP);
        IntStream.range(0, 5).forEach(i -> lastAccesses.note(hash, Instant.now(), RequestKind.PAGE));
        IntStream.range(0, 3).forEach(i -> lastAccesses.note(hash, Instant.now(), RequestKind.API_CALL));
        lastAccesses.note(hash, Instant.now(), RequestKind.RESOURCE);
        flusher.flush();
        lastAccesses.note(hash, Instant.now(), RequestKind.API_CALL);

        logout.signOut(new Caller(team.user(), hash, LAPTOP_IP));

        SessionDetails.Detail ended = sessionDetails.of(team.user(), session);
        assertEquals(9, ended.requests());
        assertEquals(4, ended.apiCalls());
    }

    @Test
    void aSessionsDetailHasItsTimelineAndAddressesForItsOwnerAndItsAdministratorOnly() throws Exception {
        Team team = newTeam();
        Team other = newTeam();
        SessionIdHash hash = newHash();
        String session = signIn(team.user(), hash, FIREFOX, LAPTOP_IP);
        hijackResponse.signalled(
                hash, PHONE_IP, FIREFOX, new HijackSignal(HijackSignal.Kind.ANOTHER_ADDRESS, "The address changed"));

        SessionDetails.Detail detail = sessionDetails.of(team.user(), session);

        assertEquals(
                List.of(ActivityType.SIGNED_IN, ActivityType.NEW_DEVICE_SIGN_IN, ActivityType.HIJACK_SIGNAL),
                detail.timeline().stream().map(ActivityEntry::type).toList());
        assertEquals(
                List.of(LAPTOP_IP, PHONE_IP),
                List.copyOf(detail.addressHistory().keySet()));
        assertEquals(session, sessionDetails.of(team.admin(), session).session().publicId());
        assertThrows(UnknownSessionException.class, () -> sessionDetails.of(other.admin(), session));
        assertThrows(UnknownSessionException.class, () -> sessionDetails.of(other.user(), session));
        assertThrows(UnknownSessionException.class, () -> sessionDetails.of(team.user(), "no-such-session"));
    }

    @Test
    void usageCountsSessionsTimeRequestsAndApiCallsPerUserAndForTheOrganisation() throws Exception {
        Team team = newTeam();
        SessionIdHash first = newHash();
        signIn(team.user(), first, FIREFOX, LAPTOP_IP);
        signIn(team.user(), newHash(), IPHONE, PHONE_IP);
        SessionIdHash admins = newHash();
        signIn(team.admin(), admins, FIREFOX, LAPTOP_IP);
        IntStream.range(0, 4).forEach(i -> lastAccesses.note(first, Instant.now(), RequestKind.API_CALL));
        lastAccesses.note(admins, Instant.now(), RequestKind.PAGE);
        flusher.flush();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        UsageReport.Usage usage = usageReport.of(team.admin(), today.minusDays(1), today);

        UsageReport.Line user = usage.perUser().stream()
                .filter(line -> line.email().equals(team.user()))
                .findFirst()
                .orElseThrow();
        assertEquals(2, user.sessions());
        assertEquals(4, user.requests());
        assertEquals(4, user.apiCalls());
        assertEquals(3, usage.total().sessions());
        assertEquals(5, usage.total().requests());
        assertEquals(2, usage.perUser().size());
        assertEquals(
                3,
                usage.concurrent().stream().mapToInt(peak -> peak.peak()).max().orElse(0));
        assertNull(usage.total().email());
    }

    // ---------------------------------------------------------------- helpers

    /** An organisation of its own with an administrator and a user, under an e-mail domain of its own. */
    private record Team(Long organisation, String admin, String user, String domain) {}

    private Team newTeam() throws Exception {
        String domain = "@" + UUID.randomUUID() + ".example.com";
        // Sign-up makes the organisation and its administrator (the organisation repository works
        // only from the EJB module's context); the user joins it.
        signUpService.signUp(
                new NewAccount("Team Admin", "admin" + domain, PASSWORD.toCharArray(), "Team " + domain), null);
        transaction.begin();
        Organisation organisation = accounts.findByEmail("admin" + domain)
                .orElseThrow()
                .getOrganisation()
                .orElseThrow();
        accounts.store(new Account(
                "user-" + domain,
                "Team User",
                passwordHasher.hash(PASSWORD.toCharArray()),
                Role.USER,
                Instant.now(),
                organisation));
        transaction.commit();
        return new Team(organisation.getId(), "admin" + domain, "user-" + domain, domain);
    }

    private String signIn(String email, SessionIdHash hash, String userAgent, String ip) throws Exception {
        return registry.signedIn(email, hash, userAgent, ip).publicId();
    }

    /**
     * Asserts that the account has exactly one event of the type, in the given session and from
     * the given address (null: none), and returns it.
     */
    private ActivityEvent exactlyOne(String email, ActivityType type, String session, String ip) {
        List<ActivityEvent> found = activityLog.newestOf(email, type, 100);
        assertEquals(1, found.size(), type + " events: " + found.size());
        ActivityEvent event = found.get(0);
        assertEquals(session, event.getSessionPublicId(), type + " session");
        assertEquals(ip, event.getIpAddress(), type + " address");
        return event;
    }

    private long count(String email, ActivityType type) {
        return activityLog.newestOf(email, type, 100).size();
    }

    private long count(String email, ActivityType type, String ip) {
        return activityLog.newestOf(email, type, 100).stream()
                .filter(e -> ip.equals(e.getIpAddress()))
                .count();
    }

    private long countFor(Team team, ActivityFilter filter) {
        return reader.count(team.admin(), ActivityReader.Reach.ORGANISATION, filter);
    }

    private static SessionIdHash newHash() {
        return SessionIdHash.of(UUID.randomUUID().toString());
    }
}
