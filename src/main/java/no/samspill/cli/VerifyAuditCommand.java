package no.samspill.cli;

import java.util.concurrent.Callable;
import no.samspill.data.AuditVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "verify-audit", mixinStandardHelpOptions = true, description = "Checks the audit log's hash chain.")
final class VerifyAuditCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @ParentCommand Cli cli;
    @Mixin DataFolder data;

    @Override
    public Integer call() {
        return data.withData(cli, spec.commandLine().getErr(), db -> {
            AuditVerifier.Result r = new AuditVerifier(db.dsl()).verify();
            if (r.intact()) {
                spec.commandLine().getOut().println("The audit log is intact: " + r.checked() + " entries, each linked to the one before.");
                return Cli.OK;
            }
            spec.commandLine().getErr().println("The audit log has been changed outside Samspill: entry " + r.brokenAt().orElseThrow()
                    + " does not match the chain (" + r.checked() + " entries before it are intact).");
            return Cli.INVALID;
        });
    }
}
