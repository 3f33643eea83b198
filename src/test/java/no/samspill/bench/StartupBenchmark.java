package no.samspill.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;

/**
 * The first window, against its floor, in one run with the same JVM and options: the installer's
 * app-image (its jlinked runtime and its jars, as a coordinator gets them) starts a bare JavaFX window
 * ({@link BareWindow}, put in a jar here) and Samspill's password window on an empty data folder, each
 * afresh, without and with a JDK 25 AOT cache written by a training start (the cache wants jars, not
 * class folders), the variants in turn, eleven rounds. Each start prints the JVM's uptime when its first
 * window showed; the table gives the medians and Samspill's ratio to the bare window (goal: at most 1.2).
 *
 * <p>{@code ./mvnw -q -DskipTests -Pinstaller package && xvfb-run -a ./mvnw -q test-compile exec:exec@startup-benchmark}
 */
public final class StartupBenchmark {

    private static final int RUNS = 11;
    private static final Path IMAGE = Path.of("target", "jpackage", "image", "Samspill", "lib");
    private static final Pattern SHOWN = Pattern.compile("First window shown: (\\w+), (\\d+) ms");

    /** Medians in ms of the JVM's uptime when the first window showed; the AOT pair is null when no cache was written. */
    record Medians(long plainBare, long plainApp, Long aotBare, Long aotApp, Long aotThemedBare, Long aotControls) {
    }

    public static void main(String[] args) throws Exception {
        Medians m = measure();
        System.out.printf("%nFirst window, median of %d starts (uptime of the JVM when the window showed)%n", RUNS);
        row("bare JavaFX window (the floor)", m.plainBare(), null);
        row("Samspill's password window", m.plainApp(), m.plainBare());
        row("bare JavaFX window, AOT cache", m.aotBare(), null);
        row("Samspill's password window, AOT cache", m.aotApp(), m.aotBare());
        if (m.aotThemedBare() != null && m.aotBare() != null) {
            System.out.printf("%-44s %6d ms   %.2f× the bare window (for comparison: the theme's share of the gap)%n",
                    "bare window, app's theme, AOT cache", m.aotThemedBare(), m.aotThemedBare() / (double) m.aotBare());
        }
        if (m.aotControls() != null && m.aotApp() != null) {
            System.out.printf("%-44s %6d ms   Samspill is %.2f× a window of the same controls%n",
                    "the password window's controls, theme, AOT", m.aotControls(), m.aotApp() / (double) m.aotControls());
        }
        if (m.aotApp() != null) {
            System.out.printf("%-44s %6.2f×   (Samspill with the cache against the bare window without)%n", "", m.aotApp() / (double) m.plainBare());
        }
    }

    static boolean imageBuilt() {
        return Files.isDirectory(IMAGE);
    }

    static Medians measure() throws Exception {
        if (!imageBuilt()) {
            throw new IllegalStateException("Build the app-image first: ./mvnw -q -DskipTests -Pinstaller package");
        }
        Path image = IMAGE;
        String java = image.resolve("runtime").resolve("bin").resolve("java").toString();
        Path work = Files.createTempDirectory("samspill-startup");
        Path bareJar = work.resolve("bare.jar");
        ToolProvider.findFirst("jar").orElseThrow().run(System.out, System.err, "--create", "--file", bareJar.toString(),
                "-C", "target/test-classes", "no/samspill/bench/BareWindow.class", "-C", "target/test-classes",
                "no/samspill/bench/BareWindow$Window.class");
        String classpath;
        try (var jars = Files.list(image.resolve("app"))) {
            classpath = bareJar + File.pathSeparator + String.join(File.pathSeparator,
                    jars.filter(j -> j.toString().endsWith(".jar")).map(j -> j.toAbsolutePath().toString()).sorted().toList());
        }
        List<String> launcher = launcherOptions(image);
        List<String> training = optionsFile(Path.of("packaging", "jpackage", "aot-training-options"));
        List<String> bare = List.of(BareWindow.class.getName());
        List<String> samspill = List.of("no.samspill.Launcher");
        Path bareCache = work.resolve("bare.aot");
        Path appCache = work.resolve("samspill.aot");
        Path themedCache = work.resolve("themed.aot");
        Path controlsCache = work.resolve("controls.aot");
        List<String> themed = List.of("-Dbench.theme=true", BareWindow.class.getName());
        List<String> controls = List.of("-Dbench.theme=true", "-Dbench.controls=true", BareWindow.class.getName());
        List<String> trainingOptions = new ArrayList<>(launcher);
        trainingOptions.addAll(training);
        train(java, classpath, trainingOptions, bareCache, bare, work);
        train(java, classpath, trainingOptions, themedCache, themed, work);
        train(java, classpath, trainingOptions, controlsCache, controls, work);
        train(java, classpath, trainingOptions, appCache, samspill, work);
        List<List<String>> variants = new ArrayList<>(List.of(launcher, launcher));
        List<List<String>> mains = new ArrayList<>(List.of(bare, samspill));
        for (Path cache : List.of(bareCache, appCache, themedCache, controlsCache)) {
            List<String> withCache = new ArrayList<>(launcher);
            withCache.add("-XX:AOTCache=" + cache);
            variants.add(Files.exists(cache) ? withCache : null);
        }
        mains.addAll(List.of(bare, samspill, themed, controls));
        long[][] ms = rounds(java, classpath, variants, mains, work);
        return new Medians(median(ms[0]), median(ms[1]), medianOrNull(ms[2]), medianOrNull(ms[3]), medianOrNull(ms[4]), medianOrNull(ms[5]));
    }

