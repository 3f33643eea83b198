package no.samspill.importing;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * What a column can hold, with the headers Norwegian spreadsheets use for it. Headers are compared
 * after {@link #normalise}: lower case, æøå spelled out, accents, dashes, dots and spaces dropped,
 * so "Fødselsdato", "fodselsdato" and "F.dato" meet.
 */
public enum Field {
    FULL_NAME(true, "navn", "fulltnavn", "kandidat", "deltaker", "name", "fullname"),
    FIRST_NAME(false, "fornavn", "firstname"),
    LAST_NAME(false, "etternavn", "lastname", "surname"),
    BIRTH_DATE(false, "fodselsdato", "fodt", "fdato", "fodtdato", "birthdate", "dateofbirth"),
    BIRTH_YEAR(false, "fodselsar", "fodtar", "arfodt", "birthyear"),
    GENDER(false, "kjonn", "gender", "sex"),
    NAV_OFFICE(false, "navkontor", "nav", "navenhet", "navoffice"),
    REFERRAL_DATE(false, "henvist", "henvisningsdato", "datohenvist", "henvistdato", "startdato", "referred", "referraldate"),
    STATUS(false, "status", "fase"),
    WORKPLACE(false, "arbeidssted", "hovedarbeidssted", "praksissted", "workplace"),
    PROGRAMME(false, "program", "programme", "tiltak"),
    CONTACT(false, "kontakt", "telefon", "tlf", "epost", "mobil", "contact"),
    NOTE(false, "merknad", "merknader", "notat", "kommentar", "note", "notes"),
    NATIONAL_ID(false, "fodselsnummer", "fnr", "personnummer", "dnummer", "nationalid");

    private final boolean required;
    private final List<String> headers;

    Field(boolean required, String... headers) {
        this.required = required;
        this.headers = List.of(headers);
    }

    /** Whether a row needs it: the name, unless first and last name are mapped instead. */
    public boolean required() {
        return required;
    }

    public boolean matches(String header) {
        return headers.contains(normalise(header));
    }

    public static String normalise(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replace("æ", "e").replace("ø", "o").replace("å", "a");
        t = Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return t.replaceAll("[^a-z0-9]", "");
    }
}
