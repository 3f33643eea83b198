package no.samspill.ui.candidates;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import no.samspill.domain.Dated;
import no.samspill.ui.common.Form;
import no.samspill.ui.common.FormField;

/** The notice beside a period's start when a stored period of the same kind shares a day with it. */
final class OverlapNotice {

    private OverlapNotice() {
    }

    /** {@code sameKind}: the candidate's other stored periods of the kind now chosen in the form. */
    static void install(Form form, FormField<LocalDate> start, FormField<LocalDate> end, Supplier<Stream<? extends Dated>> sameKind,
                        String key) {
        form.notice(start, () -> sameKind.get().anyMatch(o -> o.overlapsPeriod(start.value(), end.value())) ? Optional.of(key) : Optional.empty());
    }
}
