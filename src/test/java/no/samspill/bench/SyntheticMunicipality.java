package no.samspill.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import no.samspill.data.Database;
import no.samspill.domain.CandidateStatus;
import no.samspill.domain.EmploymentSpell;
import no.samspill.domain.FollowUp;
import no.samspill.domain.Qualification;
import no.samspill.domain.StatusChange;
import no.samspill.evaluation.CandidateFacts;
import no.samspill.evaluation.ProgrammeFacts;

/**
 * Writes {@link GeneratedFacts} into a Samspill database as rows, with names, so a benchmark reads
 * them back through the same repositories as the app. Plain JDBC batches: filling 100,000
 * candidates through the audited repositories would measure the fill, not the export.
 */
final class SyntheticMunicipality {

    private SyntheticMunicipality() {
    }

    static void write(Database db, long mid, ProgrammeFacts facts) {
        long workplaces = facts.candidates().stream().mapToLong(c -> c.mainWorkplaceId() == null ? 0 : c.mainWorkplaceId()).max().orElse(1);
        long mentors = facts.candidates().stream().flatMap(c -> c.mentorPeriods().stream()).mapToLong(CandidateFacts.Period::mentor).max()
                .orElse(0) + 1;
        db.dsl().connection(c -> {
            c.setAutoCommit(false);
            try {
                rows(c, "INSERT INTO workplace (id, municipality_id, name, workplace_type) VALUES (?, ?, ?, 'NURSING_HOME')", workplaces,
                        (ps, i) -> {
                            ps.setLong(1, i + 1);
                            ps.setLong(2, mid);
                            ps.setString(3, "Arbeidssted " + (i + 1));
                        });
                rows(c, "INSERT INTO mentor (id, municipality_id, full_name) VALUES (?, ?, ?)", mentors, (ps, i) -> {
                    ps.setLong(1, i + 1);
                    ps.setLong(2, mid);
                    ps.setString(3, "Mentor" + Long.toString(i, 36) + " Veiledersen");
                });
                candidates(c, mid, facts);
                events(c, mid, facts);
                stepsAndMeasures(c);
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        });
    }

    private static void candidates(Connection c, long mid, ProgrammeFacts facts) throws SQLException {
        try (PreparedStatement cand = c.prepareStatement("INSERT INTO candidate (id, municipality_id, full_name, birth_year, gender, "
                + "referral_date, main_workplace_id, programme, status) VALUES (?, ?, ?, ?, ?, ?, ?, 'RECRUITMENT_THROUGH_INCLUSION', ?)");
             PreparedStatement status = c.prepareStatement("INSERT INTO candidate_status_change (candidate_id, status, effective_date, end_reason) "
                     + "VALUES (?, ?, ?, ?)");
             PreparedStatement path = c.prepareStatement("INSERT INTO training_path (candidate_id, template, title, start_date) VALUES (?, ?, 'Løp', ?)");
             PreparedStatement qual = c.prepareStatement("INSERT INTO qualification (candidate_id, kind, achieved_date) VALUES (?, ?, ?)");
             PreparedStatement job = c.prepareStatement("INSERT INTO employment_spell (candidate_id, start_date, end_date, job_percentage, "
                     + "permanent, employment_kind) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement follow = c.prepareStatement("INSERT INTO follow_up (candidate_id, months_after, due_date, recorded_date, outcome) "
                     + "VALUES (?, ?, ?, ?, ?)");
             PreparedStatement mentor = c.prepareStatement("INSERT INTO mentor_assignment (candidate_id, mentor_id, start_date, end_date) "
                     + "VALUES (?, ?, ?, ?)")) {
            int n = 0;
            for (CandidateFacts f : facts.candidates()) {
                long id = f.key() + 1;
                List<StatusChange> history = f.history();
                CandidateStatus now = history.get(history.size() - 1).status();
                cand.setLong(1, id);
                cand.setLong(2, mid);
                cand.setString(3, name(id));
                cand.setInt(4, f.birthYear());
                cand.setString(5, f.gender().name());
                date(cand, 6, f.referralDate());
                cand.setObject(7, f.mainWorkplaceId(), Types.BIGINT);
                cand.setString(8, now.name());
                cand.addBatch();
                for (StatusChange s : history) {
                    status.setLong(1, id);
                    status.setString(2, s.status().name());
                    date(status, 3, s.date());
                    status.setString(4, s.reason() == null ? null : s.reason().name());
                    status.addBatch();
                }
                for (CandidateFacts.PathFact p : f.paths()) {
                    path.setLong(1, id);
                    path.setString(2, p.template().name());
                    date(path, 3, p.start());
                    path.addBatch();
                }
                for (Qualification q : f.qualifications()) {
                    qual.setLong(1, id);
                    qual.setString(2, q.kind().name());
                    date(qual, 3, q.achieved());
                    qual.addBatch();
                }
                for (EmploymentSpell s : f.spells()) {
                    job.setLong(1, id);
                    date(job, 2, s.start());
                    date(job, 3, s.end());
                    job.setInt(4, s.jobPercentage());
                    job.setBoolean(5, s.permanent());
                    job.setString(6, s.kind().name());
                    job.addBatch();
                }
                for (FollowUp u : f.followUps()) {
                    follow.setLong(1, id);
                    follow.setInt(2, u.monthsAfter());
                    date(follow, 3, u.due());
                    date(follow, 4, u.recorded());
                    follow.setString(5, u.outcome() == null ? null : u.outcome().name());
                    follow.addBatch();
                }
                for (CandidateFacts.Period p : f.mentorPeriods()) {
                    mentor.setLong(1, id);
                    mentor.setLong(2, p.mentor() + 1);
                    date(mentor, 3, p.start());
                    date(mentor, 4, p.end());
                    mentor.addBatch();
                }
                if (++n % 2000 == 0) {
                    for (PreparedStatement ps : new PreparedStatement[] {cand, status, path, qual, job, follow, mentor}) {
                        ps.executeBatch();
                    }
                }
            }
            for (PreparedStatement ps : new PreparedStatement[] {cand, status, path, qual, job, follow, mentor}) {
                ps.executeBatch();
            }
        }
    }

    private static final String[] FIRST = {"Kari", "Ola", "Nora", "Emil", "Sara", "Jonas", "Ingrid", "Ali", "Maja", "Oskar", "Amina",
        "Lars", "Sofie", "Mohammed", "Ida", "Henrik", "Leah", "Filip", "Hanne", "Tobias", "Aisha", "Magnus", "Eva", "Sander", "Marte"};
    private static final String[] LAST = {"Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen",
        "Jensen", "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen", "Ali", "Jacobsen", "Dahl", "Lunde",
        "Halvorsen", "Moen", "Strand", "Solberg", "Bakken", "Nguyen", "Mohamed", "Rasmussen", "Lie", "Sæther"};

    /** Names a search meets in a real list: common first names and surnames, many shared, a middle initial. */
    static String name(long id) {
        long h = id * 0x9E3779B97F4A7C15L;
        int a = (int) Math.floorMod(h, (long) FIRST.length);
        int b = (int) Math.floorMod(h >>> 17, (long) LAST.length);
        char initial = (char) ('A' + Math.floorMod(h >>> 33, 26L));
        return FIRST[a] + " " + initial + ". " + LAST[b];
    }

    private static void events(Connection c, long mid, ProgrammeFacts facts) throws SQLException {
        try (PreparedStatement ev = c.prepareStatement("INSERT INTO involvement_event (id, municipality_id, event_date, event_type, event_level, "
                + "topic) VALUES (?, ?, ?, ?, 'WORKPLACE', 'Drøfting')");
             PreparedStatement wp = c.prepareStatement("INSERT INTO involvement_workplace (event_id, workplace_id) VALUES (?, ?)")) {
            long id = 1;
            for (ProgrammeFacts.EventFact e : facts.events()) {
                ev.setLong(1, id);
                ev.setLong(2, mid);
                date(ev, 3, e.date());
                ev.setString(4, e.type().name());
                ev.addBatch();
                for (long w : e.workplaceIds()) {
                    wp.setLong(1, id);
                    wp.setLong(2, w);
                    wp.addBatch();
                }
                id++;
            }
            ev.executeBatch();
            wp.executeBatch();
        }
    }

    private interface Row {
        void set(PreparedStatement ps, long i) throws SQLException;
    }

    /**
     * Three steps on every training path, and a Nav measure (four kinds in turn, among them Arbeid
     * med støtte and a wage subsidy) on every third candidate: rows the app's screens and the
     * indicators read, written set-wise because the generated facts do not carry them.
     */
    private static void stepsAndMeasures(Connection c) throws SQLException {
        try (var st = c.createStatement()) {
            st.executeUpdate("INSERT INTO training_step (path_id, position, title, planned_date, done_date, status) "
                    + "SELECT p.id, s.n, CASE s.n WHEN 1 THEN 'Praksis' WHEN 2 THEN 'Teorieksamen' ELSE 'Fagprøve' END, "
                    + "DATEADD(DAY, 90 * s.n, p.start_date), CASE WHEN s.n = 1 THEN DATEADD(DAY, 90, p.start_date) END, "
                    + "CASE WHEN s.n = 1 THEN 'DONE' ELSE 'PLANNED' END "
                    + "FROM training_path p CROSS JOIN (VALUES 1, 2, 3) AS s(n)");
            st.executeUpdate("INSERT INTO nav_measure (candidate_id, measure_code, start_date, end_date) "
                    + "SELECT id, CASE MOD(id, 4) WHEN 0 THEN 'UTVAOONAV' WHEN 1 THEN 'ARBTREN' WHEN 2 THEN 'MIDLONTIL' ELSE 'MENTOR' END, "
                    + "DATEADD(DAY, 20, referral_date), CASE WHEN MOD(id, 2) = 0 THEN DATEADD(DAY, 200, referral_date) END "
                    + "FROM candidate WHERE MOD(id, 3) = 0");
        }
    }

    private static void rows(Connection c, String sql, long count, Row row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (long i = 0; i < count; i++) {
                row.set(ps, i);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void date(PreparedStatement ps, int index, LocalDate d) throws SQLException {
        if (d == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setDate(index, Date.valueOf(d));
        }
    }
}
