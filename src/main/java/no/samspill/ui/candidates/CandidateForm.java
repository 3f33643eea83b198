package no.samspill.ui.candidates;

import java.time.LocalDate;
import no.samspill.domain.Gender;
import no.samspill.domain.Programme;
import no.samspill.domain.Ref;
import no.samspill.domain.ReferralSource;

/** A snapshot of what the form fields hold, to tell whether anything changed since loading. */
record CandidateForm(
        String fullName,
        String birthYear,
        LocalDate birthDate,
        Gender gender,
        String contact,
        Ref navOffice,
        LocalDate referralDate,
        ReferralSource referralSource,
        Ref workplace,
        Programme programme,
        String note,
        String nationalId,
        LocalDate informedDate) {
}
