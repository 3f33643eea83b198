package no.samspill.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.samspill.domain.Candidate;
import no.samspill.domain.CandidateRules;
import no.samspill.domain.CandidateStatus;
import no.samspill.domain.Gender;
import no.samspill.domain.NationalId;
import no.samspill.domain.Programme;
import no.samspill.domain.ReferralSource;
import no.samspill.domain.Violation;

/**
 * Reads each row into a candidate with the columns and words the user confirmed, and checks it by
 * the same rules as the candidate form. A row gets every problem it has, not only the first.
 */
final class RowReader {

    private final long municipalityId;
    private final ColumnMapping columns;
    private final ValueMapping values;
    private final boolean storesNationalId;
    private final LocalDate today;

    RowReader(long municipalityId, ColumnMapping columns, ValueMapping values, boolean storesNationalId, LocalDate today) {
        this.municipalityId = municipalityId;
        this.columns = columns;
        this.values = values;
        this.storesNationalId = storesNationalId;
        this.today = today;
    }

    ImportRow read(RawTable.Row row) {
        List<RowProblem> problems = new ArrayList<>();
        int n = row.number();
        String name = name(row);
        LocalDate birthDate = date(row, Field.BIRTH_DATE, problems);
        Integer birthYear = birthYear(row, birthDate, problems);
        LocalDate referred = date(row, Field.REFERRAL_DATE, problems);
        CandidateStatus status = mapped(row, Field.STATUS, CandidateStatus.class, CandidateStatus.REFERRED, problems);
        Gender gender = mapped(row, Field.GENDER, Gender.class, Gender.NOT_RECORDED, problems);
        Programme programme = mapped(row, Field.PROGRAMME, Programme.class, Programme.RECRUITMENT_THROUGH_INCLUSION, problems);
        Long navOffice = id(row, Field.NAV_OFFICE, problems);
        Long workplace = id(row, Field.WORKPLACE, problems);
        NationalId nationalId = null;
        String idText = text(row, Field.NATIONAL_ID);
        if (storesNationalId && !idText.isEmpty()) {
            nationalId = NationalId.parse(idText).orElse(null);
            if (nationalId == null) {
                problems.add(RowProblem.of(n, Field.NATIONAL_ID, "import.problem.nationalId"));
            }
        }
        Candidate c = new Candidate(null, municipalityId, name, blankToNull(text(row, Field.CONTACT)), birthYear == null ? 0 : birthYear,
                birthDate, gender, navOffice, referred, referred == null ? null : ReferralSource.NAV, workplace, programme, status,
                blankToNull(text(row, Field.NOTE)), null);
        if (birthYear != null) {
            for (Violation v : CandidateRules.violations(c, today)) {
                problems.add(new RowProblem(n, "audit.field." + v.field(), v.messageKey(), List.of()));
            }
        } else if (CandidateRules.checkName(name).isPresent()) {
            problems.add(new RowProblem(n, "audit.field.fullName", CandidateRules.checkName(name).get(), List.of()));
        }
        return new ImportRow(n, c, nationalId, problems);
    }

    private String name(RawTable.Row row) {
        if (columns.column(Field.FULL_NAME).isPresent()) {
            return text(row, Field.FULL_NAME);
        }
        return (text(row, Field.FIRST_NAME) + " " + text(row, Field.LAST_NAME)).strip();
    }

    private String text(RawTable.Row row, Field f) {
        return columns.column(f).map(row::cell).orElse("").strip();
    }

    private LocalDate date(RawTable.Row row, Field f, List<RowProblem> problems) {
        Optional<DateText.Result> r = DateText.parse(text(row, f), today);
        if (r.isPresent() && r.get().problem() != null) {
            problems.add(RowProblem.of(row.number(), f, r.get().problem(), text(row, f)));
            return null;
        }
        return r.map(DateText.Result::date).orElse(null);
    }

    private Integer birthYear(RawTable.Row row, LocalDate birthDate, List<RowProblem> problems) {
        String typed = text(row, Field.BIRTH_YEAR);
        if (!typed.isEmpty()) {
            if (typed.matches("\\d{4}")) {
                return Integer.valueOf(typed);
            }
            problems.add(RowProblem.of(row.number(), Field.BIRTH_YEAR, "import.problem.year", typed));
            return null;
        }
        if (birthDate != null) {
            return birthDate.getYear();
        }
        if (problems.stream().noneMatch(p -> p.fieldKey().equals("import.field." + Field.BIRTH_DATE.name()))) {
            problems.add(RowProblem.of(row.number(), Field.BIRTH_YEAR, "import.problem.birthYearMissing"));
        }
        return null;
    }

    private <E extends Enum<E>> E mapped(RawTable.Row row, Field f, Class<E> type, E otherwise, List<RowProblem> problems) {
        String word = text(row, f);
        if (word.isEmpty()) {
            return otherwise;
        }
        Optional<String> target = values.target(f, word);
        if (target.isEmpty()) {
            problems.add(RowProblem.of(row.number(), f, "import.problem.unknownWord", word));
            return otherwise;
        }
        return Enum.valueOf(type, target.get());
    }

    private Long id(RawTable.Row row, Field f, List<RowProblem> problems) {
        String word = text(row, f);
        if (word.isEmpty()) {
            return null;
        }
        Optional<String> target = values.target(f, word);
        if (target.isEmpty()) {
            problems.add(RowProblem.of(row.number(), f, "import.problem.unknownName", word));
            return null;
        }
        return Long.valueOf(target.get());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
