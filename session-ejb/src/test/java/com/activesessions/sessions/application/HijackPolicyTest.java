package com.activesessions.sessions.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.activesessions.sessions.application.HijackSignal.Kind;
import com.activesessions.sessions.application.SessionPolicy.HijackPolicy;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class HijackPolicyTest {

    @Test
    void theDefaultPolicyEndsASessionForAnotherBrowserOnlyAndFlagsAnUpdateOrANewAddress() {
        assertEquals(List.of(Kind.ANOTHER_BROWSER), endedFor(HijackPolicy.END_ON_OTHER_BROWSER));
    }

    @Test
    void theStrictPolicyEndsASessionForEverySignal() {
        assertEquals(List.of(Kind.values()), endedFor(HijackPolicy.END));
    }

    @Test
    void theFlagPolicyEndsNone() {
        assertEquals(List.of(), endedFor(HijackPolicy.FLAG));
    }

    private static List<Kind> endedFor(HijackPolicy policy) {
        return Arrays.stream(Kind.values()).filter(policy::ends).toList();
    }
}
