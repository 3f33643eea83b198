package no.samspill.evaluation;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The checks of a bag's manifests and Payload-Oxum, for {@link PackageVerifier}. */
final class BagManifests {

    private BagManifests() {
    }

    static void check(Map<String, byte[]> bag, List<String> problems) {
        Map<String, String> tags = lines(bag.get("tagmanifest-sha256.txt"), "tagmanifest-sha256.txt", problems);
        for (String tag : List.of("bagit.txt", "bag-info.txt", "manifest-sha256.txt")) {
            compare(tag, bag.get(tag), tags.remove(tag), "the tag manifest", problems);
        }
        tags.keySet().forEach(t -> problems.add("the tag manifest lists " + t + ", which is not a tag file of a package"));
        Map<String, String> listed = lines(bag.get("manifest-sha256.txt"), "manifest-sha256.txt", problems);
        long bytes = 0;
        int count = 0;
        for (Map.Entry<String, byte[]> f : bag.entrySet()) {
            if (f.getKey().startsWith("data/")) {
                compare(f.getKey(), f.getValue(), listed.remove(f.getKey()), "the manifest", problems);
                bytes += f.getValue().length;
                count++;
            }
        }
        listed.keySet().forEach(p -> problems.add("the manifest lists " + p + ", which is missing"));
        String oxum = info(bag.get("bag-info.txt")).get("Payload-Oxum");
        if (oxum == null) {
            problems.add("bag-info.txt has no Payload-Oxum");
        } else if (!oxum.equals(bytes + "." + count)) {
            problems.add("the Payload-Oxum in bag-info.txt (" + oxum + ") does not match the payload (" + bytes + "." + count + ")");
        }
    }

    private static void compare(String name, byte[] data, String hash, String manifest, List<String> problems) {
        if (data == null) {
            return;
        }
        if (hash == null) {
            problems.add(name + " is not in " + manifest);
        } else if (!EvaluationPackage.sha256(data).equalsIgnoreCase(hash)) {
            problems.add(name + " has been changed since the package was made");
        }
    }

    /** "hash  path" lines, by path; a line that cannot be read, or a path listed twice, is a problem. */
    private static Map<String, String> lines(byte[] manifest, String name, List<String> problems) {
        Map<String, String> out = new HashMap<>();
        if (manifest == null) {
            return out;
        }
        for (String line : new String(manifest, StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.strip().split("\\s+", 2);
            if (parts.length != 2 || !parts[0].matches("[0-9a-fA-F]{64}")) {
                problems.add(name + " has a line that cannot be read");
            } else if (out.put(parts[1], parts[0]) != null) {
                problems.add(name + " lists " + parts[1] + " twice");
            }
        }
        return out;
    }

    static Map<String, String> info(byte[] bagInfo) {
        Map<String, String> info = new LinkedHashMap<>();
        if (bagInfo != null) {
            for (String line : new String(bagInfo, StandardCharsets.UTF_8).split("\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    info.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
                }
            }
        }
        return info;
    }
}
