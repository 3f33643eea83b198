package no.samspill.ui.cooperation;

import java.time.LocalDate;
import java.util.Optional;
import no.samspill.domain.Checks;
import no.samspill.domain.CooperationKind;
import no.samspill.domain.CooperationMeeting;
import no.samspill.domain.CooperationPartner;
import no.samspill.ui.common.Form;
import no.samspill.ui.common.FormField;

/** An entry in the cooperation log being recorded or edited. */
public final class MeetingForm {

    public final Form form = new Form();
    public final FormField<LocalDate> date;
    public final FormField<CooperationPartner> partner;
    public final FormField<CooperationKind> kind;
    public final FormField<String> topic;
    public final FormField<String> outcome;
    public final FormField<LocalDate> followUp;
    public final FormField<Boolean> followUpDone;
    private final CooperationMeeting original;

    MeetingForm(CooperationMeeting m) {
        this.original = m;
        date = form.field(m.date(), Checks::required);
        partner = form.field(m.partner(), Checks::required);
        kind = form.field(m.kind(), Checks::required);
        topic = form.field(m.topic(), t -> Checks.requiredText(t, Checks.MAX_TITLE));
        outcome = form.field(m.outcome() == null ? "" : m.outcome(), t -> t != null && t.length() > 2000
                ? Optional.of("validation.tooLong") : Optional.empty());
        followUp = form.field(m.followUp(), d -> d != null && date.value() != null && d.isBefore(date.value())
                ? Optional.of("validation.followUpBeforeMeeting") : Optional.empty());
        followUpDone = form.field(m.followUpDone());
    }

    public boolean isNew() {
        return original.id() == null;
    }

    CooperationMeeting toRecord() {
        return new CooperationMeeting(original.id(), original.municipalityId(), date.value(), partner.value(), kind.value(), topic.value(),
                outcome.value(), followUp.value(), followUpDone.value());
    }

    /** The record as it was opened, which the save must still find stored (none for a new one). */
    CooperationMeeting seen() {
        return original.id() == null ? null : original;
    }
}
