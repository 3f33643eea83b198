package no.samspill.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.samspill.AppVersion;
import no.samspill.data.AuditLog;
import no.samspill.data.DataDirectory;
import no.samspill.data.Database;
import no.samspill.data.EvaluationRepository;
import no.samspill.data.MunicipalityRepository;
import no.samspill.domain.Municipality;
import no.samspill.evaluation.EvaluationPackage;
import no.samspill.evaluation.NarrativeCheck;
import no.samspill.evaluation.PackageContent;
import no.samspill.evaluation.PackageExport;
import no.samspill.evaluation.PackageVerifier;
import no.samspill.evaluation.Period;
import no.samspill.evaluation.Protection;
import no.samspill.evaluation.RollUp;
import no.samspill.evaluation.Threshold;

/**
 * The command line: the same code as the window, without JavaFX.
 *
 * <pre>
 * export --municipality 1234 --year 2026 [--as-of 2026-12-31] [--threshold nav|ssb|N] [--language nb|nn|en] --out FILE [--data-dir DIR]
 * verify FILE...
 * aggregate --out FILE [--name NAME] [--threshold nav|ssb|N] PACKAGE...
 * verify-audit [--data-dir DIR]
 * protect TABLES.json [--out FILE]
 * </pre>
 *
 * Exit codes: 0 done, 1 unexpected failure, 2 wrong usage, 3 export blocked by personal data in the
 * narrative, 4 a package failed verification, 5 data not found or not available.
 */
public final class Cli {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int BLOCKED = 3;
    static final int INVALID = 4;
    static final int UNAVAILABLE = 5;

