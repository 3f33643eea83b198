package no.samspill.evaluation;

import java.util.List;
import no.samspill.domain.EndReason;
import no.samspill.domain.Gender;
import no.samspill.domain.InvolvementType;
import no.samspill.domain.TrainingTemplate;
import java.util.ArrayList;

/** The row and column labels the indicators share. */
final class Dimensions {

    private Dimensions() {
    }

    static final List<Indicator.Label> AGE = List.of(
            new Indicator.Label("age.under18", new Text("Under 18", "Under 18", "Under 18")),
            new Indicator.Label("age.18-24", new Text("18–24", "18–24", "18–24")),
            new Indicator.Label("age.25-30", new Text("25–30", "25–30", "25–30")),
            new Indicator.Label("age.31plus", new Text("31 og over", "31 og over", "31 and over")));

    static final List<Indicator.Label> GENDER = List.of(
            new Indicator.Label("gender.FEMALE", new Text("Kvinne", "Kvinne", "Female")),
            new Indicator.Label("gender.MALE", new Text("Mann", "Mann", "Male")),
            new Indicator.Label("gender.OTHER", new Text("Annet", "Anna", "Other")),
            new Indicator.Label("gender.NOT_RECORDED", new Text("Ikke registrert", "Ikkje registrert", "Not recorded")));

    static final List<Indicator.Label> COUNT = List.of(new Indicator.Label("count", new Text("Antall", "Tal", "Count")));

    /** The ending categories of SSB's and Nav's statistics, in {@link EndReason}'s order. */
    static final List<Indicator.Label> REASONS = List.of(
            new Indicator.Label("reason.ORDINARY_JOB", new Text("Ordinært arbeid (hel- eller deltid)", "Ordinært arbeid (heil- eller deltid)", "Ordinary work (full or part time)")),
            new Indicator.Label("reason.WAGE_SUBSIDY_JOB", new Text("Arbeid med lønnstilskudd", "Arbeid med lønstilskot", "Work with a wage subsidy")),
            new Indicator.Label("reason.OTHER_NAV_MEASURE", new Text("Annet Nav-tiltak", "Anna Nav-tiltak", "Other Nav measure")),
            new Indicator.Label("reason.EDUCATION", new Text("Skole eller utdanning", "Skule eller utdanning", "School or education")),
            new Indicator.Label("reason.JOBSEEKER", new Text("Aktiv arbeidssøker", "Aktiv arbeidssøkjar", "Active jobseeker")),
            new Indicator.Label("reason.HEALTH", new Text("Helse eller behandling", "Helse eller behandling", "Health or treatment")),
            new Indicator.Label("reason.AAP_OR_DISABILITY", new Text("AAP eller uføretrygd", "AAP eller uføretrygd", "Work assessment allowance or disability")),
            new Indicator.Label("reason.MOVED", new Text("Flyttet", "Flytta", "Moved")),
            new Indicator.Label("reason.NOT_CLARIFIED", new Text("Ikke avklart", "Ikkje avklart", "Not clarified")));

    static final List<Indicator.Label> INVOLVEMENT = List.of(
            new Indicator.Label("type.INFORMATION", new Text("Informasjon", "Informasjon", "Information")),
            new Indicator.Label("type.DISCUSSION", new Text("Drøfting", "Drøfting", "Consultation (drøfting)")),
            new Indicator.Label("type.PARTNERSHIP_MEETING", new Text("Partssamarbeidsmøte", "Partssamarbeidsmøte", "Partnership meeting")),
            new Indicator.Label("type.AGREEMENT", new Text("Avtale", "Avtale", "Agreement")),
            new Indicator.Label("type.EVALUATION", new Text("Evaluering", "Evaluering", "Evaluation")));

    static int age(int age) {
        if (age < 18) {
            return 0;
        }
        if (age <= 24) {
            return 1;
        }
        return age <= 30 ? 2 : 3;
    }

    static int gender(Gender g) {
        return switch (g == null ? Gender.NOT_RECORDED : g) {
            case FEMALE -> 0;
            case MALE -> 1;
            case OTHER -> 2;
            case NOT_RECORDED -> 3;
        };
    }

    static int reason(EndReason r) {
        return r == null ? EndReason.NOT_CLARIFIED.ordinal() : r.ordinal();
    }

    static int involvement(InvolvementType t) {
        return t.ordinal();
    }

    static List<Indicator.Label> statusRows() {
        List<Indicator.Label> rows = new ArrayList<>();
        rows.add(new Indicator.Label("practice", new Text("I praksis (aktiv)", "I praksis (aktiv)", "In practice (active)")));
        for (TrainingTemplate t : TrainingTemplate.values()) {
            rows.add(new Indicator.Label("qualification." + t.name(), new Text("I kvalifisering: " + nb(t), "I kvalifisering: " + nb(t),
                    "In qualification: " + nb(t))));
        }
        rows.add(new Indicator.Label("qualification.none", new Text("I kvalifisering: uten løp registrert",
                "I kvalifisering: utan løp registrert", "In qualification: no path recorded")));
        rows.add(new Indicator.Label("job", new Text("I jobb", "I jobb", "In a job")));
        return List.copyOf(rows);
    }

    private static String nb(TrainingTemplate t) {
        return switch (t) {
            case FAGBREV_PA_JOBB -> "Fagbrev på jobb";
            case PRAKSISKANDIDAT -> "Praksiskandidat";
            case APPRENTICE -> "Lærling";
            case MENN_I_HELSE -> "Menn i helse";
            case ABC -> "Med ABC til fagbrev";
            case CUSTOM -> "Egendefinert";
        };
    }
}
