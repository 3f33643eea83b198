package no.samspill.ui.candidates;

import java.time.LocalDate;
import java.util.List;
import no.samspill.domain.Checks;
import no.samspill.domain.IncomePeriod;
import no.samspill.domain.IncomeSource;
import no.samspill.ui.common.Form;
import no.samspill.ui.common.FormField;

/** A period on a Nav benefit or a municipal wage being recorded or edited; the end, when given, is not before the start. */
public final class IncomeForm {

    public final Form form = new Form();
    public final FormField<IncomeSource> source;
    public final FormField<LocalDate> start;
    public final FormField<LocalDate> end;
    private final IncomePeriod original;

    /** {@code others} are the candidate's stored periods, so that a second period from the same source over the same days is pointed out. */
    IncomeForm(IncomePeriod p, List<IncomePeriod> others) {
        this.original = p;
        source = form.required(p.source());
        start = form.field(p.start(), Checks::required);
        end = form.field(p.end());
        form.rule(end, () -> Checks.notBefore(end.value(), start.value()));
        OverlapNotice.install(form, start, end, () -> others.stream().filter(o -> !o.id().equals(p.id()) && o.source() == source.value()),
                "notice.income.overlap");
    }

    public boolean isNew() {
        return original.id() == null;
    }

    IncomePeriod toRecord() {
        return new IncomePeriod(original.id(), original.candidateId(), source.value(), start.value(), end.value());
    }

    /** The record as it was opened, which the save must still find stored (none for a new one). */
    IncomePeriod seen() {
        return original.id() == null ? null : original;
    }
}
