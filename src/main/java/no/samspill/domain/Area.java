package no.samspill.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A kommune, a bydel or a fylke as an official code list gives it: the code, the name and when
 * the code was valid. {@code validTo} is the first day it no longer is, as in SSB's Klass; null
 * while it still is.
 */
public record Area(String code, String name, LocalDate validFrom, LocalDate validTo) {

    public Area {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }

    public boolean validOn(LocalDate day) {
        return (validFrom == null || !validFrom.isAfter(day)) && (validTo == null || validTo.isAfter(day));
    }

    /** A bydel has six digits: the kommune's four and its own two. */
    public boolean isDistrict() {
        return code.length() == 6;
    }

    /** The fylke: the first two digits. */
    public String countyCode() {
        return code.substring(0, 2);
    }

    /** The kommune a bydel belongs to, or the kommune itself. */
    public String municipalityCode() {
        return code.substring(0, 4);
    }
}
