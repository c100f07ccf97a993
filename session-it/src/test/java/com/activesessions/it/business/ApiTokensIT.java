package com.activesessions.it.business;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.activesessions.access.application.Caller;
import com.activesessions.accounts.domain.Account;
import com.activesessions.accounts.domain.AccountRepository;
import com.activesessions.accounts.domain.Organisation;
import com.activesessions.accounts.domain.Role;
import com.activesessions.activity.domain.ActivityEvent;
import com.activesessions.activity.domain.ActivityLog;
import com.activesessions.activity.domain.ActivityType;
import com.activesessions.it.DatabaseScan;
import com.activesessions.it.Deployments;
import com.activesessions.organisations.application.UserAdministration;
import com.activesessions.passwords.application.SetPasswordLinks;
import com.activesessions.sessions.application.AllSessions;
import com.activesessions.sessions.application.SessionRegistry;
import com.activesessions.sessions.domain.SessionIdHash;
import com.activesessions.shared.application.InvalidFieldException;
import com.activesessions.tokens.application.ApiTokens;
import com.activesessions.tokens.application.IssuedToken;
import com.activesessions.tokens.application.TokenHolder;
import com.activesessions.tokens.application.UnknownTokenException;
import com.activesessions.tokens.domain.TokenScope;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Personal API tokens in the real Payara, on the real database: only the hash is kept, every use
 * is recorded with the token's id, and a revoked or expired token speaks for nobody.
 */
