package no.samspill.domain;

import java.time.LocalDate;

/**
 * A person recruited into the programme, with the fewest personal fields the work needs:
 * birth year always, birth date only where it is needed, contact and note optional.
 * {@code id} is null until saved; references to other records are nullable ids.
 */
public record Candidate(
        Long id,
        long municipalityId,
        String fullName,
        String contact,
        int birthYear,
        LocalDate birthDate,
        Gender gender,
        Long navOfficeId,
        LocalDate referralDate,
        ReferralSource referralSource,
        Long mainWorkplaceId,
        Programme programme,
        CandidateStatus status,
        String note,
        LocalDate informedDate) {

    public boolean isNew() {
        return id == null;
    }

    public Candidate withId(long newId) {
        return new Candidate(newId, municipalityId, fullName, contact, birthYear, birthDate, gender,
                navOfficeId, referralDate, referralSource, mainWorkplaceId, programme, status, note, informedDate);
    }

    public Candidate withStatus(CandidateStatus newStatus) {
        return new Candidate(id, municipalityId, fullName, contact, birthYear, birthDate, gender,
                navOfficeId, referralDate, referralSource, mainWorkplaceId, programme, newStatus, note, informedDate);
    }

    public Candidate withMainWorkplace(Long workplaceId) {
        return new Candidate(id, municipalityId, fullName, contact, birthYear, birthDate, gender,
                navOfficeId, referralDate, referralSource, workplaceId, programme, status, note, informedDate);
    }
}