    private final PrintStream out;
    private final PrintStream err;

    Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new Cli(System.out, System.err).run(args));
    }

    int run(String[] args) {
        if (args.length == 0) {
            return usage("Say what to do: export, verify or aggregate.");
        }
        try {
            return switch (args[0]) {
                case "export" -> export(options(args), args);
                case "verify" -> verify(List.of(args).subList(1, args.length));
                case "aggregate" -> aggregate(options(args), args);
                case "verify-audit" -> verifyAudit(options(args));
                case "protect" -> new ProtectCommand(out, err).run(options(args), positional(args));
                case "help", "--help", "-h" -> usage(null);
                default -> usage("Unknown command \"" + args[0] + "\".");
            };
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        } catch (RuntimeException e) {
            err.println("Samspill could not finish: " + e.getClass().getSimpleName() + ". Nothing was written.");
            return FAILED;
        }
    }

    private int export(Map<String, String> o, String[] args) {
        String number = required(o, "--municipality");
        int year = number(required(o, "--year"), "--year");
        Path target = Path.of(required(o, "--out"));
        LocalDate asOf = o.containsKey("--as-of") ? date(o.get("--as-of")) : LocalDate.of(year, 12, 31);
        Threshold threshold = Threshold.parse(o.getOrDefault("--threshold", "nav"));
        Protection.Method method = Protection.Method.parse(o.getOrDefault("--method", "suppression"));
        String language = o.getOrDefault("--language", "nb");
        if (!List.of("nb", "nn", "en").contains(language)) {
            throw new IllegalArgumentException("--language must be nb, nn or en.");
        }
        Period period;
        try {
            period = new Period(year, asOf);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--as-of must be a date in " + year + ".");
        }
        Path dataDir = DataDirectory.forThisMachine(o.get("--data-dir"));
        Database db = openData(dataDir);
        if (db == null) {
            return UNAVAILABLE;
        }
        try (db) {
            AuditLog audit = new AuditLog(java.time.Clock.systemDefaultZone(), System.getProperty("user.name", "unknown"));
            Municipality m = new MunicipalityRepository(db.dsl(), audit).findByNumber(number).orElse(null);
            if (m == null) {
                err.println("No municipality with number " + number + " is in " + dataDir + ".");
                return UNAVAILABLE;
            }
            EvaluationRepository repo = new EvaluationRepository(db.dsl(), audit, java.time.Clock.systemDefaultZone());
            PackageContent content;
            try {
                content = PackageExport.prepare(m.number(), m.name(), repo.facts(m.id()), period, threshold, repo.narrative(m.id(), year),
                        repo.personalValues(m.id()), AppVersion.get(), language, method);
            } catch (PackageExport.BlockedException blocked) {
                err.println("The narrative names people from the register. Remove these and export again:");
                for (NarrativeCheck.Finding f : blocked.findings()) {
                    err.println("  " + f.section() + ", at character " + (f.start() + 1));
                }
                return BLOCKED;
            }
            write(target, EvaluationPackage.build(content));
            Protection p = content.evaluation().protection();
            out.println("Wrote " + target + " (" + (method == Protection.Method.ROUNDING
                    ? "small counts rounded, largest difference " + p.maxError()
                    : p.loss().hidden() + " of " + p.loss().nonZero() + " non-zero cells hidden") + ", threshold " + threshold.name() + ").");
            return OK;
        }
    }

    private int verifyAudit(Map<String, String> o) {
        Path dataDir = DataDirectory.forThisMachine(o.get("--data-dir"));
        Database db = openData(dataDir);
        if (db == null) {
            return UNAVAILABLE;
        }
        try (db) {
            no.samspill.data.AuditVerifier.Result r = new no.samspill.data.AuditVerifier(db.dsl()).verify();
            if (r.intact()) {
                out.println("The audit log is intact: " + r.checked() + " entries, each linked to the one before.");
                return OK;
            }
            err.println("The audit log has been changed outside Samspill: entry " + r.brokenAt().orElseThrow()
                    + " does not match the chain (" + r.checked() + " entries before it are intact).");
            return INVALID;
        }
    }

    /**
     * Opens the data, asking for the password when the file is encrypted: from SAMSPILL_PASSWORD if
     * set, otherwise at the terminal. Says why and returns null when it cannot.
     */
    private Database openData(Path dataDir) {
        if (!Files.exists(dataDir.resolve(Database.FILE_NAME + ".mv.db"))) {
            err.println("There is no Samspill data in " + dataDir + ".");
            return null;
        }
        char[] password = null;
        if (Database.state(dataDir) == Database.FileState.ENCRYPTED) {
            String env = System.getenv("SAMSPILL_PASSWORD");
            if (env != null && !env.isEmpty()) {
                password = env.toCharArray();
            } else if (System.console() != null) {
                password = System.console().readPassword("Password for the Samspill data: ");
            }
            if (password == null) {
                err.println("The data is encrypted. Set SAMSPILL_PASSWORD, or run this in a terminal to be asked for the password.");
                return null;
            }
        }
        try {
            return Database.open(dataDir, password);
        } catch (Database.WrongPasswordException e) {
            err.println("The password is wrong; nothing was opened.");
            return null;
        } catch (RuntimeException e) {
            err.println("The data in " + dataDir + " cannot be opened. If Samspill is open, close it, or use the app.");
            return null;
        } finally {
            if (password != null) {
                java.util.Arrays.fill(password, '\0');
            }
        }
    }

    private int verify(List<String> files) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("Name at least one package to verify.");
        }
        int code = OK;
        for (String f : files) {
            Path path = Path.of(f);
            if (!Files.isRegularFile(path)) {
                err.println(f + ": there is no such file.");
                code = INVALID;
                continue;
            }
            PackageVerifier.Result r = PackageVerifier.verify(path);
            if (r.valid()) {
                out.println(f + ": OK, " + r.payload().size() + " files match the manifest.");
            } else {
                err.println(f + ": refused: " + String.join("; ", r.problems()) + ".");
                code = INVALID;
            }
        }
        return code;
    }

    private int aggregate(Map<String, String> o, String[] args) {
        Path target = Path.of(required(o, "--out"));
        List<Path> inputs = positional(args);
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("Name the packages to add up.");
        }
        List<PackageVerifier.Result> verified = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (Path p : inputs) {
            PackageVerifier.Result r = Files.isRegularFile(p) ? PackageVerifier.verify(p)
                    : new PackageVerifier.Result(p, List.of("there is no such file"), Map.of(), Map.of());
            if (r.valid()) {
                verified.add(r);
            } else {
                refused.add(p.getFileName() + ": " + String.join("; ", r.problems()));
            }
        }
        if (!refused.isEmpty()) {
            err.println("These packages were refused, so nothing was added up:");
            refused.forEach(line -> err.println("  " + line));
            return INVALID;
        }
        RollUp.Result result = RollUp.aggregate(verified, o.getOrDefault("--name", "Nasjonalt"),
                Threshold.parse(o.getOrDefault("--threshold", "nav")), AppVersion.get());
        write(target, result.zip());
        out.println("Added up " + verified.size() + " packages into " + target + ".");
        return OK;
    }

    static void write(Path target, byte[] bytes) {
        try {
            Path parent = target.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path tmp = Files.createTempFile(parent, ".samspill", ".part");
            Files.write(tmp, bytes);
            Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("Cannot write " + target + ": check the folder and the disk.");
        }
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> o = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(args[i] + " needs a value.");
                }
                o.put(args[i], args[++i]);
            }
        }
        return o;
    }

    static List<Path> positional(String[] args) {
        List<Path> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                i++;
            } else {
                files.add(Path.of(args[i]));
            }
        }
        return files;
    }

    private static String required(Map<String, String> o, String name) {
        String v = o.get(name);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException(name + " is required.");
        }
        return v;
    }

    private static int number(String s, String name) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a year such as 2026.");
        }
    }

    private static LocalDate date(String s) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--as-of must be a date written as 2026-12-31.");
        }
    }

    private int usage(String problem) {
        if (problem != null) {
            err.println(problem);
        }
        (problem == null ? out : err).println("""
                Usage:
                  samspill-cli export --municipality 1234 --year 2026 [--as-of 2026-12-31] [--threshold nav|ssb|N] [--method suppression|rounding] [--language nb|nn|en] --out FILE [--data-dir DIR]
                  samspill-cli verify FILE...
                  samspill-cli aggregate --out FILE [--name NAME] [--threshold nav|ssb|N] PACKAGE...
                  samspill-cli verify-audit [--data-dir DIR]
                  samspill-cli protect TABLES.json [--out FILE]""");
        return problem == null ? OK : USAGE;
    }
}
