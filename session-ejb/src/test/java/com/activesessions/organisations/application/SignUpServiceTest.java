package com.activesessions.organisations.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.activesessions.access.application.TestOrganisation;
import com.activesessions.accounts.domain.Account;
import com.activesessions.accounts.domain.InMemoryOrganisations;
import com.activesessions.accounts.domain.Role;
import com.activesessions.activity.domain.ActivityEvent;
import com.activesessions.activity.domain.ActivityType;
import com.activesessions.passwords.domain.PlainPasswordHashes;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sign-up's rules, without a server: a new organisation and its administrator, or a word to the owner. */
class SignUpServiceTest {

    private static final char[] PASSWORD = "correct horse battery staple".toCharArray();

    private final TestOrganisation org = new TestOrganisation();
    private final InMemoryOrganisations organisations = new InMemoryOrganisations();
    private final PlainPasswordHashes passwordHashes = new PlainPasswordHashes();
    private final SignUpService signUp = new SignUpService(
            org.accounts,
            organisations,
            org.activity,
            passwordHashes,
            new TakenEmailNotice(org.activity, org.clock),
            org.clock);

    @Test
    void signingUpMakesTheAdministratorOfANewOrganisationAndRecordsIt() {
        signUp.signUp(new NewAccount(" Grace Hopper ", "Grace@Example.com", PASSWORD, "Navy Labs"), "192.0.2.20");

        Account account = org.accounts.findByEmail("grace@example.com").orElseThrow();
        assertEquals("Grace Hopper", account.getName());
        assertEquals(Role.ADMIN, account.getRole());
        assertEquals(organisations.all(), List.of(account.getOrganisation().orElseThrow()));
        assertEquals("Navy Labs", organisations.all().get(0).getName());
        assertEquals("hash of correct horse battery staple", account.getPasswordHash());
        ActivityEvent signedUp = org.activity.ofType(ActivityType.SIGNED_UP).get(0);
        assertEquals("Organisation: Navy Labs", signedUp.getDetails());
        assertEquals("192.0.2.20", signedUp.getIpAddress());
    }

    @Test
    void aTakenAddressWhateverItsCaseMakesNothingLeavesTheOwnerAsTheyWereAndTellsThem() {
        Account owner = org.member(Role.USER);
        String hashBefore = owner.getPasswordHash();

        signUp.signUp(
                new NewAccount("Someone Else", " " + owner.getEmail().toUpperCase() + " ", PASSWORD, "X"),
                "203.0.113.9");

        assertEquals(List.of(), organisations.all());
        assertEquals(hashBefore, owner.getPasswordHash());
        assertEquals(org.organisation, owner.getOrganisation().orElseThrow());
        ActivityEvent told = org.activity.newestOf(owner.getEmail(), 1).get(0);
        assertEquals(ActivityType.SIGN_UP_WITH_TAKEN_EMAIL, told.getType());
        assertEquals("203.0.113.9", told.getIpAddress());
        assertEquals(List.of(), org.activity.ofType(ActivityType.SIGNED_UP));
    }

    @Test
    void thePasswordIsHashedWhetherOrNotTheAddressIsTakenSoBothTakeAsLong() {
        Account owner = org.member(Role.USER);

        signUp.signUp(new NewAccount("New", "new@example.com", PASSWORD, "New Org"), null);
        signUp.signUp(new NewAccount("Copy", owner.getEmail(), PASSWORD, "Copy Org"), null);

        assertEquals(2, passwordHashes.hashed.size());
    }
}
