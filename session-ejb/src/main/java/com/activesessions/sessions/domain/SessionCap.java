package com.activesessions.sessions.domain;

import java.util.List;
import java.util.Objects;

/**
 * The most sessions one account may have at once, and what a sign-in at that number does: it is
 * refused, or the account's oldest sessions end to make room for it. A cap of 0 is no cap.
 *
 * <pre>
 * SessionCap.Admission&lt;TrackedSession&gt; admission = new SessionCap(3, Policy.END_OLDEST).admit(active);
 * </pre>
 *
 * @param max the most sessions at once; 0 for no cap
 * @param policy what a sign-in at the cap does
 */
public record SessionCap(int max, Policy policy) {

    /** What happens when a sign-in would exceed the cap. */
    public enum Policy {
        /** The new sign-in is refused with a message. */
        REFUSE_NEW,
        /** The account's oldest session is ended to make room. */
        END_OLDEST
    }

    /**
     * What a sign-in may do.
     *
     * @param refused whether the sign-in is refused
     * @param toEnd the sessions to end first, so that with the new one the account is at the cap
     */
    public record Admission<S>(boolean refused, List<S> toEnd) {

        static <S> Admission<S> admitted(List<S> toEnd) {
            return new Admission<>(false, List.copyOf(toEnd));
        }

        static <S> Admission<S> refusal() {
            return new Admission<>(true, List.of());
        }
    }

    public SessionCap {
        Objects.requireNonNull(policy, "A cap needs a policy for when it is reached");
        if (max < 0) {
            throw new IllegalArgumentException("A cap is 0 (none) or more sessions");
        }
    }

    /** Whether there is a cap at all. */
    public boolean isOn() {
        return max > 0;
    }

    /**
     * Decides a sign-in of an account that has these active sessions.
     *
     * @param activeNewestFirst the account's active sessions, the newest first
     */
    public <S> Admission<S> admit(List<S> activeNewestFirst) {
        if (!isOn() || activeNewestFirst.size() < max) {
            return Admission.admitted(List.of());
        }
        if (policy == Policy.REFUSE_NEW) {
            return Admission.refusal();
        }
        return Admission.admitted(activeNewestFirst.subList(max - 1, activeNewestFirst.size()));
    }
}
