package no.samspill.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One entry in the cooperation log: when, with whom, a meeting or a decision, its topic and outcome,
 * and a follow-up date that Oversikt shows from the day it is due until it is marked done.
 */
public record CooperationMeeting(Long id, long municipalityId, LocalDate date, CooperationPartner partner, CooperationKind kind,
                                 String topic, String outcome, LocalDate followUp, boolean followUpDone) {

    public boolean followUpDue(LocalDate today) {
        return followUp != null && !followUpDone && !today.isBefore(followUp);
    }

    public void validate() {
        Checks.of().add("date", Checks.required(date))
                .add("partner", Checks.required(partner))
                .add("kind", Checks.required(kind))
                .add("topic", Checks.requiredText(topic, Checks.MAX_TITLE))
                .add("outcome", outcome != null && outcome.length() > 2000 ? Optional.of("validation.tooLong") : Optional.empty())
                .add("followUp", followUp != null && date != null && followUp.isBefore(date)
                        ? Optional.of("validation.followUpBeforeMeeting") : Optional.empty())
                .orThrow();
    }
}
