package com.activesessions.mfa.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class RecoveryCodeTest {

    @Test
    void aRecoveryCodeIsTheSameWhateverItsCaseSpacesOrDashes() {
        assertEquals(RecoveryCode.hash("ABCD-EFGH-JKLM-NPQR"), RecoveryCode.hash(" abcd efgh-jklm npqr "));
    }

    @Test
    void onlyItsHashIsKept() {
        assertEquals(64, RecoveryCode.hash("ABCD-EFGH-JKLM-NPQR").length());
        assertNotEquals(RecoveryCode.hash("ABCD-EFGH-JKLM-NPQR"), RecoveryCode.hash("ABCD-EFGH-JKLM-NPQS"));
    }
}
