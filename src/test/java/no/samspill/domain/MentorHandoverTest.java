package no.samspill.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MentorHandoverTest {

    private static final LocalDate JAN = LocalDate.of(2026, 1, 10);
    private final MentorAssignment anne = new MentorAssignment(1L, 7, 100, "Anne", JAN, null);

    @Test
    void theFirstMentorIsSimplyAssigned() {
        MentorHandover.Plan plan = MentorHandover.plan(List.of(), 7, 100, "Anne", JAN);
        assertTrue(plan.ended().isEmpty());
        assertEquals(JAN, plan.started().start());
    }

    @Test
    void aHandoverEndsTheOpenAssignmentOnTheDayTheNewOneStarts() {
        LocalDate march = LocalDate.of(2026, 3, 1);
        MentorHandover.Plan plan = MentorHandover.plan(List.of(anne), 7, 200, "Bjørn", march);
        assertEquals(Optional.of(march), plan.ended().map(MentorAssignment::end));
        assertEquals(1L, plan.ended().orElseThrow().id());
        assertEquals(200, plan.started().mentorId());
        assertEquals(march, plan.started().start());
    }

    @Test
    void closedAssignmentsAreHistoryAndDoNotBlockANewMentor() {
        MentorAssignment closed = anne.endedOn(LocalDate.of(2026, 2, 1));
        assertEquals(Optional.empty(), MentorHandover.check(List.of(closed), 100L, LocalDate.of(2026, 4, 1)),
                "the same mentor may come back after a break");
        assertTrue(MentorHandover.plan(List.of(closed), 7, 100, "Anne", LocalDate.of(2026, 4, 1)).ended().isEmpty());
    }

    @Test
    void theSameMentorADateBeforeTheCurrentStartOrNothingAtAllIsRefused() {
        assertEquals(Optional.of("mentors.handover.sameMentor"), MentorHandover.check(List.of(anne), 100L, LocalDate.of(2026, 2, 1)));
        assertEquals(Optional.of("mentors.handover.beforeCurrent"), MentorHandover.check(List.of(anne), 200L, JAN.minusDays(1)));
        assertEquals(Optional.of("validation.required"), MentorHandover.check(List.of(anne), null, JAN));
        assertEquals(Optional.of("validation.required"), MentorHandover.check(List.of(anne), 200L, null));
        assertThrows(InvalidRecordException.class, () -> MentorHandover.plan(List.of(anne), 7, 100, "Anne", JAN));
        assertEquals(Optional.empty(), MentorHandover.check(List.of(anne), 200L, JAN), "a handover on the start day is allowed");
    }

    @Test
    void anAssignmentIsActiveFromItsStartToItsEndInclusive() {
        MentorAssignment closed = anne.endedOn(LocalDate.of(2026, 2, 1));
        assertTrue(closed.activeOn(JAN) && closed.activeOn(LocalDate.of(2026, 2, 1)));
        assertTrue(!closed.activeOn(JAN.minusDays(1)) && !closed.activeOn(LocalDate.of(2026, 2, 2)));
    }
}
