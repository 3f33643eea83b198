package no.samspill.data;

import static no.samspill.data.schema.Tables.PROGRAMME_GRANT;
import static no.samspill.data.schema.Tables.REPORT_DEADLINE;

import java.time.LocalDate;
import java.util.List;
import no.samspill.data.schema.tables.records.ProgrammeGrantRecord;
import no.samspill.data.schema.tables.records.ReportDeadlineRecord;
import no.samspill.domain.ProgrammeGrant;
import no.samspill.domain.ReportDeadline;
import org.jooq.DSLContext;

/**
 * What the grantor's report needs beside the figures: each programme's grant money per year, the
 * limit above which an auditor's statement is asked for, and the deadlines from the decision letters.
 */
public final class ReportingRepository {

    public static final String AUDITOR_LIMIT = "grant.auditorLimit";

    static final Stored<ProgrammeGrant, ProgrammeGrantRecord> GRANTS = Stored.of(PROGRAMME_GRANT, PROGRAMME_GRANT.ID, ProgrammeGrant::id,
            PROGRAMME_GRANT.MUNICIPALITY_ID, ProgrammeGrant::municipalityId,
            r -> new ProgrammeGrant(r.getId(), r.getMunicipalityId(), r.getProgramme(), r.getGrantYear(), r.getGranted(),
                    r.getReceived(), r.getSpent()), (g, r) -> {
                r.setProgramme(g.programme());
                r.setGrantYear(g.year());
                r.setGranted(g.granted());
                r.setReceived(g.received());
                r.setSpent(g.spent());
            });
    static final Stored<ReportDeadline, ReportDeadlineRecord> DEADLINES = Stored.of(REPORT_DEADLINE, REPORT_DEADLINE.ID, ReportDeadline::id,
            REPORT_DEADLINE.MUNICIPALITY_ID, ReportDeadline::municipalityId,
            r -> new ReportDeadline(r.getId(), r.getMunicipalityId(), r.getTitle(), r.getDueDate(), r.getRemindDays(), r.getDone()), (d, r) -> {
                r.setTitle(d.title().strip());
                r.setDueDate(d.due());
                r.setRemindDays(d.remindDays());
                r.setDone(d.done());
            });

    private final OwnedRecords<ProgrammeGrant, ProgrammeGrantRecord> grants;
    private final OwnedRecords<ReportDeadline, ReportDeadlineRecord> deadlines;
    private final SettingsRepository settings;

    public ReportingRepository(DSLContext dsl, AuditLog audit, SettingsRepository settings) {
        this.grants = new OwnedRecords<>(dsl, audit, GRANTS, ProgrammeGrant::validate,
                PROGRAMME_GRANT.GRANT_YEAR.desc(), PROGRAMME_GRANT.PROGRAMME);
        this.deadlines = new OwnedRecords<>(dsl, audit, DEADLINES, ReportDeadline::validate, REPORT_DEADLINE.DUE_DATE, REPORT_DEADLINE.ID);
        this.settings = settings;
    }

    /** A municipality's grants, the newest year first. */
    public OwnedRecords<ProgrammeGrant, ProgrammeGrantRecord> grants() {
        return grants;
    }

    /** A municipality's reporting deadlines, the earliest first. */
    public OwnedRecords<ReportDeadline, ReportDeadlineRecord> deadlines() {
        return deadlines;
    }

    /** The deadlines that should be on Oversikt today: not done, and within their reminder days or past. */
    public List<ReportDeadline> reminders(long municipalityId, LocalDate today) {
        return deadlines.of(municipalityId).stream().filter(d -> d.reminding(today)).toList();
    }

    public long auditorLimit() {
        return settings.get(AUDITOR_LIMIT).map(Long::parseLong).orElse(ProgrammeGrant.DEFAULT_AUDITOR_LIMIT);
    }

    public void setAuditorLimit(long kroner) {
        if (kroner < 0) {
            throw new IllegalArgumentException("negative limit");
        }
        settings.put(AUDITOR_LIMIT, Long.toString(kroner));
    }
}
