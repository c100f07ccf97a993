package com.activesessions.it.business;

import com.activesessions.application.Caller;
import com.activesessions.application.SessionRegistry;
import com.activesessions.domain.model.Account;
import com.activesessions.domain.model.AccountRepository;
import com.activesessions.domain.model.CustomRole;
import com.activesessions.domain.model.CustomRoleRepository;
import com.activesessions.domain.model.Organisation;
import com.activesessions.domain.model.OrganisationRepository;
import com.activesessions.domain.model.Permission;
import com.activesessions.domain.model.Role;
import com.activesessions.domain.model.SessionIdHash;
import com.activesessions.it.UserAgents;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
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
    private CustomRoleRepository customRoles;

    @Inject
    private SessionRegistry registry;

    @Resource
    private UserTransaction transaction;

    /** A new organisation, under a name no other test uses. */
    public Organisation organisation(String name) throws Exception {
        transaction.begin();
        Organisation organisation =
                new Organisation(name + " " + UUID.randomUUID().toString().substring(0, 8), Instant.now());
        organisations.store(organisation);
        transaction.commit();
        return organisation;
    }

    /** A new account of the organisation with a built-in role, signed in. */
    public Member member(Organisation organisation, Role role) throws Exception {
        return signedIn(store(organisation, role, null));
    }

    /** A new account of the organisation with a new role of the organisation's own, signed in. */
    public Member member(Organisation organisation, String roleName, Set<Permission> permissions) throws Exception {
        return signedIn(store(organisation, Role.USER, new CustomRoleSpec(roleName, permissions)));
    }

    private record CustomRoleSpec(String name, Set<Permission> permissions) {}

    /** Signs the member in once more, as from another device; gives the new session's public id. */
    public String anotherSession(Member member) throws Exception {
        return registry.signedIn(member.email(), newSessionId(), UserAgents.IPHONE, "198.51.100.30")
                .publicId();
    }

    private String store(Organisation organisation, Role role, CustomRoleSpec customRole) throws Exception {
        String email = role.group() + "-" + UUID.randomUUID() + "@example.com";
        transaction.begin();
        Organisation managed = organisations.find(organisation.getId()).orElseThrow();
        Account account = new Account(email, "Test " + role.label(), "not-a-real-hash", role, Instant.now(), managed);
        if (customRole != null) {
            CustomRole custom = new CustomRole(managed, customRole.name(), customRole.permissions(), Instant.now());
            customRoles.store(custom);
            account.assignRole(custom);
        }
        accounts.store(account);
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
