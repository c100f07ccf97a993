package com.activesessions.access.application;

import com.activesessions.accounts.domain.Account;
import com.activesessions.accounts.domain.CustomRole;
import com.activesessions.accounts.domain.InMemoryAccounts;
import com.activesessions.accounts.domain.InMemoryCustomRoles;
import com.activesessions.accounts.domain.Organisation;
import com.activesessions.accounts.domain.Permission;
import com.activesessions.accounts.domain.Role;
import com.activesessions.activity.domain.InMemoryActivityLog;
import com.activesessions.sessions.domain.InMemorySessions;
import com.activesessions.sessions.domain.SessionIdHash;
import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An organisation for the tests of the application services, without a server: its accounts,
 * custom roles, sessions and activity log in memory, a stopped clock, and the access control and
 * administrators' check built on them as the container builds them. Another organisation is a
 * call away, for the tests of its border.
 */
public final class TestOrganisation {

    public static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
    public static final String ADDRESS = "192.0.2.40";

    private static final AtomicLong KEYS = new AtomicLong();

    public final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    public final InMemoryAccounts accounts = new InMemoryAccounts();
    public final InMemoryCustomRoles customRoles = new InMemoryCustomRoles();
    public final InMemorySessions sessions = new InMemorySessions();
    public final InMemoryActivityLog activity = new InMemoryActivityLog();
    public final AccessControl accessControl =
            new AccessControl(accounts, activity, new CallerSessions(sessions), clock);
    public final Administrators administrators = new Administrators(accounts);
    public final Organisation organisation = organisation("Test Org");

    private int members;

    /** A new account of this organisation with a built-in role. */
    public Account member(Role role) {
        return member(organisation, role);
    }

    /** A new account of this organisation with a custom role of these permissions. */
    public Account member(String roleName, Set<Permission> permissions) {
        CustomRole role = new CustomRole(organisation, roleName, permissions, NOW);
        customRoles.store(role);
        Account account = member(Role.USER);
        account.assignRole(role);
        return account;
    }

    /** A new account of another organisation, kept in the same repositories. */
    public Account outsider(Role role) {
        return member(organisation("Other Org"), role);
    }

    /** The account calling from a session of its own. */
    public static Caller caller(Account account) {
        return new Caller(account.getEmail(), SessionIdHash.of("session of " + account.getEmail()), ADDRESS);
    }

    private Account member(Organisation of, Role role) {
        members++;
        String email = role.group() + "-" + members + "@"
                + of.getName().replace(' ', '-').toLowerCase() + ".example";
        return accounts.add(new Account(email, "Member " + members, "hash", role, NOW, of));
    }

    /** An organisation as the database gives it back, with a key of its own. */
    private static Organisation organisation(String name) {
        Organisation organisation = new Organisation(name, NOW);
        try {
            Field key = Organisation.class.getDeclaredField("id");
            key.setAccessible(true);
            key.set(organisation, KEYS.incrementAndGet());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return organisation;
    }
}
