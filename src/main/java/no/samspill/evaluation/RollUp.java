package no.samspill.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Adds verified packages up into a regional or national package of the same kind.
 *
 * <p>A hidden input is not a zero. For every input, {@link PublishedTables} works out what a reader
 * can prove about each of its cells from that input's own published tables (the bounds audit), so
 * the interval always holds the truth. A national cell is exact where every input published it, and
 * otherwise the sum of the inputs' intervals, tightened by the national tables' own sums. Then the
 * national tables go through the same audit as a municipality's: a range or value a reader can prove
 * to be below the threshold is hidden, with partners until nothing hidden can be pinned or proved
 * small. A roll-up of rounded packages only is their sum, with the sum of their largest errors.
 */
public final class RollUp {

    /** The package bytes and what went into it: how many inputs were exact (opened companions), how many intervals. */
    public record Result(byte[] zip, PackageContent content, List<String> municipalities, int exactInputs, int intervalInputs) {
    }

    private RollUp() {
    }

    public static Result aggregate(List<PackageVerifier.Result> packages, String name, Threshold threshold, String appVersion) {
        return aggregate(packages, name, threshold, appVersion, null);
    }

    /**
     * With the secretariat's {@code key} open, inputs whose companion it opens count with their
     * exact tables; the rest with their published intervals. Without it, every input is intervals.
     */
    public static Result aggregate(List<PackageVerifier.Result> packages, String name, Threshold threshold, String appVersion,
                                   UnlockedKey key) {
        return aggregate(packages, name, threshold, appVersion, key, () -> false);
    }

    /** As above; reading the inputs (the long part) stops with a {@link java.util.concurrent.CancellationException} once {@code cancelled} says so. */
    public static Result aggregate(List<PackageVerifier.Result> packages, String name, Threshold threshold, String appVersion,
                                   UnlockedKey key, BooleanSupplier cancelled) {
        List<JsonNode> inputs = new ArrayList<>();
        for (PackageVerifier.Result p : packages) {
            byte[] json = p.payload().get("indicators.json");
            if (json == null) {
                throw new IllegalArgumentException(p.file().getFileName() + " has no indicators.json.");
            }
            try {
                inputs.add(JsonFile.MAPPER.readTree(json));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        int year = inputs.get(0).path("year").asInt();
        String asOf = inputs.get(0).path("asOf").asText();
        boolean allRounded = true;
        for (int i = 0; i < inputs.size(); i++) {
            JsonNode in = inputs.get(i);
            if (in.path("formatVersion").asInt() != JsonFile.FORMAT_VERSION || !JsonFile.FORMAT.equals(in.path("format").asText())) {
                throw new IllegalArgumentException(packages.get(i).file().getFileName() + " is not a Samspill package of format "
                        + JsonFile.FORMAT_VERSION + ".");
            }
            if (in.path("year").asInt() != year || !in.path("asOf").asText().equals(asOf)) {
                throw new IllegalArgumentException("The packages must have the same year and as-of date; "
                        + packages.get(i).file().getFileName() + " has " + in.path("asOf").asText() + ".");
            }
            allRounded &= "rounding".equals(in.path("disclosure").path("method").asText())
                    && in.path("threshold").path("minimum").asInt() >= threshold.minimum();
        }
        boolean anyCompanion = key != null && packages.stream().anyMatch(p -> p.payload().containsKey(Companion.FILE));
        RollUpInputs.Read read = allRounded && !anyCompanion ? null : RollUpInputs.read(packages, inputs, key, cancelled);
        Evaluation.Protected national = read == null ? sumOfRounded(inputs, threshold) : RollUpProtection.protect(read.intervals(), threshold);
        int exact = read == null ? 0 : read.exact();
        List<Indicator> catalogue = IndicatorCatalogue.all();
        List<IndicatorResult> results = new ArrayList<>();
        for (int i = 0; i < catalogue.size(); i++) {
            results.add(new IndicatorResult(catalogue.get(i), national.tables().get(i), null));
        }
        List<String> municipalities = new ArrayList<>();
        inputs.forEach(in -> municipalities.add(in.path("municipality").path("number").asText() + " "
                + in.path("municipality").path("name").asText()));
        Period period = new Period(year, LocalDate.parse(asOf));
        Evaluation.Result evaluation = new Evaluation.Result(period, threshold, List.copyOf(results), national.log(), false,
                national.protection());
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9æøå]+", "-").replaceAll("(^-|-$)", "");
        PackageContent content = new PackageContent(slug.isEmpty() ? "samlet" : "samlet-" + slug, name, evaluation,
                new Narrative("", "", "", ""), appVersion, "nb");
        Map<String, String> info = new LinkedHashMap<>();
        info.put("Source-Organization", name);
        info.put("External-Identifier", content.fileName().replace(".zip", ""));
        info.put("External-Description", "Samspill evaluation roll-up of " + inputs.size() + " packages");
        info.put("Reporting-Year", Integer.toString(year));
        info.put("As-Of-Date", asOf);
        info.put("Disclosure-Threshold", threshold.name() + " (" + threshold.minimum() + ")");
        info.put("Included-Municipalities", String.join(", ", municipalities));
        info.put("Exact-Inputs", Integer.toString(exact));
        info.put("Interval-Inputs", Integer.toString(inputs.size() - exact));
        info.put("App-Version", appVersion);
        byte[] zip = EvaluationPackage.bag(content.fileName().replace(".zip", ""), EvaluationPackage.payload(content), info, period.asOf());
        return new Result(zip, content, List.copyOf(municipalities), exact, inputs.size() - exact);
    }

    /** Rounded inputs add up cell by cell; the largest errors add up too. */
    private static Evaluation.Protected sumOfRounded(List<JsonNode> inputs, Threshold threshold) {
        LinkedTables system = PublishedTables.catalogueSystem();
        long[] sum = new long[system.size()];
        long maxError = 0;
        for (JsonNode in : inputs) {
            PublishedTables p = PublishedTables.read(in, true, in.path("municipality").path("number").asText());
            for (int i = 0; i < sum.length; i++) {
                sum[i] += p.known[i];
            }
            maxError += in.path("disclosure").path("maxError").asLong(0);
        }
        List<ProtectedTable> tables = new ArrayList<>();
        int nonZero = 0;
        for (int t = 0; t < system.tables().size(); t++) {
            CountTable shape = system.tables().get(t);
            long[][] grid = new long[shape.height()][shape.width()];
            for (int r = 0; r < shape.height(); r++) {
                for (int c = 0; c < shape.width(); c++) {
                    grid[r][c] = sum[system.index(t, r, c)];
                    nonZero += grid[r][c] > 0 && shape.personCounts() ? 1 : 0;
                }
            }
            tables.add(Evaluation.allPublished(RollUpProtection.withGrid(shape, grid)));
        }
        return new Evaluation.Protected(tables, List.of(),
                new Protection(Protection.Method.ROUNDING, new DisclosureControl.Loss(nonZero, 0), maxError, 0));
    }
}
