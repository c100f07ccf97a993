package com.activesessions.usage.application;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.activesessions.access.application.TestOrganisation;
import com.activesessions.accounts.domain.Account;
import com.activesessions.accounts.domain.Role;
import com.activesessions.accounts.domain.SessionLimits;
import com.activesessions.sessions.domain.Device;
import com.activesessions.sessions.domain.EndReason;
import com.activesessions.sessions.domain.SessionAccess;
import com.activesessions.sessions.domain.SessionIdHash;
import com.activesessions.sessions.domain.TrackedSession;
import com.activesessions.shared.application.NotAllowedException;
import com.activesessions.usage.domain.ConcurrentSessions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The usage report's sums, range and chart steps, without a server. */
class UsageReportTest {

    private static final Instant NOW = TestOrganisation.NOW; // 10:00 UTC
    private static final LocalDate TODAY = LocalDate.parse("2026-12-05");

    private final TestOrganisation org = new TestOrganisation();
    private final UsageReport report = new UsageReport(org.administrators, org.sessions, org.clock);
    private final Account administrator = org.member(Role.ADMIN);
    private final Account user = org.member(Role.USER);

    @Test
    void usageCountsSessionsTimeRequestsAndApiCallsPerUserAndForTheOrganisation() {
        TrackedSession laptop = session(user, NOW.minus(Duration.ofHours(3)));
        laptop.recordAccess(new SessionAccess(NOW.minus(Duration.ofHours(2)), 4, 4));
        laptop.end(EndReason.LOGGED_OUT, NOW.minus(Duration.ofHours(2)));
        session(user, NOW.minus(Duration.ofHours(1)));
        session(administrator, NOW.minus(Duration.ofMinutes(30)))
                .recordAccess(new SessionAccess(NOW.minus(Duration.ofMinutes(5)), 1, 0));

        UsageReport.Usage usage = report.of(administrator.getEmail(), TODAY, TODAY);

        UsageReport.Line users = usage.perUser().stream()
                .filter(line -> line.email().equals(user.getEmail()))
                .findFirst()
                .orElseThrow();
        assertEquals(new UsageReport.Line(user.getEmail(), user.getName(), 2, Duration.ofHours(2), 4, 4), users);
        assertEquals(Duration.ofHours(1), users.averageSessionTime());
        assertEquals(new UsageReport.Line(null, "Test Org", 3, Duration.ofMinutes(150), 5, 4), usage.total());
        assertEquals(Duration.ofMinutes(50), usage.total().averageSessionTime());
        assertEquals(2, usage.perUser().size());
    }

    @Test
    void withoutSessionsTheAverageIsZero() {
        UsageReport.Usage usage = report.of(administrator.getEmail(), TODAY, TODAY);

        assertEquals(0, usage.total().sessions());
        assertEquals(Duration.ZERO, usage.total().averageSessionTime());
        assertNull(usage.total().email());
        assertEquals(List.of(), usage.perUser());
    }

    @Test
    void aSessionSignedInBeforeTheRangeIsNotCountedButIsInTheChartWhileItWasOpen() {
        session(user, NOW.minus(Duration.ofDays(1)));

        UsageReport.Usage usage = report.of(administrator.getEmail(), TODAY, TODAY);

        assertEquals(0, usage.total().sessions());
        assertEquals(1, usage.concurrent().get(0).peak());
    }

    @Test
    void theChartOfARangeReachingIntoTheFutureEndsNowInQuarterHours() {
        session(user, NOW.minus(Duration.ofHours(1)));
        session(administrator, NOW.minus(Duration.ofMinutes(30)));

        UsageReport.Usage usage = report.of(administrator.getEmail(), TODAY, TODAY);

        assertEquals(Duration.ofMinutes(15), usage.step());
        assertEquals(40, usage.concurrent().size(), "00:00 to 10:00 in quarter hours");
        assertEquals(
                2,
                usage.concurrent().stream()
                        .mapToInt(ConcurrentSessions.Peak::peak)
                        .max()
                        .orElse(0));
        assertEquals(Instant.parse("2026-12-05T00:00:00Z"), usage.from());
        assertEquals(Instant.parse("2026-12-06T00:00:00Z"), usage.to());
    }

    @Test
    void aRangeWhollyInTheFutureHasNoChart() {
        assertEquals(
                List.of(),
                report.of(administrator.getEmail(), TODAY.plusDays(1), TODAY.plusDays(2))
                        .concurrent());
    }

    @Test
    void theChartsStepGrowsWithTheRangeToKeepAbout24To100Steps() {
        assertEquals(Duration.ofMinutes(15), UsageReport.stepFor(Duration.ofDays(1)));
        assertEquals(Duration.ofHours(1), UsageReport.stepFor(Duration.ofDays(1).plusSeconds(1)));
        assertEquals(Duration.ofHours(1), UsageReport.stepFor(Duration.ofDays(4)));
        assertEquals(Duration.ofHours(6), UsageReport.stepFor(Duration.ofDays(5)));
        assertEquals(Duration.ofHours(6), UsageReport.stepFor(Duration.ofDays(31)));
        assertEquals(Duration.ofDays(1), UsageReport.stepFor(Duration.ofDays(32)));
    }

    @Test
    void aRangeIsOneTo366DaysTheFirstNotAfterTheLast() {
        assertDoesNotThrow(() -> UsageReport.requireValidRange(TODAY, TODAY));
        assertDoesNotThrow(() -> UsageReport.requireValidRange(TODAY, TODAY.plusDays(365)));
        assertThrows(IllegalArgumentException.class, () -> UsageReport.requireValidRange(TODAY, TODAY.plusDays(366)));
        assertThrows(IllegalArgumentException.class, () -> UsageReport.requireValidRange(TODAY, TODAY.minusDays(1)));
        assertThrows(IllegalArgumentException.class, () -> UsageReport.requireValidRange(null, TODAY));
        assertThrows(
                IllegalArgumentException.class, () -> report.of(administrator.getEmail(), TODAY, TODAY.minusDays(1)));
    }

    @Test
    void onlyAnAccountThatMaySeeUsageGetsTheReport() {
        assertThrows(NotAllowedException.class, () -> report.of(user.getEmail(), TODAY, TODAY));
        assertEquals(
                "Test Org",
                report.of(org.member(Role.READ_ONLY).getEmail(), TODAY, TODAY)
                        .total()
                        .name());
    }

    private TrackedSession session(Account account, Instant signedIn) {
        return org.sessions.add(new TrackedSession(
                "session-" + signedIn + "-" + account.getPublicId(),
                SessionIdHash.of(signedIn + account.getEmail()),
                account,
                new Device("Firefox", "132", "Ubuntu", "Desktop", "Mozilla/5.0"),
                "192.0.2.30",
                signedIn,
                new SessionLimits(Duration.ofDays(2), Duration.ofDays(3))));
    }
}
