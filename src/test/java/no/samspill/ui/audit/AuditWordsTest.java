package no.samspill.ui.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import no.samspill.data.TestDatabase;
import no.samspill.data.schema.DefaultSchema;
import no.samspill.domain.AuditEntry;
import no.samspill.domain.Candidate;
import no.samspill.domain.CandidateStatus;
import no.samspill.domain.EmploymentKind;
import no.samspill.domain.EmploymentSpell;
import no.samspill.domain.EndReason;
import no.samspill.domain.FollowUpOutcome;
import no.samspill.domain.InvolvementEvent;
import no.samspill.domain.InvolvementLevel;
import no.samspill.domain.InvolvementType;
import no.samspill.domain.Mentor;
import no.samspill.domain.Municipality;
import no.samspill.domain.NationalId;
import no.samspill.domain.PartnerOrganisation;
import no.samspill.domain.PartnerType;
import no.samspill.domain.Qualification;
import no.samspill.domain.QualificationKind;
import no.samspill.domain.RepresentativeLevel;
import no.samspill.domain.StatusChange;
import no.samspill.domain.TrainingTemplate;
import no.samspill.domain.UnionRepresentative;
import no.samspill.domain.Workplace;
import no.samspill.domain.WorkplaceType;
import no.samspill.evaluation.Narrative;
import no.samspill.ui.common.I18n;
import no.samspill.ui.common.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit viewer speaks the user's language: every kind of record in the schema, and every field
 * that a year's work actually writes to the log, has a label in each bundle file itself (not only
 * through the English fallback), and the names shown are the records' names.
 */
class AuditWordsTest {

    @TempDir Path dir;

    @Test
    void everyKindOfRecordInTheSchemaHasALabelInEveryLanguage() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String file : List.of("messages", "messages_nb", "messages_nn")) {
            Properties p = bundle(file);
            DefaultSchema.DEFAULT_SCHEMA.getTables().stream().map(t -> t.getName().toLowerCase())
                    .filter(t -> !t.startsWith("audit_") && !t.startsWith("flyway"))
                    .filter(t -> !p.containsKey("audit.entity." + t)).forEach(t -> missing.add(file + ": " + t));
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyFieldAYearOfWorkWritesHasALabelAndRecordsAreShownByName() throws IOException {
        TestDatabase db = new TestDatabase(dir);
        try {
            List<AuditEntry> entries = aYearOfWork(db);
            Set<String> fields = new TreeSet<>();
            Set<String> entities = new TreeSet<>();
            entries.forEach(e -> {
                entities.add(e.entity());
                Arrays.stream(e.changedFields().split(",")).map(String::strip).filter(f -> !f.isEmpty()).forEach(fields::add);
            });
            assertTrue(entities.size() >= 10, "the scenario reaches most kinds of record: " + entities);
            List<String> missing = new ArrayList<>();
            for (String file : List.of("messages", "messages_nb", "messages_nn")) {
                Properties p = bundle(file);
                fields.stream().filter(f -> !p.containsKey("audit.field." + f)).forEach(f -> missing.add(file + ": " + f));
                entities.stream().filter(e -> !p.containsKey("audit.entity." + e)).forEach(e -> missing.add(file + ": " + e));
            }
            assertEquals(List.of(), missing);

            AuditWords words = new AuditWords(new I18n(Language.NB), "kari");
            Map<String, Map<Long, String>> names = db.repositories.auditEntries().names(entries);
            AuditEntry spell = entries.stream().filter(e -> e.entity().equals("employment_spell")).findFirst().orElseThrow();
            assertEquals("Kari Kandidat", words.record(spell, names), "a job is shown by its candidate's name");
            assertEquals("Arbeidsforhold", words.entity(spell.entity()));
            assertEquals("Opprettet", words.action(spell.action()));
            AuditEntry deleted = entries.stream().filter(e -> e.entity().equals("partner_organisation")).findFirst().orElseThrow();
            assertEquals("(slettet)", words.record(deleted, names));
            assertEquals("Deg (kari)", words.user("kari"));
            assertEquals("ola", words.user("ola"));
            assertEquals("Navn, Fødselsår", words.fields("fullName,birthYear"));
        } finally {
            db.database.close();
        }
    }

    private static List<AuditEntry> aYearOfWork(TestDatabase db) {
        long mid = db.municipalities.create(new Municipality(null, "1234", "Testvik", false)).id();
        db.municipalities.setStoreNationalId(mid, true);
        Workplace home = db.workplaces.save(new Workplace(null, mid, "Testvik sykehjem", WorkplaceType.NURSING_HOME, true));
        PartnerOrganisation partner = db.workplaces.save(new PartnerOrganisation(null, mid, "Nav Testvik", PartnerType.NAV_OFFICE));
        db.workplaces.deletePartner(partner.id());
        Mentor anne = db.mentors.save(new Mentor(null, mid, "Anne Mentor", home.id(), true));
        Candidate kari = db.candidate(mid, "Kari Kandidat", home.id(), LocalDate.of(2026, 1, 5));
        db.candidates.save(kari.withStatus(kari.status()), NationalId.parse("15076500565"), null);
        db.candidates.changeStatus(kari.id(), new StatusChange(CandidateStatus.ACTIVE, LocalDate.of(2026, 2, 1), null));
        db.mentors.handOver(kari.id(), anne.id(), LocalDate.of(2026, 2, 1));
        var path = db.training.createPath(kari.id(), TrainingTemplate.FAGBREV_PA_JOBB, "Fagbrev", LocalDate.of(2026, 2, 1), Enum::name);
        var step = db.training.steps(path.id()).get(0);
        db.training.save(new no.samspill.domain.TrainingStep(step.id(), step.pathId(), step.position(), step.title(), step.planned(),
                LocalDate.of(2026, 3, 1), no.samspill.domain.StepStatus.DONE));
        db.training.add(new Qualification(null, kari.id(), path.id(), QualificationKind.TRADE_CERTIFICATE, LocalDate.of(2026, 5, 1)));
        db.employment.save(new EmploymentSpell(null, kari.id(), home.id(), LocalDate.of(2026, 5, 2), null, 100, true, EmploymentKind.ORDINARY),
                new StatusChange(CandidateStatus.IN_JOB, LocalDate.of(2026, 5, 2), null));
        db.candidates.changeStatus(kari.id(), new StatusChange(CandidateStatus.ENDED, LocalDate.of(2026, 5, 3), EndReason.ORDINARY_JOB));
        var followUp = db.employment.followUps(kari.id()).get(0);
        db.employment.record(followUp.id(), LocalDate.of(2026, 6, 1), FollowUpOutcome.RELEVANT_WORK);
        long union = db.representatives.unions().get(0).id();
        UnionRepresentative tor = db.representatives.save(new UnionRepresentative(null, mid, union, null, "Tor Tillitsvalgt",
                RepresentativeLevel.MAIN, true));
        db.involvement.save(new InvolvementEvent(null, mid, LocalDate.of(2026, 3, 1), InvolvementType.DISCUSSION,
                InvolvementLevel.WORKPLACE, "Turnus", "Enighet", Set.of(home.id()), Set.of(tor.id())));
        db.repositories.evaluation().save(mid, 2026, new Narrative("Godt", "Lite", "Nav", "Mer"));
        Candidate ola = db.candidate(mid, "Ola Gammel", home.id(), LocalDate.of(2026, 1, 5));
        db.repositories.personalData().anonymise(ola.id());
        return db.repositories.auditEntries().search(null, null, null, null, 10_000, TestDatabase.CLOCK.getZone());
    }

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = AuditWordsTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
