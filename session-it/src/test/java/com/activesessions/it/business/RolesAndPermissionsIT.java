package com.activesessions.it.business;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.activesessions.access.application.AccessControl;
import com.activesessions.access.application.AccessDeniedException;
import com.activesessions.access.application.RoleAdministration;
import com.activesessions.accounts.domain.Organisation;
import com.activesessions.accounts.domain.Permission;
import com.activesessions.accounts.domain.Role;
import com.activesessions.activity.domain.ActivityLog;
import com.activesessions.activity.domain.ActivityType;
import com.activesessions.it.Deployments;
import com.activesessions.it.UserAgents;
import com.activesessions.it.business.OrganisationFixture.Member;
import com.activesessions.organisations.application.OrganisationPolicy;
import com.activesessions.organisations.application.SupportDesk;
import com.activesessions.organisations.application.UserAdministration;
import com.activesessions.sessions.application.AllSessions;
import com.activesessions.sessions.application.SessionLogout;
import com.activesessions.sessions.application.SessionRegistry;
import com.activesessions.sessions.domain.SessionQuery;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every role against every action, through the services in the real Payara: what the table
 * below allows succeeds, everything else is refused with {@link AccessDeniedException} and the
 * refusal is recorded in the caller's activity.
 */
@ExtendWith(ArquillianExtension.class)
class RolesAndPermissionsIT {

    /** The actions of the issue, each done as a caller would through the services. */
    enum Action {
        VIEW_OWN,
        END_OWN,
        VIEW_ALL,
        END_ANY,
        MANAGE_USERS,
        MANAGE_ROLES,
        CHANGE_POLICY,
        VIEW_USAGE,
        VIEW_ACTIVITY_ALL,
        SUPPORT_VIEW
    }

    private static final String AUDITOR = "Session Auditor";

    /** Who may do what: the product's roles, and a custom role of sessions.view.own and sessions.view.all. */
    private static final Map<String, EnumSet<Action>> ALLOWED = new LinkedHashMap<>();

    static {
        ALLOWED.put(Role.ADMIN.label(), EnumSet.allOf(Action.class));
        ALLOWED.put(Role.USER.label(), EnumSet.of(Action.VIEW_OWN, Action.END_OWN));
        ALLOWED.put(
                Role.READ_ONLY.label(),
                EnumSet.of(Action.VIEW_OWN, Action.VIEW_ALL, Action.VIEW_USAGE, Action.VIEW_ACTIVITY_ALL));
        ALLOWED.put(Role.SUPPORT.label(), EnumSet.of(Action.VIEW_OWN, Action.END_OWN, Action.SUPPORT_VIEW));
        ALLOWED.put(AUDITOR, EnumSet.of(Action.VIEW_OWN, Action.VIEW_ALL));
    }

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.businessLayerWith(RolesAndPermissionsIT.class, OrganisationFixture.class, UserAgents.class);
    }

    @Inject
    private OrganisationFixture fixture;

    @Inject
    private SessionRegistry registry;

    @Inject
    private SessionLogout logout;

    @Inject
    private AllSessions allSessions;

    @Inject
    private UserAdministration users;

    @Inject
    private RoleAdministration roles;

    @Inject
    private OrganisationPolicy policy;

    @Inject
    private SupportDesk supportDesk;

    @Inject
    private AccessControl accessControl;

    @Inject
    private ActivityLog activityLog;

    @Test
    void everyRoleMayDoWhatItsPermissionsAllowAndIsRefusedAndRecordedForTheRest() throws Exception {
        Organisation organisation = fixture.organisation("Matrix Org");
        Member victim = fixture.member(organisation, Role.USER);
        Map<String, Member> members = new LinkedHashMap<>();
        members.put(Role.ADMIN.label(), fixture.member(organisation, Role.ADMIN));
        members.put(Role.USER.label(), fixture.member(organisation, Role.USER));
        members.put(Role.READ_ONLY.label(), fixture.member(organisation, Role.READ_ONLY));
        members.put(Role.SUPPORT.label(), fixture.member(organisation, Role.SUPPORT));
        members.put(
                AUDITOR,
                fixture.member(
                        organisation, AUDITOR, EnumSet.of(Permission.SESSIONS_VIEW_OWN, Permission.SESSIONS_VIEW_ALL)));

        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Member> role : members.entrySet()) {
            Member member = role.getValue();
            for (Action action : Action.values()) {
                boolean expected = ALLOWED.get(role.getKey()).contains(action);
                int refusalsBefore = refusalsOf(member);
                boolean allowed = attempt(action, member, victim);
                int recorded = refusalsOf(member) - refusalsBefore;
                if (allowed != expected || recorded != (expected ? 0 : 1)) {
                    wrong.add(role.getKey() + " × " + action + ": " + (allowed ? "allowed" : "refused") + ", "
                            + recorded + " refusal(s) recorded");
                }
            }
        }

        assertEquals(List.of(), wrong, "the role × action table does not hold");
    }

    @Test
    void aChangedRoleAppliesAtTheNextCallWithoutSigningInAgain() throws Exception {
        Organisation organisation = fixture.organisation("Promotion Org");
        Member administrator = fixture.member(organisation, Role.ADMIN);
        Member user = fixture.member(organisation, Role.USER);
        assertThrows(AccessDeniedException.class, () -> allSessions.page(user.caller(), SessionQuery.newest(0, 20)));

        roles.assign(administrator.caller(), user.publicId(), Role.READ_ONLY.label());

        assertTrue(allSessions.page(user.caller(), SessionQuery.newest(0, 20)).total() >= 2);
        assertThrows(AccessDeniedException.class, () -> logout.end(user.caller(), user.sessionId()));
    }

    /** @return whether the services let the member do it */
    private boolean attempt(Action action, Member member, Member victim) throws Exception {
        try {
            switch (action) {
                case VIEW_OWN -> registry.activeSessionsOf(member.caller());
                case END_OWN -> logout.end(member.caller(), fixture.anotherSession(member));
                case VIEW_ALL -> allSessions.page(member.caller(), SessionQuery.newest(0, 20));
                case END_ANY -> allSessions.end(member.caller(), fixture.anotherSession(victim));
                case MANAGE_USERS ->
                    users.add(member.caller(), "Added Person", "added-" + UUID.randomUUID() + "@example.com", "User");
                case MANAGE_ROLES ->
                    roles.define(
                            member.caller(),
                            "Role " + UUID.randomUUID().toString().substring(0, 8),
                            EnumSet.of(Permission.SESSIONS_VIEW_OWN));
                case CHANGE_POLICY -> policy.change(member.caller(), null, null);
                case VIEW_USAGE -> accessControl.require(member.caller(), Permission.USAGE_VIEW);
                case VIEW_ACTIVITY_ALL -> accessControl.require(member.caller(), Permission.ACTIVITY_VIEW_ALL);
                case SUPPORT_VIEW -> supportDesk.open(member.caller(), victim.publicId());
            }
            return true;
        } catch (AccessDeniedException refused) {
            return false;
        }
    }

    private int refusalsOf(Member member) {
        return activityLog
                .newestOf(member.email(), ActivityType.ACCESS_REFUSED, 1000)
                .size();
    }
}
