package no.samspill.ui.candidates;

import java.time.LocalDate;
import java.util.List;
import no.samspill.domain.Checks;
import no.samspill.domain.MeasurePeriod;
import no.samspill.domain.NavMeasure;
import no.samspill.domain.Ref;
import no.samspill.ui.common.Form;
import no.samspill.ui.common.FormField;

/** A period in a Nav measure being recorded or edited; the end, when given, is not before the start. */
public final class MeasureForm {

    public final Form form = new Form();
    public final FormField<NavMeasure> measure;
    public final FormField<LocalDate> start;
    public final FormField<LocalDate> end;
    public final FormField<Ref> office;
    private final MeasurePeriod original;

    /** {@code others} are the candidate's stored periods, so that a second period of the same measure over the same days is pointed out. */
    MeasureForm(MeasurePeriod m, List<Ref> offices, List<MeasurePeriod> others) {
        this.original = m;
        measure = form.required(m.measure());
        start = form.field(m.start(), Checks::required);
        end = form.field(m.end());
        office = form.field(Ref.find(offices, m.navOfficeId()));
        form.rule(end, () -> Checks.notBefore(end.value(), start.value()));
        OverlapNotice.install(form, start, end, () -> others.stream().filter(o -> !o.id().equals(m.id()) && o.measure() == measure.value()),
                "notice.measure.overlap");
    }

    public boolean isNew() {
        return original.id() == null;
    }

    MeasurePeriod toRecord() {
        return new MeasurePeriod(original.id(), original.candidateId(), measure.value(), start.value(), end.value(),
                office.value() == null ? null : office.value().id());
    }

    /** The record as it was opened, which the save must still find stored (none for a new one). */
    MeasurePeriod seen() {
        return original.id() == null ? null : original;
    }
}
