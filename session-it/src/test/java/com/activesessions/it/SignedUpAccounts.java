package com.activesessions.it;

import com.activesessions.accounts.domain.AccountRepository;
import com.activesessions.organisations.application.NewAccount;
import com.activesessions.organisations.application.SignUpService;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.UUID;

/**
 * New accounts for the tests that run inside the server, made as sign-up makes them, each in an
 * organisation of its own. Through the service, which holds the persistence context: a repository
 * called straight from a test WAR may find none.
 */
public class SignedUpAccounts {

    public static final String PASSWORD = "correct horse battery staple";

    @Inject
    private SignUpService signUp;

    @Inject
    private AccountRepository accounts;

    @Resource
    private UserTransaction transaction;

    /** @return the new account's e-mail */
    public String newAccount() throws Exception {
        String email = "signed-up-" + UUID.randomUUID() + "@example.com";
        signUp.signUp(new NewAccount("Test Account", email, PASSWORD.toCharArray(), "Test Org"), "192.0.2.1");
        return email;
    }

    public long organisationOf(String email) throws Exception {
        transaction.begin();
        try {
            return accounts.findByEmail(email)
                    .orElseThrow()
                    .getOrganisation()
                    .orElseThrow()
                    .getId();
        } finally {
            transaction.commit();
        }
    }
}
