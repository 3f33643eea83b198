package no.samspill.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as spreadsheets hold them: Norwegian d.m.yy and dd.mm.yyyy (also with "/" or "-"), and ISO
 * yyyy-mm-dd. A two-digit year is this century unless that would be after {@code today}.
 */
final class DateText {

    private static final Pattern NORWEGIAN = Pattern.compile("(\\d{1,2})[./-](\\d{1,2})[./-](\\d{2}|\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    private DateText() {
    }

    /** The date; empty for a blank cell; a refusal key in {@link Result#problem} for one that is not a date. */
    record Result(LocalDate date, String problem) {
    }

    static Optional<Result> parse(String text, LocalDate today) {
        String t = text.strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        try {
            Matcher iso = ISO.matcher(t);
            if (iso.matches()) {
                return Optional.of(new Result(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))), null));
            }
            Matcher nb = NORWEGIAN.matcher(t);
            if (nb.matches()) {
                int year = Integer.parseInt(nb.group(3));
                if (nb.group(3).length() == 2) {
                    year += 2000;
                    if (year > today.getYear()) {
                        year -= 100;
                    }
                }
                return Optional.of(new Result(LocalDate.of(year, Integer.parseInt(nb.group(2)), Integer.parseInt(nb.group(1))), null));
            }
            return Optional.of(new Result(null, "import.problem.dateFormat"));
        } catch (DateTimeException e) {
            return Optional.of(new Result(null, "import.problem.impossibleDate"));
        }
    }
}
