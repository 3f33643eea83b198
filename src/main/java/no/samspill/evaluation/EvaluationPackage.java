package no.samspill.evaluation;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.time.LocalDate;
import java.util.List;

/**
 * Builds the package: a zip laid out as a BagIt bag (RFC 8493) with one top-level folder named
 * after kommunenummer and year, a payload manifest and a tag manifest over the tag files. The same content gives the same bytes: no clock is read, entries
 * are in a fixed order and every time stamp is the as-of date. The one exception is a confidential
 * companion, which age encrypts with a fresh random key each time; the public files stay the same.
 */
public final class EvaluationPackage {

    /** The files of a package of this format, besides the top folder: tag files, then payload. */
    static final List<String> FILES = List.of("bagit.txt", "bag-info.txt", "manifest-sha256.txt",
            "tagmanifest-sha256.txt", "data/indicators.csv", "data/indicators.json", "data/indicators.xlsx", "data/report.pdf",
            "data/suppression-log.csv");

    /** Files a package may hold besides {@link #FILES}. */
    static final List<String> OPTIONAL_FILES = List.of("data/" + Companion.FILE);

    public static final String BAGIT = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n";

    private EvaluationPackage() {
    }

    /** The payload files, by their path under {@code data/}. */
    public static Map<String, byte[]> payload(PackageContent content) {
        Map<String, byte[]> files = new TreeMap<>();
        byte[] json = JsonFile.write(content);
        files.put("indicators.json", json);
        files.put("indicators.csv", CsvFiles.indicators(content));
        files.put("suppression-log.csv", CsvFiles.suppressionLog(content));
        files.put("indicators.xlsx", XlsxFile.write(content));
        files.put("report.pdf", PdfReport.write(content, json));
        if (content.companionTo() != null) {
            files.put(Companion.FILE, Companion.seal(content, json, content.companionTo()));
        }
        return files;
    }

    public static byte[] build(PackageContent content) {
        return bag(content.fileName().replace(".zip", ""), payload(content), bagInfo(content), content.evaluation().period().asOf());
    }

    /** Zips a bag from its payload and bag-info fields. Shared with the national roll-up. */
    static byte[] bag(String name, Map<String, byte[]> payload, Map<String, String> info, LocalDate date) {
        StringBuilder manifest = new StringBuilder();
        long bytes = 0;
        for (Map.Entry<String, byte[]> f : payload.entrySet()) {
            manifest.append(sha256(f.getValue())).append("  data/").append(f.getKey()).append('\n');
            bytes += f.getValue().length;
        }
        StringBuilder bagInfo = new StringBuilder();
        info.forEach((k, v) -> bagInfo.append(k).append(": ").append(v.replace("\n", " ")).append('\n'));
        bagInfo.append("Payload-Oxum: ").append(bytes).append('.').append(payload.size()).append('\n');
        Map<String, byte[]> tags = new LinkedHashMap<>();
        tags.put("bagit.txt", BAGIT.getBytes(StandardCharsets.UTF_8));
        tags.put("bag-info.txt", bagInfo.toString().getBytes(StandardCharsets.UTF_8));
        tags.put("manifest-sha256.txt", manifest.toString().getBytes(StandardCharsets.UTF_8));
        StringBuilder tagManifest = new StringBuilder();
        tags.forEach((file, data) -> tagManifest.append(sha256(data)).append("  ").append(file).append('\n'));
        Map<String, byte[]> files = new LinkedHashMap<>();
        tags.forEach((file, data) -> files.put(name + "/" + file, data));
        files.put(name + "/tagmanifest-sha256.txt", tagManifest.toString().getBytes(StandardCharsets.UTF_8));
        payload.forEach((path, data) -> files.put(name + "/data/" + path, data));
        return Zips.deterministic(files, date);
    }

    private static Map<String, String> bagInfo(PackageContent content) {
        Evaluation.Result ev = content.evaluation();
        Map<String, String> info = new LinkedHashMap<>();
        info.put("Source-Organization", content.municipalityNumber() + " " + content.municipalityName());
        info.put("External-Identifier", content.fileName().replace(".zip", ""));
        info.put("External-Description", "Samspill evaluation package");
        info.put("Municipality-Number", content.municipalityNumber());
        info.put("Municipality-Name", content.municipalityName());
        info.put("Reporting-Year", Integer.toString(ev.period().year()));
        info.put("As-Of-Date", ev.period().asOf().toString());
        info.put("Disclosure-Threshold", ev.threshold().name() + " (" + ev.threshold().minimum() + ")");
        info.put("App-Version", content.appVersion());
        if (content.companionTo() != null) {
            info.put("Confidential-Companion", "age X25519 to " + content.companionTo().organisation() + ", key "
                    + content.companionTo().fingerprint());
        }
        return info;
    }

    static String sha256(byte[] data) {
        return HexFormat.of().formatHex(PdfReport.sha256(data));
    }
}