    /**
     * Each variant started once a round, in turn, so that whatever else the machine does meanwhile
     * falls on all of them alike rather than on the block of starts that happened to run then (five
     * starts in blocks gave ratios from 1.41 to 1.73 for the same build). Null variants are skipped.
     */
    private static long[][] rounds(String java, String classpath, List<List<String>> options, List<List<String>> mains, Path work) throws Exception {
        long[][] ms = new long[options.size()][];
        for (int v = 0; v < options.size(); v++) {
            ms[v] = options.get(v) == null ? null : new long[RUNS];
        }
        for (int i = 0; i < RUNS; i++) {
            for (int v = 0; v < options.size(); v++) {
                if (ms[v] != null) {
                    ms[v][i] = start(java, classpath, options.get(v), mains.get(v), work, i + 1);
                }
            }
        }
        return ms;
    }

    private static Long medianOrNull(long[] ms) {
        return ms == null ? null : median(ms);
    }

    /**
     * The JVM options the installer's launcher starts Samspill with (its Samspill.cfg), but for its own
     * cache and version: every variant starts with them, so the floor is started as the app is.
     */
    static List<String> launcherOptions(Path image) throws java.io.IOException {
        return Files.readAllLines(image.resolve("app").resolve("Samspill.cfg")).stream()
                .filter(line -> line.startsWith("java-options="))
                .map(line -> line.substring("java-options=".length()))
                .filter(option -> !option.contains("$APPDIR") && !option.startsWith("-Djpackage.app-version"))
                .toList();
    }

    /** One option a line, as build.sh reads the same file; comments and blank lines skipped. */
    private static List<String> optionsFile(Path file) throws java.io.IOException {
        return Files.readAllLines(file).stream().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    /** A start that shows its first window and exits by itself, the JVM writing the AOT cache as it does. */
    private static void train(String java, String classpath, List<String> options, Path cache, List<String> main, Path work) throws Exception {
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(options);
        command.addAll(List.of("-Dsamspill.trainingRun=true", "-XX:AOTCacheOutput=" + cache, "-cp", classpath));
        command.addAll(main);
        command.add("--data-dir=" + Files.createTempDirectory(work, "data"));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
    }

    /** One start in a fresh data folder; the uptime it reported, after it is stopped. */
    private static long start(String java, String classpath, List<String> options, List<String> main, Path work, int n) throws Exception {
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(options);
        command.addAll(List.of("-cp", classpath));
        command.addAll(main);
        command.add("--data-dir=" + Files.createTempDirectory(work, "data"));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        long shown = -1;
        StringBuilder said = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                said.append(line).append('\n');
                Matcher m = SHOWN.matcher(line);
                if (m.find()) {
                    shown = Long.parseLong(m.group(2));
                    break;
                }
            }
            p.destroy();  // An orderly stop: the JVM writes an AOT cache it was asked for.
            try {
                while (out.readLine() != null) {
                    // drain until the process is gone
                }
            } catch (java.io.IOException gone) {
                // The process closed its output as it stopped.
            }
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        if (shown < 0) {
            throw new IllegalStateException("start " + n + " of " + main + " showed no window:\n" + said);
        }
        return shown;
    }

    private static void row(String what, Long ms, Long floor) {
        if (ms == null) {
            System.out.printf("%-44s   (no AOT cache was written)%n", what);
            return;
        }
        String ratio = floor == null ? "" : String.format("   %.2f× the bare window (goal: at most 1.20×)", ms / (double) floor);
        System.out.printf("%-44s %6d ms%s%n", what, ms, ratio);
    }

    private static long median(long[] ms) {
        long[] sorted = ms.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
