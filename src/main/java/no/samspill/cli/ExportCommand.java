package no.samspill.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import no.samspill.AppVersion;
import no.samspill.data.Database;
import no.samspill.data.EvaluationRepository;
import no.samspill.data.Repositories;
import no.samspill.domain.Municipality;
import no.samspill.evaluation.Evaluation;
import no.samspill.evaluation.EvaluationService;
import no.samspill.evaluation.NarrativeCheck;
import no.samspill.evaluation.PackageContent;
import no.samspill.evaluation.PackageExport;
import no.samspill.evaluation.Period;
import no.samspill.evaluation.Protection;
import no.samspill.evaluation.SecretariatKey;
import no.samspill.evaluation.Threshold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true, description = "Writes a municipality's evaluation package for a year.")
final class ExportCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @ParentCommand Cli cli;
    @Option(names = "--municipality", required = true, paramLabel = "NUMBER", description = "Kommunenummer, for example 9999.")
    String number;
    @Option(names = "--year", required = true, description = "The reporting year, for example 2026.")
    int year;
    @Option(names = "--as-of", paramLabel = "DATE", description = "The as-of date in the year (default: 31 December).")
    LocalDate asOf;
    @Mixin ThresholdOption threshold;
    @Option(names = "--method", defaultValue = "suppression", description = "suppression (hide small counts) or rounding.")
    String method;
    @Option(names = "--language", defaultValue = "nb", description = "The report's language: nb, nn or en.")
    String language;
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The package to write.")
    Path target;
    @Option(names = "--to-key", paramLabel = "FILE",
            description = "A secretariat's public key: the package then carries the exact tables, encrypted to that key.")
    Path toKey;
    @Mixin DataFolder data;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Threshold t = threshold.get();
        Protection.Method m = Protection.Method.parse(method);
        if (!List.of("nb", "nn", "en").contains(language)) {
            throw new IllegalArgumentException("--language must be nb, nn or en.");
        }
        Period period;
        try {
            period = new Period(year, asOf == null ? LocalDate.of(year, 12, 31) : asOf);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new IllegalArgumentException("--as-of must be a date in " + year + ".");
        }
        SecretariatKey key = null;
        if (toKey != null) {
            try {
                key = SecretariatKey.parse(Files.readString(toKey, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalArgumentException("The key file " + toKey + " cannot be read.");
            }
        }
        SecretariatKey companion = key;
        return data.withData(cli, err, db -> export(db, period, t, m, companion, out, err));
    }

    private int export(Database db, Period period, Threshold t, Protection.Method m, SecretariatKey companion, PrintWriter out,
                       PrintWriter err) {
        Repositories repos = Repositories.of(db, Clock.systemDefaultZone(), Repositories.osUser());
        Municipality mun = repos.municipalities().findByNumber(number).orElse(null);
        if (mun == null) {
            err.println("No municipality with number " + number + " is in " + data.path() + ".");
            return Cli.UNAVAILABLE;
        }
        EvaluationRepository repo = repos.evaluation();
        PackageContent content;
        List<String> personal = repo.personalValues(mun.id());
        try {
            content = new PackageContent(mun.number(), mun.name(), Evaluation.compute(repo.facts(mun.id()), period, t, m),
                    repo.narrative(mun.id(), year), AppVersion.get(), language, companion);
            // The service checks the narrative once, before anything is built.
            EvaluationService.export(content, personal, target, () -> false);
        } catch (PackageExport.BlockedException blocked) {
            err.println("The narrative names people from the register. Remove these and export again:");
            for (NarrativeCheck.Finding f : blocked.findings()) {
                err.println("  " + f.section() + ", at character " + (f.start() + 1));
            }
            return Cli.BLOCKED;
        } catch (RuntimeException e) {
            err.println("The package could not be made (" + e.getClass().getSimpleName() + "). Nothing was written.");
            return Cli.EXPORT_FAILED;
        }
        Protection p = content.evaluation().protection();
        out.println("Wrote " + target + " (" + (m == Protection.Method.ROUNDING
                ? "small counts rounded, largest difference " + p.maxError()
                : p.loss().hidden() + " of " + p.loss().nonZero() + " non-zero cells hidden") + ", threshold " + t.name() + ").");
        if (companion != null) {
            out.println("The exact tables are in data/confidential.age, encrypted to " + companion.organisation()
                    + " (fingerprint " + companion.fingerprint() + ").");
        }
        return Cli.OK;
    }
}
