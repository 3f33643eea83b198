package no.samspill.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What makes a candidate record acceptable. Each check returns the i18n key of its message, so the
 * form can show it beside the field and the repository can refuse the same record.
 */
public final class CandidateRules {

    public static final String FULL_NAME = "fullName";
    public static final String CONTACT = "contact";
    public static final String BIRTH_YEAR = "birthYear";
    public static final String BIRTH_DATE = "birthDate";
    public static final String REFERRAL_DATE = "referralDate";
    public static final String NOTE = "note";

    public static final int MAX_NAME = 200;
    public static final int MAX_CONTACT = 200;
    public static final int MAX_NOTE = 1000;
    /** Candidates are mostly 18–30; the range leaves room for others without admitting typos. */
    public static final int MIN_AGE = 14;
    public static final int MAX_AGE = 90;

    private CandidateRules() {
    }

    public static Optional<String> checkName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("validation.required");
        }
        if (name.strip().length() > MAX_NAME) {
            return Optional.of("validation.tooLong");
        }
        if (TextRules.hasControlCharacters(name)) {
            return Optional.of("validation.controlCharacters");
        }
        return Optional.empty();
    }

    public static Optional<String> checkOptionalText(String text, int max) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        if (text.strip().length() > max) {
            return Optional.of("validation.tooLong");
        }
        if (TextRules.hasUnstorableCharacters(text)) {
            return Optional.of("validation.controlCharacters");
        }
        return Optional.empty();
    }

    public static Optional<String> checkBirthYear(int year, LocalDate today) {
        int age = today.getYear() - year;
        if (age < MIN_AGE || age > MAX_AGE) {
            return Optional.of("validation.birthYear.range");
        }
        return Optional.empty();
    }

    public static Optional<String> checkBirthDate(LocalDate birthDate, int birthYear, LocalDate today) {
        if (birthDate == null) {
            return Optional.empty();
        }
        if (birthDate.isAfter(today)) {
            return Optional.of("validation.date.future");
        }
        if (birthDate.getYear() != birthYear) {
            return Optional.of("validation.birthDate.yearMismatch");
        }
        return Optional.empty();
    }

    public static Optional<String> checkReferralDate(LocalDate referralDate, LocalDate today) {
        if (referralDate != null && referralDate.isAfter(today)) {
            return Optional.of("validation.date.future");
        }
        return Optional.empty();
    }

    /** Every broken rule of a whole record, as the repository checks it before writing. */
    public static List<Violation> violations(Candidate c, LocalDate today) {
        List<Violation> out = new ArrayList<>();
        checkName(c.fullName()).ifPresent(k -> out.add(new Violation(FULL_NAME, k)));
        checkOptionalText(c.contact(), MAX_CONTACT).ifPresent(k -> out.add(new Violation(CONTACT, k)));
        checkBirthYear(c.birthYear(), today).ifPresent(k -> out.add(new Violation(BIRTH_YEAR, k)));
        checkBirthDate(c.birthDate(), c.birthYear(), today).ifPresent(k -> out.add(new Violation(BIRTH_DATE, k)));
        checkReferralDate(c.referralDate(), today).ifPresent(k -> out.add(new Violation(REFERRAL_DATE, k)));
        checkOptionalText(c.note(), MAX_NOTE).ifPresent(k -> out.add(new Violation(NOTE, k)));
        Checks.notFuture(c.informedDate(), today).ifPresent(k -> out.add(new Violation("informedDate", k)));
        if (c.gender() == null || c.programme() == null || c.status() == null) {
            out.add(new Violation("required", "validation.required"));
        }
        return out;
    }
}
