package com.activesessions.it.business;

import com.activesessions.access.application.Caller;
import com.activesessions.access.application.RoleAdministration;
import com.activesessions.accounts.domain.Account;
import com.activesessions.accounts.domain.AccountRepository;
import com.activesessions.accounts.domain.Organisation;
import com.activesessions.accounts.domain.OrganisationRepository;
import com.activesessions.accounts.domain.Permission;
import com.activesessions.accounts.domain.Role;
import com.activesessions.it.UserAgents;
import com.activesessions.organisations.application.NewAccount;
import com.activesessions.organisations.application.SignUpService;
import com.activesessions.sessions.application.SessionRegistry;
import com.activesessions.sessions.domain.SessionIdHash;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Makes organisations and accounts of any role in the real database, and signs them in, for the
 * tests of what each role may do and of isolation between organisations.
 */
@Dependent
public class OrganisationFixture {

    /** An account of a test organisation, signed in on one session. */
    public record Member(String email, String publicId, Caller caller, String sessionId) {}

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private AccountRepository accounts;

    @Inject
    private SignUpService signUp;

    @Inject
    private RoleAdministration roles;

    private final Map<Long, Caller> founders = new HashMap<>();

    @Inject
    private SessionRegistry registry;

    @Resource
    private UserTransaction transaction;

    /**
     * A new organisation, under a name no other test uses, started as a person signing up starts
     * one (the application's own beans then write it, in the business layer's context). Its
     * founder, its administrator, has no session.
     */
    public Organisation organisation(String name) throws Exception {
        String founder = "founder-" + UUID.randomUUID() + "@example.com";
        signUp.signUp(
                new NewAccount("Founder", founder, "founder passphrase".toCharArray(), name + " " + UUID.randomUUID()),
                "192.0.2.39");
        transaction.begin();
        Organisation organisation =
                accounts.findByEmail(founder).orElseThrow().getOrganisation().orElseThrow();
        transaction.commit();
        founders.put(organisation.getId(), new Caller(founder, newSessionId(), "192.0.2.39"));
        return organisation;
    }

    /** A new account of the organisation with a built-in role, signed in. */
    public Member member(Organisation organisation, Role role) throws Exception {
        return signedIn(store(organisation, role));
    }

    /**
     * A new account of the organisation with a new role of the organisation's own, signed in;
     * the organisation's founder defines the role and gives it.
     */
    public Member member(Organisation organisation, String roleName, Set<Permission> permissions) throws Exception {
        Caller founder = founders.get(organisation.getId());
        roles.define(founder, roleName, permissions);
        String email = store(organisation, Role.USER);
        roles.assign(founder, accounts.findByEmail(email).orElseThrow().getPublicId(), roleName);
        return signedIn(email);
    }

    /** Signs the member in once more, as from another device; gives the new session's public id. */
    public String anotherSession(Member member) throws Exception {
        return registry.signedIn(member.email(), newSessionId(), UserAgents.IPHONE, "198.51.100.30")
                .publicId();
    }

    private String store(Organisation organisation, Role role) throws Exception {
        String email = role.group() + "-" + UUID.randomUUID() + "@example.com";
        transaction.begin();
        Organisation managed = organisations.find(organisation.getId()).orElseThrow();
        accounts.store(new Account(email, "Test " + role.label(), "not-a-real-hash", role, Instant.now(), managed));
        transaction.commit();
        return email;
    }

    private Member signedIn(String email) throws Exception {
        SessionIdHash session = newSessionId();
        String sessionId = registry.signedIn(email, session, UserAgents.FIREFOX, "192.0.2.40")
                .publicId();
        return new Member(
                email,
                accounts.findByEmail(email).orElseThrow().getPublicId(),
                new Caller(email, session, "192.0.2.40"),
                sessionId);
    }

    private static SessionIdHash newSessionId() {
        return SessionIdHash.of(UUID.randomUUID().toString());
    }
}
