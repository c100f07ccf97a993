package com.activesessions.accounts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every built-in role may do, checked cell by cell against the table below: one test per role
 * and permission. A new role or permission fails {@link #theTableNamesEveryRoleAndEveryPermission}
 * until its row or column is written here.
 */
class RolePermissionsTest {

    /** x: the role holds the permission; -: it does not. */
    private static final String MATRIX = """
            permission          USER  ADMIN  READ_ONLY  SUPPORT
            sessions.view.own   x     x      x          x
            sessions.end.own    x     x      -          x
            sessions.view.all   -     x      x          -
            sessions.end.all    -     x      -          -
            activity.view.all   -     x      x          -
            users.manage        -     x      -          -
            roles.manage        -     x      -          -
            policy.manage       -     x      -          -
            usage.view          -     x      x          -
            support.view        -     x      -          x
            """;

    private static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");

    @ParameterizedTest(name = "{0} × {1}: {2}")
    @MethodSource("matrix")
    void aBuiltInRoleHoldsAPermissionExactlyWhereTheTableSaysSo(Role role, Permission permission, boolean held) {
        assertEquals(held, role.permissions().contains(permission));
        assertEquals(held, account(role, organisation()).holds(permission), "an account of an organisation");
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("matrix")
    void anAccountOfNoOrganisationHoldsOnlyItsRolesPermissionsOverItsOwnSessions(
            Role role, Permission permission, boolean held) {
        assertEquals(
                held && !permission.isOrganisationWide(), account(role, null).holds(permission));
    }

    @Test
    void theTableNamesEveryRoleAndEveryPermission() {
        List<String[]> rows = rows();

        assertEquals(
                Arrays.stream(Role.values()).map(Role::name).toList(),
                List.of(rows.get(0)).subList(1, rows.get(0).length));
        assertEquals(
                Arrays.stream(Permission.values()).map(Permission::key).collect(Collectors.toSet()),
                rows.stream().skip(1).map(row -> row[0]).collect(Collectors.toSet()));
    }

    @Test
    void onlyTheOwnSessionsPermissionsReachNoFurtherThanTheAccount() {
        assertEquals(
                EnumSet.of(Permission.SESSIONS_VIEW_OWN, Permission.SESSIONS_END_OWN),
                Arrays.stream(Permission.values())
                        .filter(permission -> !permission.isOrganisationWide())
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Permission.class))));
    }

    @Test
    void eachBuiltInRoleHasItsSecurityGroupAndLabel() {
        assertEquals(
                List.of("user/User", "admin/Administrator", "read-only/Read-only", "support/Support"),
                Arrays.stream(Role.values())
                        .map(role -> role.group() + "/" + role.label())
                        .toList());
    }

    static Stream<Arguments> matrix() {
        List<String[]> rows = rows();
        String[] roles = rows.get(0);
        return rows.stream()
                .skip(1)
                .flatMap(row -> Stream.iterate(1, column -> column < roles.length, column -> column + 1)
                        .map(column -> Arguments.of(
                                Role.valueOf(roles[column]), Permission.ofKey(row[0]), held(row[column]))));
    }

    private static boolean held(String cell) {
        return switch (cell) {
            case "x" -> true;
            case "-" -> false;
            default -> throw new IllegalArgumentException("A cell is x or -, not " + cell);
        };
    }

    private static List<String[]> rows() {
        return MATRIX.lines().map(line -> line.strip().split("\\s+")).toList();
    }

    private static Account account(Role role, Organisation organisation) {
        return new Account("someone@example.com", "Someone", "hash", role, NOW, organisation);
    }

    private static Organisation organisation() {
        return new Organisation("Matrix Org", NOW);
    }
}