@ExtendWith(ArquillianExtension.class)
class ApiTokensIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.businessLayerWith(ApiTokensIT.class, DatabaseScan.class, OrganisationFixture.class);
    }

    @Inject
    private ApiTokens tokens;

    @Inject
    private OrganisationFixture fixture;

    @Inject
    private AllSessions allSessions;

    @Inject
    private UserAdministration users;

    @Inject
    private SetPasswordLinks setPasswordLinks;

    @Inject
    private SessionRegistry registry;

    @Inject
    private AccountRepository accounts;

    @Inject
    private ActivityLog activityLog;

    @Resource
    private UserTransaction transaction;

    @Resource(lookup = "java:comp/DefaultDataSource")
    private DataSource database;

    @Test
    void aTokenIsKeptOnlyAsTheHashOfItsSecret() throws Exception {
        Caller owner = newSignedInAccount();

        IssuedToken issued = tokens.issue(owner, "audit", TokenScope.READ, 30);

        assertTrue(issued.secret().startsWith(ApiTokens.PREFIX));
        assertFalse(databaseContains(issued.secret()), "the token's secret was written to the database");
    }

    @Test
    void everyUseOfATokenIsRecordedWithTheTokensIdAndAddress() throws Exception {
        Caller owner = newSignedInAccount();
        IssuedToken issued = tokens.issue(owner, "audit", TokenScope.READ, 30);

        Optional<TokenHolder> holder = tokens.authenticate(issued.secret(), "198.51.100.20", "GET /api/v1/sessions");

        assertTrue(holder.isPresent());
        assertEquals(owner.email(), holder.get().caller().email());
        assertEquals(issued.token().publicId(), holder.get().caller().token());
        assertEquals(TokenScope.READ, holder.get().scope());
        List<ActivityEvent> uses = activityLog.newestOf(owner.email(), ActivityType.API_TOKEN_USED, 10);
        assertEquals(1, uses.size());
        assertEquals("198.51.100.20", uses.get(0).getIpAddress());
        assertTrue(
                uses.get(0).getDetails().contains(issued.token().publicId()),
                uses.get(0).getDetails());
        assertTrue(
                uses.get(0).getDetails().contains("GET /api/v1/sessions"),
                uses.get(0).getDetails());
    }

    @Test
    void aRevokedTokenIsRefusedAndTheRefusalRecorded() throws Exception {
        Caller owner = newSignedInAccount();
        IssuedToken issued = tokens.issue(owner, "audit", TokenScope.READ_AND_END, 30);

        tokens.revoke(owner, issued.token().publicId());

        assertEquals(Optional.empty(), tokens.authenticate(issued.secret(), "198.51.100.21", "GET /api/v1/sessions"));
        assertEquals(
                1,
                activityLog
                        .newestOf(owner.email(), ActivityType.API_TOKEN_REVOKED, 10)
                        .size());
        List<ActivityEvent> refusals = activityLog.newestOf(owner.email(), ActivityType.API_TOKEN_REFUSED, 10);
        assertEquals(1, refusals.size());
        assertTrue(
                refusals.get(0).getDetails().contains("revoked"),
                refusals.get(0).getDetails());
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        Caller owner = newSignedInAccount();
        IssuedToken issued = tokens.issue(owner, "audit", TokenScope.READ, 1);
        expire(issued.token().publicId());

        assertEquals(Optional.empty(), tokens.authenticate(issued.secret(), "198.51.100.22", "GET /api/v1/sessions"));
        List<ActivityEvent> refusals = activityLog.newestOf(owner.email(), ActivityType.API_TOKEN_REFUSED, 10);
        assertEquals(1, refusals.size());
        assertTrue(
                refusals.get(0).getDetails().contains("expired"),
                refusals.get(0).getDetails());
    }

    @Test
    void aForgedTokenSpeaksForNobody() {
        assertEquals(
                Optional.empty(),
                tokens.authenticate(ApiTokens.PREFIX + "forged-" + UUID.randomUUID(), "198.51.100.23", "GET /"));
        assertEquals(Optional.empty(), tokens.authenticate("not-even-a-token", "198.51.100.23", "GET /"));
    }

    @Test
    void aTokenNeedsANameAScopeAndAValidityOfAtMostAYear() throws Exception {
        Caller owner = newSignedInAccount();

        assertEquals(
                "name",
                assertThrows(InvalidFieldException.class, () -> tokens.issue(owner, " ", TokenScope.READ, 30))
                        .field());
        assertEquals(
                "scope",
                assertThrows(InvalidFieldException.class, () -> tokens.issue(owner, "x", null, 30))
                        .field());
        assertEquals(
                "validDays",
                assertThrows(InvalidFieldException.class, () -> tokens.issue(owner, "x", TokenScope.READ, 366))
                        .field());
        assertEquals(List.of(), tokens.of(owner), "a refused token is not made");
    }

    @Test
    void someoneElsesTokenCannotBeRevoked() throws Exception {
        Caller owner = newSignedInAccount();
        Caller stranger = newSignedInAccount();
        IssuedToken issued = tokens.issue(owner, "audit", TokenScope.READ, 30);

        assertThrows(
                UnknownTokenException.class,
                () -> tokens.revoke(stranger, issued.token().publicId()));
        assertTrue(
                tokens.authenticate(issued.secret(), "198.51.100.24", "GET /").isPresent());
    }

    @Test
    void takingAnAccountBackRevokesItsTokensAndSaysWhy() throws Exception {
        Organisation organisation = fixture.organisation("Taking back");
        OrganisationFixture.Member administrator = fixture.member(organisation, Role.ADMIN);
        OrganisationFixture.Member ended = fixture.member(organisation, Role.USER);
        OrganisationFixture.Member reset = fixture.member(organisation, Role.USER);
        OrganisationFixture.Member disabled = fixture.member(organisation, Role.USER);
        String endedToken =
                tokens.issue(ended.caller(), "cron", TokenScope.READ, 30).secret();
        String resetToken =
                tokens.issue(reset.caller(), "cron", TokenScope.READ, 30).secret();
        String disabledToken =
                tokens.issue(disabled.caller(), "cron", TokenScope.READ, 30).secret();

        allSessions.endAllOf(administrator.caller(), ended.publicId());
        transaction.begin();
        String link = setPasswordLinks.open(accounts.findByEmail(reset.email()).orElseThrow());
        transaction.commit();
        setPasswordLinks.use(link, "a password chosen through the link".toCharArray(), "192.0.2.31");
        users.disable(administrator.caller(), disabled.publicId());

        assertEquals(Optional.empty(), tokens.authenticate(endedToken, "198.51.100.25", "GET /"));
        assertEquals(Optional.empty(), tokens.authenticate(resetToken, "198.51.100.25", "GET /"));
        assertEquals(Optional.empty(), tokens.authenticate(disabledToken, "198.51.100.25", "GET /"));
        assertTrue(revocationOf(ended.email()).contains("All sessions ended by " + administrator.email()));
        assertTrue(revocationOf(reset.email()).contains("Password set through a link"));
        assertTrue(revocationOf(disabled.email()).contains("Account disabled"));
    }

    private String revocationOf(String email) {
        List<ActivityEvent> revoked = activityLog.newestOf(email, ActivityType.API_TOKEN_REVOKED, 10);
        assertEquals(1, revoked.size(), email);
        return revoked.get(0).getDetails();
    }

    private Caller newSignedInAccount() throws Exception {
        String email = "it-" + UUID.randomUUID() + "@example.com";
        transaction.begin();
        accounts.store(new Account(email, "Token Test", "not-a-real-hash", Role.USER, Instant.now()));
        transaction.commit();
        SessionIdHash session = SessionIdHash.of(UUID.randomUUID().toString());
        registry.signedIn(email, session, "curl/8.5.0", "192.0.2.30");
        return new Caller(email, session, "192.0.2.30");
    }

    private void expire(String publicId) throws Exception {
        try (Connection connection = database.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE API_TOKEN SET CREATED_AT = ?, EXPIRES_AT = ? WHERE PUBLIC_ID = ?")) {
            update.setObject(1, java.sql.Timestamp.from(Instant.now().minusSeconds(7200)));
            update.setObject(2, java.sql.Timestamp.from(Instant.now().minusSeconds(60)));
            update.setString(3, publicId);
            assertEquals(1, update.executeUpdate());
        }
    }

    private boolean databaseContains(String text) throws Exception {
        return DatabaseScan.anyCellContains(database, text, "API_TOKEN", "ACTIVITY_EVENT");
    }
}
