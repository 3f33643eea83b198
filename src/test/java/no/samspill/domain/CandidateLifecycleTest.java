package no.samspill.domain;

import static no.samspill.domain.CandidateStatus.ACTIVE;
import static no.samspill.domain.CandidateStatus.ENDED;
import static no.samspill.domain.CandidateStatus.IN_JOB;
import static no.samspill.domain.CandidateStatus.IN_QUALIFICATION;
import static no.samspill.domain.CandidateStatus.REFERRED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CandidateLifecycleTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final List<StatusChange> REFERRED_IN_MAY = List.of(new StatusChange(REFERRED, LocalDate.of(2026, 5, 2), null));

    @Test
    void referredCanOnlyStartOrEnd() {
        assertTrue(CandidateLifecycle.canMove(REFERRED, ACTIVE));
        assertTrue(CandidateLifecycle.canMove(REFERRED, ENDED));
        assertFalse(CandidateLifecycle.canMove(REFERRED, IN_JOB));
        assertFalse(CandidateLifecycle.canMove(REFERRED, IN_QUALIFICATION));
    }

    @Test
    void openStagesMoveFreelyButNeverBackToReferred() {
        assertTrue(CandidateLifecycle.canMove(ACTIVE, IN_QUALIFICATION));
        assertTrue(CandidateLifecycle.canMove(IN_QUALIFICATION, IN_JOB));
        assertTrue(CandidateLifecycle.canMove(IN_JOB, IN_QUALIFICATION));
        assertTrue(CandidateLifecycle.canMove(IN_JOB, ENDED));
        assertFalse(CandidateLifecycle.canMove(IN_JOB, REFERRED));
        assertFalse(CandidateLifecycle.canMove(ACTIVE, ACTIVE));
    }

    @Test
    void endedComesBackOnlyAsActive() {
        assertTrue(CandidateLifecycle.canMove(ENDED, ACTIVE));
        assertFalse(CandidateLifecycle.canMove(ENDED, IN_JOB));
    }

    @Test
    void endingNeedsAReasonAndADateInOrder() {
        assertEquals(Optional.of("lifecycle.reasonRequired"),
                CandidateLifecycle.check(REFERRED_IN_MAY, new StatusChange(ENDED, TODAY, null), TODAY));
        assertEquals(Optional.empty(),
                CandidateLifecycle.check(REFERRED_IN_MAY, new StatusChange(ENDED, TODAY, EndReason.MOVED), TODAY));
        assertEquals(Optional.of("lifecycle.beforePrevious"),
                CandidateLifecycle.check(REFERRED_IN_MAY, new StatusChange(ACTIVE, LocalDate.of(2026, 5, 1), null), TODAY));
        assertEquals(Optional.of("validation.date.future"),
                CandidateLifecycle.check(REFERRED_IN_MAY, new StatusChange(ACTIVE, TODAY.plusDays(1), null), TODAY));
        assertEquals(Optional.of("lifecycle.reasonOnlyWhenEnded"),
                CandidateLifecycle.check(REFERRED_IN_MAY, new StatusChange(ACTIVE, TODAY, EndReason.ORDINARY_JOB), TODAY));
        assertEquals(Optional.of("lifecycle.notAllowed"),
                CandidateLifecycle.check(REFERRED_IN_MAY, new StatusChange(IN_JOB, TODAY, null), TODAY));
    }
}
