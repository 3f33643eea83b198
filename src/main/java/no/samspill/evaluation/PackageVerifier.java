package no.samspill.evaluation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Checks that a package is a complete BagIt bag whose payload matches its SHA-256 manifest, so an
 * edited or damaged package is refused before anyone adds it up.
 */
public final class PackageVerifier {

    /** The outcome: the problems found (empty means valid) and, when valid, the bag's files. */
    public record Result(Path file, List<String> problems, Map<String, byte[]> payload, Map<String, String> info) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private PackageVerifier() {
    }

    public static Result verify(Path file) {
        List<String> problems = new ArrayList<>();
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (!e.isDirectory()) {
                    entries.put(e.getName(), zip.readAllBytes());
                }
            }
        } catch (IOException e) {
            return new Result(file, List.of("the file cannot be read as a zip file"), Map.of(), Map.of());
        }
        String root = entries.keySet().stream().filter(n -> n.endsWith("/bagit.txt") && n.indexOf('/') == n.lastIndexOf('/'))
                .map(n -> n.substring(0, n.indexOf('/') + 1)).findFirst().orElse(null);
        if (root == null) {
            return new Result(file, List.of("it is not a BagIt bag: bagit.txt is missing"), Map.of(), Map.of());
        }
        byte[] manifest = entries.get(root + "manifest-sha256.txt");
        if (manifest == null) {
            return new Result(file, List.of("manifest-sha256.txt is missing"), Map.of(), Map.of());
        }
        Map<String, byte[]> payload = new HashMap<>();
        entries.forEach((name, data) -> {
            if (name.startsWith(root + "data/")) {
                payload.put(name.substring((root + "data/").length()), data);
            }
        });
        Map<String, String> listed = new HashMap<>();
        for (String line : new String(manifest, StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            int split = line.indexOf(' ');
            if (split < 0) {
                problems.add("the manifest has a line that cannot be read");
                continue;
            }
            listed.put(line.substring(split).strip().replaceFirst("^data/", ""), line.substring(0, split));
        }
        listed.forEach((path, hash) -> {
            byte[] data = payload.get(path);
            if (data == null) {
                problems.add(path + " is listed in the manifest but missing");
            } else if (!EvaluationPackage.sha256(data).equalsIgnoreCase(hash)) {
                problems.add(path + " has been changed since the package was made");
            }
        });
        payload.keySet().stream().filter(p -> !listed.containsKey(p)).sorted()
                .forEach(p -> problems.add(p + " is not in the manifest"));
        Map<String, String> info = new LinkedHashMap<>();
        byte[] bagInfo = entries.get(root + "bag-info.txt");
        if (bagInfo != null) {
            for (String line : new String(bagInfo, StandardCharsets.UTF_8).split("\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    info.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
                }
            }
        }
        java.util.Collections.sort(problems);
        return new Result(file, List.copyOf(problems), problems.isEmpty() ? payload : Map.of(), info);
    }
}
