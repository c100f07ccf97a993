package com.activesessions.it.business;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import com.activesessions.passwords.application.SetPasswordLinks;
import com.activesessions.sessions.application.AllSessions;
import com.activesessions.sessions.domain.SessionQuery;
import com.activesessions.sessions.domain.SessionSort;
import com.activesessions.sessions.domain.SessionStatus;
import com.activesessions.shared.application.InvalidChangeException;
import com.activesessions.signin.application.Authenticator;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An organisation's administrators add people (who set their password through a one-time link)
 * and disable them; a support agent's look at a user is recorded in that user's activity.
 */
@ExtendWith(ArquillianExtension.class)
class UserAdministrationIT {

    private static final String PASSWORD = "a passphrase of my own";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.businessLayerWith(UserAdministrationIT.class, OrganisationFixture.class, UserAgents.class);
    }

    @Inject
    private OrganisationFixture fixture;

    @Inject
    private UserAdministration users;

    @Inject
    private SetPasswordLinks links;

    @Inject
    private Authenticator authenticator;

    @Inject
    private SupportDesk supportDesk;

    @Inject
    private AllSessions allSessions;

    @Inject
    private ActivityLog activityLog;

    private Organisation organisation;
    private Member administrator;

    @BeforeEach
    void anOrganisation() throws Exception {
        organisation = fixture.organisation("People Org");
        administrator = fixture.member(organisation, Role.ADMIN);
    }

    @Test
    void anAddedUserSetsTheirPasswordThroughTheLinkOnceAndSignsIn() throws Exception {
        String email = "new-" + UUID.randomUUID() + "@example.com";

        UserAdministration.AddedUser added = users.add(administrator.caller(), "New Person", email, "Support");

        assertTrue(
                authenticator.verify(email, PASSWORD.toCharArray()).isEmpty(), "signs in before choosing a password");
        assertThrows(InvalidChangeException.class, () -> links.use(added.token(), "short".toCharArray(), "192.0.2.50"));
        links.use(added.token(), PASSWORD.toCharArray(), "192.0.2.50");
        assertEquals(
                Set.of(Role.SUPPORT.group()),
                authenticator
                        .verify(email, PASSWORD.toCharArray())
                        .orElseThrow()
                        .groups());
        assertThrows(
                InvalidChangeException.class,
                () -> links.use(added.token(), "another passphrase".toCharArray(), "192.0.2.51"),
                "the link worked twice");
        assertEquals(
                List.of(ActivityType.PASSWORD_SET, ActivityType.USER_ADDED),
                activityLog.newestOf(email, 10).stream()
                        .map(ActivityEvent::getType)
                        .toList());
        assertTrue(users.users(administrator.caller()).stream()
                .anyMatch(user -> user.email().equals(email)));
    }

    @Test
    void disablingAUserEndsTheirSessionsAndAnAdministratorCannotDisableThemself() throws Exception {
        Member user = fixture.member(organisation, Role.USER);
        fixture.anotherSession(user);

        assertEquals(2, users.disable(administrator.caller(), user.publicId()).size());

        assertThrows(
                InvalidChangeException.class, () -> users.disable(administrator.caller(), administrator.publicId()));
        assertEquals(
                0,
                allSessions
                        .page(
                                administrator.caller(),
                                new SessionQuery(
                                        user.email(),
                                        null,
                                        null,
                                        null,
                                        SessionStatus.ACTIVE,
                                        null,
                                        null,
                                        SessionSort.CREATED_AT,
                                        false,
                                        0,
                                        20))
                        .total());
    }

    @Test
    void aSupportAgentsLookIsRecordedInTheUsersOwnActivityWithWhoLooked() throws Exception {
        Member agent = fixture.member(organisation, Role.SUPPORT);
        Member user = fixture.member(organisation, Role.USER);

        SupportDesk.SupportCase opened = supportDesk.open(agent.caller(), user.publicId());

        assertEquals(1, opened.activeSessions().size());
        ActivityEvent newest = activityLog.newestOf(user.email(), 1).get(0);
        assertEquals(ActivityType.SUPPORT_VIEW, newest.getType());
        assertTrue(newest.getDetails().contains(agent.email()), newest.getDetails());
        assertEquals("192.0.2.40", newest.getIpAddress());
        assertFalse(opened.activity().isEmpty());
    }
}
