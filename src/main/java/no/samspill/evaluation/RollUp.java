package no.samspill.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Adds verified packages up into a regional or national package of the same kind.
 *
 * <p>A suppressed input is not a zero. Each cell is exact where every input published it; otherwise
 * it is a range: the known sum plus 1 to (threshold − 1) for each suppressed input, with each input's
 * own threshold. Disclosure control then runs again over what is published: exact cells below the
 * threshold are suppressed, ranges count as hidden in every line, and a range that lies wholly below
 * the threshold is suppressed.
 */
public final class RollUp {

    /** The package bytes and what went into it. */
    public record Result(byte[] zip, PackageContent content, List<String> municipalities) {
    }

    private RollUp() {
    }

    public static Result aggregate(List<PackageVerifier.Result> packages, String name, Threshold threshold, String appVersion) {
        List<JsonNode> inputs = new ArrayList<>();
        for (PackageVerifier.Result p : packages) {
            try {
                inputs.add(JsonFile.MAPPER.readTree(p.payload().get("indicators.json")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (NullPointerException e) {
                throw new IllegalArgumentException(p.file().getFileName() + " has no indicators.json.");
            }
        }
        int year = inputs.get(0).path("year").asInt();
        String asOf = inputs.get(0).path("asOf").asText();
        for (int i = 0; i < inputs.size(); i++) {
            JsonNode in = inputs.get(i);
            if (in.path("formatVersion").asInt() != JsonFile.FORMAT_VERSION || !JsonFile.FORMAT.equals(in.path("format").asText())) {
                throw new IllegalArgumentException(packages.get(i).file().getFileName() + " is not a Samspill package of format 1.");
            }
            if (in.path("year").asInt() != year || !in.path("asOf").asText().equals(asOf)) {
                throw new IllegalArgumentException("The packages must have the same year and as-of date; "
                        + packages.get(i).file().getFileName() + " has " + in.path("asOf").asText() + ".");
            }
        }
        Period period = new Period(year, LocalDate.parse(asOf));
        List<CountTable> tables = new ArrayList<>();
        Map<CountTable, boolean[][]> uncertain = new HashMap<>();
        Map<CountTable, ProtectedTable.Range[][]> ranges = new HashMap<>();
        List<Indicator> catalogue = IndicatorCatalogue.all();
        for (Indicator ind : catalogue) {
            CountTable shape = new CountTable(ind.id(), ind.rows().stream().map(Indicator.Label::code).toList(),
                    ind.columns().stream().map(Indicator.Label::code).toList(), new long[ind.rows().size()][ind.columns().size()],
                    ind.totalGroup(), ind.personCounts());
            long[][] low = new long[shape.height()][shape.width()];
            long[][] high = new long[shape.height()][shape.width()];
            boolean[][] unsure = new boolean[shape.height()][shape.width()];
            for (JsonNode in : inputs) {
                JsonNode cells = indicator(in, ind.id()).path("current").path("cells");
                int min = in.path("threshold").path("minimum").asInt(4);
                for (int r = 0; r < shape.height(); r++) {
                    for (int c = 0; c < shape.width(); c++) {
                        JsonNode cell = cells.path(r).path(c);
                        if (cell.has("value")) {
                            low[r][c] += cell.get("value").asLong();
                            high[r][c] += cell.get("value").asLong();
                        } else if (cell.has("range")) {
                            low[r][c] += cell.get("range").get(0).asLong();
                            high[r][c] += cell.get("range").get(1).asLong();
                            unsure[r][c] = true;
                        } else {
                            low[r][c] += 1;
                            high[r][c] += min - 1;
                            unsure[r][c] = true;
                        }
                    }
                }
            }
            long[][] inner = new long[shape.rows().size()][shape.columns().size()];
            for (int r = 0; r < inner.length; r++) {
                System.arraycopy(low[r], 0, inner[r], 0, inner[r].length);
            }
            CountTable exact = new CountTable(ind.id(), shape.rows(), shape.columns(), inner, ind.totalGroup(), ind.personCounts(), low);
            ProtectedTable.Range[][] published = new ProtectedTable.Range[shape.height()][shape.width()];
            for (int r = 0; r < shape.height(); r++) {
                for (int c = 0; c < shape.width(); c++) {
                    if (unsure[r][c] && !(ind.personCounts() && high[r][c] < threshold.minimum())) {
                        published[r][c] = new ProtectedTable.Range(low[r][c], high[r][c]);
                    }
                }
            }
            tables.add(exact);
            uncertain.put(exact, unsure);
            ranges.put(exact, published);
        }
        DisclosureControl.Result protectedTables = new DisclosureControl(threshold).apply(tables, uncertain, ranges);
        List<IndicatorResult> results = new ArrayList<>();
        for (int i = 0; i < catalogue.size(); i++) {
            results.add(new IndicatorResult(catalogue.get(i), protectedTables.tables().get(i), null));
        }
        List<String> municipalities = new ArrayList<>();
        inputs.forEach(in -> municipalities.add(in.path("municipality").path("number").asText() + " "
                + in.path("municipality").path("name").asText()));
        Evaluation.Result evaluation = new Evaluation.Result(period, threshold, List.copyOf(results), protectedTables.log(), false);
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9æøå]+", "-").replaceAll("(^-|-$)", "");
        PackageContent content = new PackageContent(slug.isEmpty() ? "samlet" : slug, name, evaluation,
                new Narrative("", "", "", ""), appVersion, "nb");
        Map<String, String> info = new LinkedHashMap<>();
        info.put("Source-Organization", name);
        info.put("External-Identifier", content.fileName().replace(".zip", ""));
        info.put("External-Description", "Samspill evaluation roll-up of " + inputs.size() + " packages");
        info.put("Reporting-Year", Integer.toString(year));
        info.put("As-Of-Date", asOf);
        info.put("Disclosure-Threshold", threshold.name() + " (" + threshold.minimum() + ")");
        info.put("Included-Municipalities", String.join(", ", municipalities));
        info.put("App-Version", appVersion);
        byte[] zip = EvaluationPackage.bag(content.fileName().replace(".zip", ""), EvaluationPackage.payload(content), info, period.asOf());
        return new Result(zip, content, List.copyOf(municipalities));
    }

    private static JsonNode indicator(JsonNode in, String id) {
        for (JsonNode i : in.path("indicators")) {
            if (id.equals(i.path("id").asText())) {
                return i;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

}
