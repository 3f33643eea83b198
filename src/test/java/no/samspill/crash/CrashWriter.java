package no.samspill.crash;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import no.samspill.data.AuditLog;
import no.samspill.data.CandidateRepository;
import no.samspill.data.Database;
import no.samspill.data.MunicipalityRepository;
import no.samspill.domain.Candidate;
import no.samspill.domain.CandidateStatus;
import no.samspill.domain.Gender;
import no.samspill.domain.Municipality;
import no.samspill.domain.Programme;
import no.samspill.domain.ReferralSource;

/**
 * The child process of the crash harness: opens the data layer as the app does and saves
 * candidates until it is killed, printing "ACK name" only after each save has committed.
 */
public final class CrashWriter {

    private CrashWriter() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        String prefix = args[1];
        Clock clock = Clock.systemDefaultZone();
        AuditLog audit = new AuditLog(clock, "crash-harness");
        Database db = Database.open(dir);
        MunicipalityRepository municipalities = new MunicipalityRepository(db.dsl(), audit);
        long mid = municipalities.findByNumber("4242").orElseGet(() -> municipalities.create(new Municipality(null, "4242", "Krasjvik", false))).id();
        CandidateRepository candidates = new CandidateRepository(db.dsl(), audit, clock);
        System.out.println("READY");
        System.out.flush();
        for (int n = 0; ; n++) {
            String name = prefix + "-" + n;
            candidates.save(new Candidate(null, mid, name, null, 2000, null, Gender.NOT_RECORDED, null, LocalDate.now(clock),
                    ReferralSource.NAV, null, Programme.RECRUITMENT_THROUGH_INCLUSION, CandidateStatus.REFERRED, null, null));
            System.out.println("ACK " + name);
            System.out.flush();
        }
    }
}
