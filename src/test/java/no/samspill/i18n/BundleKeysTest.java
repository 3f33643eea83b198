package no.samspill.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import java.util.stream.Collectors;
import no.samspill.domain.CandidateStatus;
import no.samspill.domain.CooperationKind;
import no.samspill.domain.CooperationPartner;
import no.samspill.domain.EmploymentKind;
import no.samspill.domain.EndReason;
import no.samspill.domain.IncomeSource;
import no.samspill.domain.FollowUpOutcome;
import no.samspill.domain.Gender;
import no.samspill.domain.NavMeasure;
import no.samspill.domain.InvolvementLevel;
import no.samspill.domain.InvolvementType;
import no.samspill.domain.PartnerType;
import no.samspill.domain.PlacementWarning;
import no.samspill.importing.CandidateImporter;
import no.samspill.importing.Field;
import no.samspill.domain.TaskStatus;
import no.samspill.domain.Programme;
import no.samspill.domain.QualificationKind;
import no.samspill.domain.ReferralSource;
import no.samspill.domain.RepresentativeLevel;
import no.samspill.domain.StepStatus;
import no.samspill.domain.TrainingTemplate;
import no.samspill.domain.WorkplaceType;
import no.samspill.ui.common.Language;
import no.samspill.ui.training.TrainingOverviewViewModel;

/**
 * Every key exists in all three bundles, every key the code or FXML uses exists, and no bundle
 * holds a key nobody uses. Enum labels ({@code enum.Type.CONSTANT}) count as used when the code
 * labels that enum type, and then every constant of it needs a label.
 */
class BundleKeysTest {

    static final Path MAIN = Path.of("src/main");
    static final Map<String, String> BUNDLES = Map.of(
            "en", "messages.properties", "nb", "messages_nb.properties", "nn", "messages_nn.properties");
    static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");
    static final Pattern JAVA_LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");
    /** Dotted literals in the code that are not message keys; every other one must be a key. */
    static final Set<String> NOT_KEYS = Set.of("d.M.uuuu", "dd.MM.uuuu", "grant.auditorLimit", "i18n.messages", "municipality.current", "national.secretariatKey",
            "org.jooq.exception", "os.name", "instance.lock", "instance.port", "retention.years", "samspill.compactAboveBytes", "samspill.logDir", "samspill.trainingRun", "ui.language", "ui.theme", "user.home", "user.name");
    static final List<String> AUDIT_PREFIXES = List.of("audit.entity.", "audit.field.", "audit.action.");
    static final Map<String, Class<? extends Enum<?>>> LABELLED_ENUMS = Stream.of(
            CandidateStatus.class, Gender.class, Programme.class,
            ReferralSource.class, Language.class, WorkplaceType.class,
            PartnerType.class, RepresentativeLevel.class, TaskStatus.class, PlacementWarning.class, CandidateImporter.Decision.class,
            InvolvementType.class, InvolvementLevel.class,
            StepStatus.class, TrainingTemplate.class,
            TrainingTemplate.StepKind.class, QualificationKind.class,
            FollowUpOutcome.class, EmploymentKind.class, EndReason.class, NavMeasure.class, IncomeSource.class,
            CooperationPartner.class, CooperationKind.class,
            TrainingOverviewViewModel.Range.class)
            .collect(Collectors.toMap(Class::getSimpleName, c -> c));

    @Test
    void allBundlesHaveTheSameKeys() throws IOException {
        Set<String> en = keys("en");
        for (String lang : BUNDLES.keySet()) {
            assertEquals(en, keys(lang), "keys of " + lang + " differ from the English bundle");
        }
    }

    @Test
    void everyUsedKeyExistsAndEveryKeyIsUsed() throws IOException {
        Set<String> bundle = keys("nb");
        Set<String> used = usedKeys(bundle);

        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(bundle);
        Set<String> unused = new TreeSet<>(bundle);
        unused.removeAll(used);

        assertTrue(missing.isEmpty(), "keys used but missing from the bundles: " + missing);
        assertTrue(unused.isEmpty(), "keys in the bundles that nothing uses: " + unused);
    }

    @Test
    void everyImportFieldHasALabel() throws Exception {
        Set<String> bundle = keys("nb");
        for (Field f : Field.values()) {
            assertTrue(bundle.contains("import.field." + f.name()), "missing label import.field." + f.name());
        }
    }

    @Test
    void labelledEnumsHaveALabelForEveryConstant() throws Exception {
        Set<String> bundle = keys("nb");
        for (var entry : LABELLED_ENUMS.entrySet()) {
            String name = entry.getKey();
            for (Object constant : entry.getValue().getEnumConstants()) {
                String key = "enum." + name + "." + ((Enum<?>) constant).name();
                assertTrue(bundle.contains(key), "missing label " + key);
            }
        }
    }

    private static Set<String> usedKeys(Set<String> bundle) throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".fxml")) {
                    collect(FXML_KEY, Files.readString(f), used);
                } else if (name.endsWith(".java") && !f.toString().contains("/no/samspill/evaluation/") && !f.toString().contains("/no/samspill/cli/")) {
                    // The evaluation package and the command line carry their own texts (Text, three
                    // languages) and codes; they never use the UI bundle.
                    Set<String> literals = new TreeSet<>();
                    collect(JAVA_LITERAL, Files.readString(f), literals);
                    // Every dotted literal in Java is a message key unless it is listed in NOT_KEYS.
                    literals.removeIf(l -> l.matches(".*\\.(fxml|css|properties|sql|xml)$") || NOT_KEYS.contains(l));
                    used.addAll(literals);
                }
            }
        }
        for (String k : bundle) {
            // The import names a field by its constant (RowProblem); labelsForImportFields checks the other way.
            if (k.startsWith("import.field.") && Arrays.stream(Field.values()).anyMatch(f -> k.equals("import.field." + f.name()))) {
                used.add(k);
            }
            if (k.startsWith("enum.") && LABELLED_ENUMS.containsKey(k.split("\\.")[1])) {
                used.add(k);
            }
            // The audit viewer builds these from the log's table, field and action names; AuditWordsTest
            // checks that each is needed (a table of the schema, a field a year of work writes).
            if (AUDIT_PREFIXES.stream().anyMatch(k::startsWith)) {
                used.add(k);
            }
        }
        return used;
    }

    private static void collect(Pattern p, String text, Set<String> into) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    static Set<String> keys(String lang) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(MAIN.resolve("resources/i18n").resolve(BUNDLES.get(lang)), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return new TreeSet<>(p.stringPropertyNames());
    }
}
