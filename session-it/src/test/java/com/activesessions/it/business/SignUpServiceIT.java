package com.activesessions.it.business;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.activesessions.accounts.domain.Account;
import com.activesessions.accounts.domain.AccountRepository;
import com.activesessions.accounts.domain.Organisation;
import com.activesessions.accounts.domain.Role;
import com.activesessions.activity.domain.ActivityEvent;
import com.activesessions.activity.domain.ActivityLog;
import com.activesessions.activity.domain.ActivityType;
import com.activesessions.it.Deployments;
import com.activesessions.organisations.application.NewAccount;
import com.activesessions.organisations.application.SignUpService;
import com.activesessions.passwords.infrastructure.PasswordHasher;
import com.activesessions.signin.application.Authenticator;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sign-up in the real Payara, on the real database: what it stores, and what it does with an address
 * that has an account.
 */
@ExtendWith(ArquillianExtension.class)
class SignUpServiceIT {

    private static final String PASSWORD = "correct horse battery";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.businessLayerWith(SignUpServiceIT.class);
    }

    @Inject
    private SignUpService signUp;

    @Inject
    private Authenticator authenticator;

    @Inject
    private AccountRepository accounts;

    @Inject
    private ActivityLog activityLog;

    @Resource
    private UserTransaction transaction;

    @Test
    void aPasswordIsStoredAsAPbkdf2HashOfSixHundredThousandRoundsWithASaltOfItsOwn() throws Exception {
        String first = newEmail();
        String second = newEmail();

        signUp.signUp(new NewAccount("Ada", first, PASSWORD.toCharArray(), "Engines"), "192.0.2.21");
        signUp.signUp(new NewAccount("Ada", second, PASSWORD.toCharArray(), "Engines"), "192.0.2.21");

        transaction.begin();
        try {
            String[] one =
                    accounts.findByEmail(first).orElseThrow().getPasswordHash().split(":");
            String[] other =
                    accounts.findByEmail(second).orElseThrow().getPasswordHash().split(":");
            assertEquals(
                    List.of("PBKDF2WithHmacSHA256", Integer.toString(PasswordHasher.ITERATIONS)),
                    List.of(one[0], one[1]));
            assertEquals(600_000, PasswordHasher.ITERATIONS, "OWASP's figure for PBKDF2-HMAC-SHA256");
            assertEquals(4, one.length, "algorithm, rounds, salt, hash");
            assertFalse(one[2].equals(other[2]), "two accounts share a salt");
            assertFalse(one[3].equals(other[3]), "one password hashes the same for two accounts");
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void signingUpMakesTheAdministratorOfANewOrganisationWhoCanSignInAndRecordsIt() throws Exception {
        String email = newEmail();

        signUp.signUp(new NewAccount("Grace Hopper", email, PASSWORD.toCharArray(), "Navy Labs"), "192.0.2.20");

        assertTrue(authenticator.verify(email, PASSWORD.toCharArray()).isPresent());
        transaction.begin();
        try {
            Account account = accounts.findByEmail(email).orElseThrow();
            assertEquals("Grace Hopper", account.getName());
            assertEquals(Role.ADMIN, account.getRole());
            assertEquals(
                    "Navy Labs",
                    account.getOrganisation().map(Organisation::getName).orElse(null));
            assertFalse(account.getPasswordHash().contains(PASSWORD), "the password is stored as it was typed");
            List<ActivityEvent> events = activityLog.newestOf(email, 10);
            assertEquals(
                    List.of(ActivityType.SIGNED_UP),
                    events.stream().map(ActivityEvent::getType).toList());
            assertEquals("192.0.2.20", events.get(0).getIpAddress());
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void aTakenAddressWhateverItsCaseMakesNothingLeavesTheOwnerAsTheyWereAndRecordsTheAttemptForThem()
            throws Exception {
        String email = newEmail();
        signUp.signUp(new NewAccount("First Owner", email, PASSWORD.toCharArray(), "First Org"), "192.0.2.21");
        NewAccount second =
                new NewAccount("Someone Else", " " + email.toUpperCase() + " ", "another password!".toCharArray(), "X");

        signUp.signUp(second, "203.0.113.9");

        assertTrue(authenticator.verify(email, PASSWORD.toCharArray()).isPresent());
        assertTrue(authenticator.verify(email, second.password()).isEmpty());
        transaction.begin();
        try {
            Account owner = accounts.findByEmail(email).orElseThrow();
            assertEquals("First Owner", owner.getName());
            assertEquals(
                    "First Org",
                    owner.getOrganisation().map(Organisation::getName).orElse(null));
            List<ActivityEvent> events = activityLog.newestOf(email, 10);
            assertEquals(
                    List.of(ActivityType.SIGN_UP_WITH_TAKEN_EMAIL, ActivityType.SIGNED_UP),
                    events.stream().map(ActivityEvent::getType).toList());
            assertEquals("203.0.113.9", events.get(0).getIpAddress());
        } finally {
            transaction.rollback();
        }
    }

    private static String newEmail() {
        return "signup-" + UUID.randomUUID() + "@example.com";
    }
}
