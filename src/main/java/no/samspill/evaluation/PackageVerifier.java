package no.samspill.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.Collections;

/**
 * Checks a package strictly before anyone adds it up: a zip that is whole (its central directory
 * is read), no entry that leaves the folder, not larger unpacked than a package can be, exactly the
 * files of the format, {@code bagit.txt} as written, every tag file in the tag manifest and every
 * payload file in the manifest with the right SHA-256, and the right Payload-Oxum. Each problem is a
 * sentence that names it. A manifest proves only that nothing changed by accident: whoever edits a
 * file can rebuild the manifests too (ADR 0013 says what a signature would take).
 */
public final class PackageVerifier {

    /** Unpacked, a package is a few hundred kilobytes; anything near this is not one. */
    static final long MAX_UNPACKED = 50L * 1024 * 1024;

    /** The outcome: the problems found (empty means valid) and, when valid, the bag's files. */
    public record Result(Path file, List<String> problems, Map<String, byte[]> payload, Map<String, String> info) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private PackageVerifier() {
    }

    public static Result verify(Path file) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        String unreadable = read(file, entries);
        if (unreadable != null) {
            return refused(file, unreadable);
        }
        String root = entries.keySet().stream().filter(n -> n.endsWith("/bagit.txt") && n.indexOf('/') == n.lastIndexOf('/'))
                .map(n -> n.substring(0, n.indexOf('/') + 1)).findFirst().orElse(null);
        if (root == null) {
            return refused(file, "it is not a BagIt bag: bagit.txt is missing");
        }
        List<String> problems = new ArrayList<>();
        Map<String, byte[]> bag = new LinkedHashMap<>();
        entries.forEach((name, data) -> {
            if (!name.startsWith(root)) {
                problems.add(name + " lies outside the package folder");
            } else if (!EvaluationPackage.FILES.contains(name.substring(root.length()))
                    && !EvaluationPackage.OPTIONAL_FILES.contains(name.substring(root.length()))) {
                problems.add(name.substring(root.length()) + " is not part of a Samspill package");
            } else {
                bag.put(name.substring(root.length()), data);
            }
        });
        EvaluationPackage.FILES.stream().filter(f -> !bag.containsKey(f)).forEach(f -> problems.add(f + " is missing"));
        if (bag.containsKey("bagit.txt") && !new String(bag.get("bagit.txt"), StandardCharsets.UTF_8).equals(EvaluationPackage.BAGIT)) {
            problems.add("bagit.txt has been changed");
        }
        BagManifests.check(bag, problems);
        Map<String, String> info = BagManifests.info(bag.get("bag-info.txt"));
        Collections.sort(problems);
        Map<String, byte[]> payload = new LinkedHashMap<>();
        bag.forEach((name, data) -> {
            if (name.startsWith("data/")) {
                payload.put(name.substring("data/".length()), data);
            }
        });
        return new Result(file, List.copyOf(problems), problems.isEmpty() ? payload : Map.of(), info);
    }

    private static Result refused(Path file, String problem) {
        return new Result(file, List.of(problem), Map.of(), Map.of());
    }

    /** Reads every entry into {@code entries}; returns why not, or null. */
    private static String read(Path file, Map<String, byte[]> entries) {
        try {
            if (Files.size(file) > MAX_UNPACKED) {
                return "the file is far larger than a package can be";
            }
        } catch (IOException e) {
            return "the file cannot be read";
        }
        long total = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry e = all.nextElement();
                String name = e.getName();
                if (name.startsWith("/") || name.contains("\\") || name.contains(":") || List.of(name.split("/")).contains("..")) {
                    return "the entry " + name + " would leave the package folder when unpacked";
                }
                if (e.isDirectory()) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(e)) {
                    byte[] data = in.readNBytes((int) Math.min(MAX_UNPACKED - total + 1, Integer.MAX_VALUE - 8));
                    total += data.length;
                    if (total > MAX_UNPACKED) {
                        return "it would unpack to more than " + MAX_UNPACKED / (1024 * 1024) + " MB, far more than a package";
                    }
                    if (entries.put(name, data) != null) {
                        return "the entry " + name + " appears twice";
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return "the file is not a whole zip file (damaged or cut short)";
        }
        return null;
    }
}
