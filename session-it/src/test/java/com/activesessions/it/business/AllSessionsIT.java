package com.activesessions.it.business;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.activesessions.accounts.domain.Organisation;
import com.activesessions.accounts.domain.Role;
import com.activesessions.it.Deployments;
import com.activesessions.it.UserAgents;
import com.activesessions.it.business.OrganisationFixture.Member;
import com.activesessions.sessions.application.AllSessions;
import com.activesessions.sessions.application.SessionPage;
import com.activesessions.sessions.application.SessionSummary;
import com.activesessions.sessions.domain.EndReason;
import com.activesessions.sessions.domain.SessionQuery;
import com.activesessions.sessions.domain.SessionSort;
import com.activesessions.sessions.domain.SessionStatus;
import com.activesessions.sessions.domain.UserSessionCount;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** All Sessions straight from the database: pages, orders, filters, counts per user, ending. */
@ExtendWith(ArquillianExtension.class)
class AllSessionsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.businessLayerWith(AllSessionsIT.class, OrganisationFixture.class, UserAgents.class);
    }

    @Inject
    private OrganisationFixture fixture;

    @Inject
    private AllSessions allSessions;

    private Member administrator;
    private Member busy;

    @BeforeEach
    void anOrganisationWithSevenSessions() throws Exception {
        Organisation organisation = fixture.organisation("Paging Org");
        administrator = fixture.member(organisation, Role.ADMIN);
        busy = fixture.member(organisation, Role.USER);
        for (int i = 0; i < 4; i++) {
            fixture.anotherSession(busy);
        }
        fixture.member(organisation, Role.USER);
    }

    @Test
    void pagesFollowEachOtherWithoutGapsAndCountEveryMatch() {
        SessionPage first = page(query(null, null, null, null, SessionSort.CREATED_AT, false, 0, 4));
        SessionPage second = page(query(null, null, null, null, SessionSort.CREATED_AT, false, 4, 4));

        assertEquals(7, first.total());
        assertEquals(4, first.sessions().size());
        assertEquals(3, second.sessions().size());
        List<Instant> created = Stream.concat(first.sessions().stream(), second.sessions().stream())
                .map(SessionSummary::createdAt)
                .toList();
        assertEquals(created.stream().sorted(Comparator.reverseOrder()).toList(), created, "newest first");
        assertEquals(7, created.size());
    }

    @Test
    void sortingByUserOrdersByEmailAddress() {
        List<String> emails = page(query(null, null, null, null, SessionSort.USER, true, 0, 20)).sessions().stream()
                .map(session -> session.owner().email())
                .toList();

        assertEquals(emails.stream().sorted().toList(), emails);
    }

    @Test
    void filtersByUserAddressDeviceStatusAndDateMatchOnlyWhatTheySay() throws Exception {
        allSessions.end(administrator.caller(), busy.sessionId());

        assertEquals(
                5,
                page(query(busy.email().substring(0, 12).toUpperCase(), null, null, null))
                        .total());
        assertEquals(4, page(query(null, "198.51.100.", null, null)).total());
        assertEquals(4, page(query(null, null, "iOS", null)).total());
        assertEquals(3, page(query(null, null, "firefox", null)).total());
        assertEquals(
                1, page(query(busy.email(), null, null, SessionStatus.ENDED)).total());
        assertEquals(
                EndReason.ENDED_BY_ADMINISTRATOR,
                page(query(null, null, null, SessionStatus.ENDED))
                        .sessions()
                        .get(0)
                        .endReason());
        Instant now = Instant.now();
        assertEquals(
                7,
                page(dated(now.minus(1, ChronoUnit.HOURS), now.plus(1, ChronoUnit.HOURS)))
                        .total());
        assertEquals(
                0,
                page(dated(now.minus(3, ChronoUnit.DAYS), now.minus(2, ChronoUnit.DAYS)))
                        .total());
    }

    @Test
    void aFilterIsTextToMatchNeverPartOfTheQuery() {
        assertEquals(0, page(query("%", null, null, null)).total());
        assertEquals(0, page(query("' OR '1'='1", null, null, null)).total());
        assertEquals(0, page(query(null, "_", null, null)).total());
    }

    @Test
    void countsPerUserPutTheBusiestFirstAndEndingAllOfAUsersSessionsEndsThem() throws Exception {
        List<UserSessionCount> counts = allSessions.countsPerUser(administrator.caller(), 10);
        assertEquals(busy.email(), counts.get(0).email());
        assertEquals(5, counts.get(0).activeSessions());

        assertEquals(
                5, allSessions.endAllOf(administrator.caller(), busy.publicId()).size());

        assertTrue(allSessions.countsPerUser(administrator.caller(), 10).stream()
                .noneMatch(count -> count.email().equals(busy.email())));
    }

    private SessionPage page(SessionQuery query) {
        return allSessions.page(administrator.caller(), query);
    }

    private static SessionQuery query(String user, String ip, String device, SessionStatus status) {
        return query(user, ip, device, status, SessionSort.CREATED_AT, false, 0, 20);
    }

    private static SessionQuery dated(Instant from, Instant to) {
        return new SessionQuery(null, null, null, null, null, from, to, SessionSort.CREATED_AT, false, 0, 20);
    }

    private static SessionQuery query(
            String user,
            String ip,
            String device,
            SessionStatus status,
            SessionSort sort,
            boolean ascending,
            int first,
            int size) {
        return new SessionQuery(user, ip, device, null, status, null, null, sort, ascending, first, size);
    }
}
