package no.samspill.importing;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.samspill.domain.CandidateStatus;
import no.samspill.domain.Gender;
import no.samspill.domain.Programme;
import no.samspill.domain.Ref;

/**
 * How the words in a file's status, gender, programme, Nav office and workplace columns map to the
 * app's lists: a guess for every distinct word, which the user can change. Targets are codes: an
 * enum constant's name, or a Nav office's or workplace's id. A word without a target is reported
 * on every row that uses it.
 */
public final class ValueMapping {

    /** The fields whose words map to a list. */
    public static final List<Field> MAPPED = List.of(Field.STATUS, Field.GENDER, Field.PROGRAMME, Field.NAV_OFFICE, Field.WORKPLACE);

    private static final Map<String, CandidateStatus> STATUS_WORDS = words(Map.of(
            CandidateStatus.REFERRED, List.of("henvist", "henvisning", "ny", "tilvist", "referred"),
            CandidateStatus.ACTIVE, List.of("aktiv", "igang", "startet", "oppstart", "active"),
            CandidateStatus.IN_QUALIFICATION, List.of("ikvalifisering", "kvalifisering", "opplaring", "fagbrev", "laerling", "inqualification"),
            CandidateStatus.IN_JOB, List.of("ijobb", "jobb", "ansatt", "injob", "employed"),
            CandidateStatus.ENDED, List.of("avsluttet", "avslutta", "sluttet", "ferdig", "avbrutt", "ended")));
    private static final Map<String, Gender> GENDER_WORDS = words(Map.of(
            Gender.FEMALE, List.of("k", "kvinne", "kv", "f", "female", "woman", "jente"),
            Gender.MALE, List.of("m", "mann", "male", "man", "gutt"),
            Gender.OTHER, List.of("a", "annet", "anna", "other", "x"),
            Gender.NOT_RECORDED, List.of("ukjent", "ikkeoppgitt", "ikkeregistrert", "unknown")));
    private static final Map<String, Programme> PROGRAMME_WORDS = words(Map.of(
            Programme.RECRUITMENT_THROUGH_INCLUSION, List.of("rgi", "rekruttering", "rekrutteringgjennominkludering", "recruitmentthroughinclusion"),
            Programme.INN_I_JOBB, List.of("innijobb", "iij"),
            Programme.MENN_I_HELSE, List.of("mennihelse", "mih"),
            Programme.OTHER, List.of("annet", "anna", "other")));

    private final Map<Field, Map<String, String>> targets = new EnumMap<>(Field.class);
    private final Map<Field, Map<String, String>> shown = new EnumMap<>(Field.class);

    /** Guesses a target for every distinct word in the mapped columns. */
    public static ValueMapping guess(RawTable table, ColumnMapping columns, List<Ref> navOffices, List<Ref> workplaces) {
        ValueMapping m = new ValueMapping();
        for (Field f : MAPPED) {
            Optional<Integer> column = columns.column(f);
            Map<String, String> distinct = new LinkedHashMap<>();
            column.ifPresent(c -> table.rows().forEach(r -> {
                String word = r.cell(c).strip();
                if (!word.isEmpty()) {
                    distinct.putIfAbsent(Field.normalise(word), word);
                }
            }));
            m.shown.put(f, distinct);
            Map<String, String> chosen = new LinkedHashMap<>();
            distinct.keySet().forEach(w -> guessOne(f, w, navOffices, workplaces).ifPresent(t -> chosen.put(w, t)));
            m.targets.put(f, chosen);
        }
        return m;
    }

    private static Optional<String> guessOne(Field f, String word, List<Ref> navOffices, List<Ref> workplaces) {
        return switch (f) {
            case STATUS -> Optional.ofNullable(STATUS_WORDS.get(word)).map(Enum::name);
            case GENDER -> Optional.ofNullable(GENDER_WORDS.get(word)).map(Enum::name);
            case PROGRAMME -> Optional.ofNullable(PROGRAMME_WORDS.get(word)).map(Enum::name);
            case NAV_OFFICE -> byName(word, navOffices);
            case WORKPLACE -> byName(word, workplaces);
            default -> Optional.empty();
        };
    }

    /** The one name that is the word, or else the one name that contains it ("Fjordvik" for "Nav Fjordvik"). */
    private static Optional<String> byName(String word, List<Ref> refs) {
        List<Ref> same = refs.stream().filter(r -> Field.normalise(r.name()).equals(word)).toList();
        List<Ref> found = same.isEmpty() ? refs.stream().filter(r -> Field.normalise(r.name()).contains(word)).toList() : same;
        return found.size() == 1 ? Optional.of(Long.toString(found.get(0).id())) : Optional.empty();
    }

    private static <E> Map<String, E> words(Map<E, List<String>> byTarget) {
        Map<String, E> out = new LinkedHashMap<>();
        byTarget.forEach((target, list) -> list.forEach(w -> out.put(w, target)));
        return out;
    }

    /** The distinct words of a field, normalised to as first written in the file. */
    public Map<String, String> words(Field f) {
        return shown.getOrDefault(f, Map.of());
    }

    public Optional<String> target(Field f, String word) {
        return Optional.ofNullable(targets.getOrDefault(f, Map.of()).get(Field.normalise(word)));
    }

    /** Maps a word to a target code, or with null to nothing. */
    public void set(Field f, String word, String target) {
        Map<String, String> m = targets.computeIfAbsent(f, k -> new LinkedHashMap<>());
        if (target == null) {
            m.remove(Field.normalise(word));
        } else {
            m.put(Field.normalise(word), target);
        }
    }
}
