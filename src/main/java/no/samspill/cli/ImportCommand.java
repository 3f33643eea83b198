package no.samspill.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import no.samspill.data.Database;
import no.samspill.data.Repositories;
import no.samspill.domain.InvalidRecordException;
import no.samspill.domain.Municipality;
import no.samspill.importing.CancelCheck;
import no.samspill.importing.CandidateImporter;
import no.samspill.importing.ColumnMapping;
import no.samspill.importing.ImportRefused;
import no.samspill.importing.ImportReport;
import no.samspill.importing.RawTable;
import no.samspill.importing.SpreadsheetFile;
import no.samspill.importing.TextEncoding;
import no.samspill.importing.ValueMapping;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Imports candidates from a CSV or XLSX file, with the columns and words guessed from the file. "
                + "With --dry-run it prints the report and stores nothing; without, it stores exactly the valid rows in one transaction.")
final class ImportCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @ParentCommand Cli cli;
    @Mixin DataFolder data;
    @Option(names = "--municipality", required = true, paramLabel = "NUMBER", description = "Kommunenummer, for example 9999.")
    String number;
    @Option(names = "--file", required = true, paramLabel = "FILE", description = "The CSV or XLSX file.")
    Path file;
    @Option(names = "--dry-run", description = "Print the report; store nothing.")
    boolean dryRun;
    @Option(names = "--encoding", paramLabel = "NAME", description = "utf-8 or windows-1252, when the one found is wrong.")
    String encoding;
    @Option(names = "--duplicates", defaultValue = "skip", description = "What to do with possible duplicates: skip, import or merge.")
    String duplicates;
    @Option(names = "--language", defaultValue = "nb", description = "The report's language: nb, nn or en.")
    String language;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CandidateImporter.Decision decision = CandidateImporter.Decision.valueOf(duplicates.toUpperCase(Locale.ROOT));
        TextEncoding chosen = encoding == null ? null : switch (encoding.toLowerCase(Locale.ROOT)) {
            case "utf-8", "utf8" -> TextEncoding.UTF_8;
            case "windows-1252", "cp1252" -> TextEncoding.WINDOWS_1252;
            default -> throw new IllegalArgumentException("--encoding must be utf-8 or windows-1252.");
        };
        ImportReport report = new ImportReport(Locale.of(List.of("nb", "nn", "en").contains(language) ? language : "nb"));
        RawTable table;
        try {
            table = SpreadsheetFile.read(file, chosen, CancelCheck.NEVER);
        } catch (ImportRefused refused) {
            err.println(report.refusal(refused));
            return Cli.INVALID;
        }
        return data.withData(cli, err, db -> run(db, table, decision, report, out, err));
    }

    private int run(Database db, RawTable table, CandidateImporter.Decision decision, ImportReport report, PrintWriter out, PrintWriter err) {
        Repositories repos = Repositories.of(db, Clock.systemDefaultZone(), Repositories.osUser());
        Municipality mun = repos.municipalities().findByNumber(number).orElse(null);
        if (mun == null) {
            err.println("No municipality with number " + number + " is in " + data.path() + ".");
            return Cli.UNAVAILABLE;
        }
        CandidateImporter importer = new CandidateImporter(repos.lookups(), repos.candidateImport(), repos.clock());
        ColumnMapping columns = ColumnMapping.guess(table.headers());
        if (!columns.hasName()) {
            err.println(report.noNameColumn());
            return Cli.INVALID;
        }
        if (table.encoding() != null) {
            out.println(report.read(table));
        }
        ValueMapping values = importer.guessValues(mun.id(), table, columns);
        CandidateImporter.Checked checked = importer.check(mun.id(), table, columns, values, CancelCheck.NEVER);
        report.lines(checked).forEach(out::println);
        if (dryRun) {
            return Cli.OK;
        }
        Map<Integer, CandidateImporter.Decision> decisions = new HashMap<>();
        checked.duplicates().forEach(d -> decisions.put(d.row(), decision));
        try {
            CandidateImporter.Outcome o = importer.commit(checked, decisions);
            out.println(report.done(o));
            return Cli.OK;
        } catch (InvalidRecordException e) {
            err.println(report.nothingStored());
            return Cli.INVALID;
        }
    }
}
