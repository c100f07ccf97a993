package com.activesessions.it.business;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.activesessions.access.application.RoleAdministration;
import com.activesessions.access.application.UnknownAccountException;
import com.activesessions.accounts.domain.Organisation;
import com.activesessions.accounts.domain.Role;
import com.activesessions.activity.domain.ActivityEvent;
import com.activesessions.activity.domain.ActivityLog;
import com.activesessions.activity.domain.ActivityType;
import com.activesessions.it.Deployments;
import com.activesessions.it.UserAgents;
import com.activesessions.it.business.OrganisationFixture.Member;
import com.activesessions.organisations.application.SupportDesk;
import com.activesessions.organisations.application.UserAdministration;
import com.activesessions.sessions.application.AllSessions;
import com.activesessions.sessions.application.SessionRegistry;
import com.activesessions.sessions.application.SessionSummary;
import com.activesessions.sessions.application.UnknownSessionException;
import com.activesessions.sessions.domain.SessionQuery;
import com.activesessions.sessions.domain.SessionSort;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two organisations in the real database: an administrator or support agent of one can neither
 * see nor end anything of the other. Each attempt is answered as if the thing did not exist, and
 * recorded as a refused access.
 */
@ExtendWith(ArquillianExtension.class)
class OrganisationIsolationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.businessLayerWith(
                OrganisationIsolationIT.class, OrganisationFixture.class, UserAgents.class);
    }

    @Inject
    private OrganisationFixture fixture;

    @Inject
    private AllSessions allSessions;

    @Inject
    private SupportDesk supportDesk;

    @Inject
    private UserAdministration users;

    @Inject
    private RoleAdministration roles;

    @Inject
    private SessionRegistry registry;

    @Inject
    private ActivityLog activityLog;

    private Member administrator;
    private Member support;
    private Member outsider;

    @BeforeEach
    void twoOrganisations() throws Exception {
        Organisation ours = fixture.organisation("Ours");
        Organisation theirs = fixture.organisation("Theirs");
        administrator = fixture.member(ours, Role.ADMIN);
        support = fixture.member(ours, Role.SUPPORT);
        fixture.member(ours, Role.USER);
        outsider = fixture.member(theirs, Role.USER);
    }

    @Test
    void anAdministratorsListingHoldsOnlyTheirOrganisationsSessionsWhateverTheFilter() {
        List<SessionSummary> listed = allSessions
                .page(administrator.caller(), SessionQuery.newest(0, 200))
                .sessions();
        List<SessionSummary> filteredByOutsider = allSessions
                .page(
                        administrator.caller(),
                        new SessionQuery(
                                outsider.email(), null, null, null, null, null, null, SessionSort.USER, true, 0, 200))
                .sessions();

        assertEquals(3, listed.size());
        assertTrue(listed.stream().noneMatch(session -> session.publicId().equals(outsider.sessionId())));
        assertEquals(List.of(), filteredByOutsider);
        assertEquals(3, allSessions.countsPerUser(administrator.caller(), 10).size());
    }

    @Test
    void endingAnotherOrganisationsSessionIsAnsweredAsUnknownAndRecorded() {
        UnknownSessionException foreign = assertThrows(
                UnknownSessionException.class, () -> allSessions.end(administrator.caller(), outsider.sessionId()));
        UnknownSessionException unknown = assertThrows(
                UnknownSessionException.class, () -> allSessions.end(administrator.caller(), "no-such-session"));

        assertEquals(unknown.getMessage(), foreign.getMessage());
        assertEquals(1, registry.activeSessionsOf(outsider.email()).size(), "the outsider's session was ended");
        assertRefusalRecorded(administrator, outsider.sessionId());
    }

    @Test
    void endingAllSessionsOfAnotherOrganisationsUserIsRefusedAndRecorded() {
        assertThrows(
                UnknownAccountException.class, () -> allSessions.endAllOf(administrator.caller(), outsider.publicId()));

        assertEquals(1, registry.activeSessionsOf(outsider.email()).size());
        assertRefusalRecorded(administrator, outsider.publicId());
    }

    @Test
    void disablingOrPromotingAnotherOrganisationsUserIsRefusedAndRecorded() {
        assertThrows(UnknownAccountException.class, () -> users.disable(administrator.caller(), outsider.publicId()));
        assertThrows(
                UnknownAccountException.class,
                () -> roles.assign(administrator.caller(), outsider.publicId(), Role.ADMIN.label()));

        assertEquals(1, registry.activeSessionsOf(outsider.email()).size());
        assertEquals(2, refusalsNaming(administrator, outsider.publicId()));
    }

    @Test
    void aSupportAgentCannotOpenAnotherOrganisationsUserByIdOrByEmail() {
        assertThrows(UnknownAccountException.class, () -> supportDesk.open(support.caller(), outsider.publicId()));
        assertThrows(UnknownAccountException.class, () -> supportDesk.openByEmail(support.caller(), outsider.email()));

        assertEquals(1, refusalsNaming(support, outsider.publicId()));
        assertEquals(1, refusalsNaming(support, outsider.email()));
        assertTrue(
                activityLog
                        .newestOf(outsider.email(), ActivityType.SUPPORT_VIEW, 10)
                        .isEmpty(),
                "a refused look was recorded as a support view");
    }

    private void assertRefusalRecorded(Member actor, String target) {
        assertEquals(1, refusalsNaming(actor, target), "no refused access naming " + target);
    }

    private long refusalsNaming(Member actor, String target) {
        return activityLog.newestOf(actor.email(), ActivityType.ACCESS_REFUSED, 100).stream()
                .map(ActivityEvent::getDetails)
                .filter(details -> details.contains(target))
                .count();
    }
}
