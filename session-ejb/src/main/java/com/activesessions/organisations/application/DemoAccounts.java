package com.activesessions.organisations.application;

import com.activesessions.accounts.domain.Account;
import com.activesessions.accounts.domain.AccountRepository;
import com.activesessions.accounts.domain.Organisation;
import com.activesessions.accounts.domain.OrganisationRepository;
import com.activesessions.accounts.domain.Role;
import com.activesessions.passwords.domain.PasswordHashes;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Gives an empty database two users and an administrator, all of one organisation, to try the
 * product with. It never
 * touches a database that already holds an account, and can be switched off with
 * {@code activesessions.demo-accounts.enabled=false}.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoAccounts {

    private static final Logger LOG = Logger.getLogger(DemoAccounts.class.getName());

    /** A demo account as printed for the person trying the product. */
    public record DemoAccount(String email, String name, Role role, String password) {}

    public static final String ORGANISATION = "Example Org";

    static final String ENABLED = "activesessions.demo-accounts.enabled";

    public static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("alice@example.com", "Alice Martin", Role.USER, "alice-demo-password"),
            new DemoAccount("bob@example.com", "Bob Okafor", Role.USER, "bob-demo-password"),
            new DemoAccount("admin@example.com", "Ada Admin", Role.ADMIN, "admin-demo-password"));

    private final AccountRepository accounts;
    private final OrganisationRepository organisations;
    private final PasswordHashes passwordHasher;
    private final Clock clock;
    private final Config config;

    /** The Enterprise Beans specification asks for it; the container injects through the other one. */
    public DemoAccounts() {
        this(null, null, null, null, null);
    }

    @Inject
    public DemoAccounts(
            AccountRepository accounts,
            OrganisationRepository organisations,
            PasswordHashes passwordHasher,
            Clock clock,
            Config config) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.passwordHasher = passwordHasher;
        this.clock = clock;
        this.config = config;
    }

    @Resource
    private UserTransaction transaction;

    /**
     * Creates the accounts in one transaction. The instances of a deployment group start at once:
     * where two both find no account, the unique e-mail lets one commit and rolls the other back.
     */
    @PostConstruct
    void createWhenEmpty() {
        if (!config.getOptionalValue(ENABLED, Boolean.class).orElse(true)) {
            return;
        }
        try {
            transaction.begin();
            boolean empty = accounts.count() == 0;
            if (empty) {
                create();
            }
            transaction.commit();
            if (empty) {
                ACCOUNTS.forEach(demo -> LOG.info(
                        () -> "[demo-account] " + demo.role().label() + ": " + demo.email() + " / " + demo.password()));
            }
        } catch (Exception notCreated) {
            rollBack();
            LOG.info(() -> "Demo accounts not created (another server of the group did, or the database refused): "
                    + notCreated);
        }
    }

    private void create() {
        Organisation organisation = new Organisation(ORGANISATION, clock.instant());
        organisations.store(organisation);
        for (DemoAccount demo : ACCOUNTS) {
            accounts.store(new Account(
                    demo.email(),
                    demo.name(),
                    passwordHasher.hash(demo.password().toCharArray()),
                    demo.role(),
                    clock.instant(),
                    organisation));
        }
    }

    private void rollBack() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (Exception ignored) {
            // nothing more to undo
        }
    }
}
