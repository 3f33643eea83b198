package no.samspill.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * A file written before the ending categories changed keeps every ending, each in the category the
 * migration promises: written in plain SQL at schema version 4, read back in plain SQL after the
 * upgrade, so nothing of the app's own mapping is used to check it.
 */
class EndReasonMigrationTest {

    @Test
    void everyOldReasonLandsInItsNewCategory() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:endreasons;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").target("4").load().migrate();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO municipality (id, kommunenummer, name) VALUES (1, '3401', 'Kongsvinger')");
            String[][] cases = {
                    // candidate, old reason, job kinds held
                    {"1", "JOB", "ORDINARY"}, {"2", "JOB", "MEASURE"}, {"3", "JOB", "MEASURE,ORDINARY"}, {"4", "JOB", ""},
                    {"5", "OTHER_MEASURE", ""}, {"6", "DROPPED_OUT", ""}, {"7", "OTHER", ""}, {"8", "MOVED", ""},
                    {"9", "HEALTH", ""}, {"10", "EDUCATION", "MEASURE"}};
            for (String[] k : cases) {
                s.execute("INSERT INTO candidate (id, municipality_id, full_name, birth_year, programme, status) VALUES ("
                        + k[0] + ", 1, 'K" + k[0] + "', 2000, 'RECRUITMENT_THROUGH_INCLUSION', 'ENDED')");
                s.execute("INSERT INTO candidate_status_change (candidate_id, status, effective_date) VALUES (" + k[0] + ", 'ACTIVE', DATE '2025-01-01')");
                s.execute("INSERT INTO candidate_status_change (candidate_id, status, effective_date, end_reason) VALUES ("
                        + k[0] + ", 'ENDED', DATE '2025-06-01', '" + k[1] + "')");
                for (String kind : k[2].isEmpty() ? new String[0] : k[2].split(",")) {
                    s.execute("INSERT INTO employment_spell (candidate_id, start_date, job_percentage, permanent, employment_kind) VALUES ("
                            + k[0] + ", DATE '2025-03-01', 50, FALSE, '" + kind + "')");
                }
            }
        }
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        Map<Integer, String> after = new LinkedHashMap<>();
        int nulls = 0;
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT candidate_id, end_reason FROM candidate_status_change ORDER BY candidate_id, effective_date")) {
            while (r.next()) {
                if (r.getString(2) == null) {
                    nulls++;
                } else {
                    after.put(r.getInt(1), r.getString(2));
                }
            }
        }
        assertEquals(10, nulls, "the entries without a reason keep none");
        assertEquals(Map.of(1, "ORDINARY_JOB", 2, "WAGE_SUBSIDY_JOB", 3, "ORDINARY_JOB", 4, "ORDINARY_JOB",
                5, "OTHER_NAV_MEASURE", 6, "NOT_CLARIFIED", 7, "NOT_CLARIFIED", 8, "MOVED", 9, "HEALTH", 10, "EDUCATION"), after);
    }
}
