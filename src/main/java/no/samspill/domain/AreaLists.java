package no.samspill.domain;

import java.text.Collator;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The official lists of kommuner (SSB Klass 131, with the numbers that changed), fylker (104) and
 * bydeler (103), and a search in them by name or number. The lists are small (some 500 rows), so a
 * search is a scan.
 */
public final class AreaLists {

    private static final Locale NB = Locale.forLanguageTag("nb-NO");

    private final List<Area> municipalities;
    private final List<Area> districts;
    private final Map<String, Area> counties;
    private final List<AreaChange> changes;

    public AreaLists(List<Area> municipalities, List<Area> districts, List<Area> counties, List<AreaChange> changes) {
        this.municipalities = List.copyOf(municipalities);
        this.districts = List.copyOf(districts);
        this.counties = counties.stream().collect(Collectors.toUnmodifiableMap(Area::code, Function.identity(), (a, b) -> b));
        this.changes = List.copyOf(changes);
    }

    public List<Area> municipalities() {
        return municipalities;
    }

    public List<Area> districts() {
        return districts;
    }

    public List<Area> counties() {
        return counties.values().stream().sorted(Comparator.comparing(Area::code)).toList();
    }

    public List<AreaChange> changes() {
        return changes;
    }

    /** The kommuner and bydeler in force on a day. */
    public List<Area> units(LocalDate day) {
        List<Area> all = new ArrayList<>();
        municipalities.stream().filter(a -> a.validOn(day)).forEach(all::add);
        districts.stream().filter(a -> a.validOn(day)).forEach(all::add);
        return all;
    }

    /** The unit in force on a day with that code. */
    public Optional<Area> find(String code, LocalDate day) {
        List<Area> list = code.length() == 6 ? districts : municipalities;
        return list.stream().filter(a -> a.code().equals(code) && a.validOn(day)).findFirst();
    }

    /**
     * The numbers in force on {@code day} that an old number became, following renumberings one
     * after another; a split gives more than one. A number still in force is its own successor.
     */
    public List<String> successors(String code, LocalDate day) {
        if (find(code, day).isPresent()) {
            return List.of(code);
        }
        List<String> out = new ArrayList<>();
        changes.stream().filter(c -> c.oldCode().equals(code) && !c.occurred().isAfter(day))
                .sorted(Comparator.comparing(AreaChange::newCode))
                .forEach(c -> successors(c.newCode(), day).stream().filter(s -> !out.contains(s)).forEach(out::add));
        return out;
    }

    /**
     * Units in force on {@code day} whose name or number fits the query: a number is matched from
     * its start, and an old number finds what it became; a name is matched anywhere, ignoring case
     * and accents, with names that start with the query first.
     */
    public List<AreaMatch> search(String query, LocalDate day, int limit) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            return List.of();
        }
        List<AreaMatch> out = new ArrayList<>();
        if (q.chars().allMatch(Character::isDigit)) {
            units(day).stream().filter(a -> a.code().startsWith(q)).sorted(Comparator.comparing(Area::code))
                    .forEach(a -> out.add(match(a, day, null)));
            if (q.length() == 4 || q.length() == 6) {
                successors(q, day).stream().filter(s -> !s.equals(q)).flatMap(s -> find(s, day).stream())
                        .forEach(a -> out.add(match(a, day, q)));
            }
        } else {
            Collator collator = Collator.getInstance(NB);
            collator.setStrength(Collator.PRIMARY);
            String key = fold(q).replaceFirst("^bydel\\s+", "");
            Comparator<Area> byName = (a, b) -> collator.compare(a.name(), b.name());
            List<Area> hits = units(day).stream().filter(a -> fold(a.name()).contains(key)).toList();
            hits.stream().filter(a -> fold(a.name()).startsWith(key)).sorted(byName).forEach(a -> out.add(match(a, day, null)));
            hits.stream().filter(a -> !fold(a.name()).startsWith(key)).sorted(byName).forEach(a -> out.add(match(a, day, null)));
        }
        return out.stream().limit(limit).toList();
    }

    private AreaMatch match(Area a, LocalDate day, String former) {
        Area county = counties.get(a.countyCode());
        String parent = a.isDistrict() ? find(a.municipalityCode(), day).map(Area::name).orElse(a.municipalityCode()) : null;
        return new AreaMatch(a, county == null ? a.countyCode() : county.name(), parent, former);
    }

    /** Lower case without accents or æøå, so that "roros" finds Røros and "malselv" Målselv on any keyboard. */
    static String fold(String s) {
        String lower = s.toLowerCase(NB).replace("ø", "o").replace("æ", "ae").replace("å", "a");
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
