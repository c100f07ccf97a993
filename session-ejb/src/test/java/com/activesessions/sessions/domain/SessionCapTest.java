package com.activesessions.sessions.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.activesessions.sessions.domain.SessionCap.Admission;
import com.activesessions.sessions.domain.SessionCap.Policy;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The cap on sessions per account, under both policies, without a server. */
class SessionCapTest {

    /** An account's active sessions as the repository lists them: the newest first. */
    private static final List<String> THREE = List.of("newest", "middle", "oldest");

    @ParameterizedTest
    @EnumSource(Policy.class)
    void belowTheCapASignInIsAdmittedAndEndsNothingWhateverThePolicy(Policy policy) {
        Admission<String> admission = new SessionCap(4, policy).admit(THREE);

        assertFalse(admission.refused());
        assertEquals(List.of(), admission.toEnd());
    }

    @ParameterizedTest
    @EnumSource(Policy.class)
    void withoutACapEveryNumberOfSessionsIsAdmitted(Policy policy) {
        SessionCap none = new SessionCap(0, policy);

        assertFalse(none.isOn());
        assertEquals(new Admission<>(false, List.of()), none.admit(THREE));
    }

    @Test
    void atTheCapUnderRefuseNewTheSignInIsRefusedAndNoSessionEnds() {
        Admission<String> admission = new SessionCap(3, Policy.REFUSE_NEW).admit(THREE);

        assertTrue(admission.refused());
        assertEquals(List.of(), admission.toEnd());
    }

    @Test
    void atTheCapUnderEndOldestTheOldestSessionEndsToMakeRoom() {
        Admission<String> admission = new SessionCap(3, Policy.END_OLDEST).admit(THREE);

        assertFalse(admission.refused());
        assertEquals(List.of("oldest"), admission.toEnd());
    }

    @Test
    void overTheCapUnderEndOldestEnoughOldestSessionsEndThatWithTheNewOneTheAccountIsAtTheCap() {
        // The cap was lowered from 3 to 1 while the account had three sessions.
        Admission<String> admission = new SessionCap(1, Policy.END_OLDEST).admit(THREE);

        assertEquals(List.of("newest", "middle", "oldest"), admission.toEnd());
        assertEquals(
                List.of("middle", "oldest"),
                new SessionCap(2, Policy.END_OLDEST).admit(THREE).toEnd());
    }

    @Test
    void overTheCapUnderRefuseNewTheSignInIsRefusedAndTheSessionsAlreadyThereStay() {
        Admission<String> admission = new SessionCap(2, Policy.REFUSE_NEW).admit(THREE);

        assertTrue(admission.refused());
        assertEquals(List.of(), admission.toEnd());
    }

    @Test
    void theFirstSessionOfAnAccountIsAdmittedEvenUnderACapOfOne() {
        assertEquals(new Admission<>(false, List.of()), new SessionCap(1, Policy.REFUSE_NEW).admit(List.of()));
    }

    @Test
    void aCapIsZeroOrMoreAndHasAPolicy() {
        assertThrows(IllegalArgumentException.class, () -> new SessionCap(-1, Policy.REFUSE_NEW));
        assertThrows(NullPointerException.class, () -> new SessionCap(2, null));
    }
}
