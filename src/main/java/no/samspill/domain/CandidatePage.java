package no.samspill.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The first rows of a filtered candidate list, and whether more candidates than those match. */
public record CandidatePage(List<CandidateSummary> rows, boolean truncated) {

    public CandidatePage {
        rows = List.copyOf(rows);
    }

    /**
     * The page the database would give for {@code next}, worked out from this page (the database's
     * for {@code shown}) when that is certain to be the same: the same filter gives the same rows;
     * a narrower one ({@link CandidateFilter#within}) gives this page's rows that match it, in the same
     * order, provided this page holds every match of {@code shown} and every name here lower-cases one
     * character at a time, as a database's LOWER does. Typing a name narrows at each key, so at
     * 100,000 candidates most keys after the first few ask nothing of the database.
     */
    public Optional<CandidatePage> narrowed(CandidateFilter shown, CandidateFilter next) {
        if (next.equals(shown)) {
            return Optional.of(this);
        }
        if (truncated || !next.within(shown) || !rows.stream().allMatch(r -> lowersByCharacter(r.fullName()))) {
            return Optional.empty();
        }
        return Optional.of(new CandidatePage(rows.stream().filter(r -> next.matchesName(r.fullName())).toList(), false));
    }

    /**
     * Whether the name lower-cases the same character by character as with the language's rules
     * ("İ" becomes two characters in Java, one in PostgreSQL's LOWER): only then is a match in Java
     * certain to be a match in the database.
     */
    static boolean lowersByCharacter(String name) {
        StringBuilder simple = new StringBuilder(name.length());
        name.codePoints().map(Character::toLowerCase).forEach(simple::appendCodePoint);
        return simple.toString().equals(name.toLowerCase(Locale.getDefault()));
    }
}
