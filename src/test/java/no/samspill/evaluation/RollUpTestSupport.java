package no.samspill.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ArrayList;

/** Builds a small roll-up (two packages of the fixture) and returns its indicators.json. */
final class RollUpTestSupport {

    private RollUpTestSupport() {
    }

    static JsonNode rollUpJson(Path dir) throws Exception {
        List<PackageVerifier.Result> packages = new ArrayList<>();
        for (String number : List.of("1111", "2222")) {
            PackageContent c = new PackageContent(number, "Kommune " + number,
                    Evaluation.compute(IndicatorCatalogueTest.FACTS, IndicatorCatalogueTest.Y2026, Threshold.NAV), Narrative.EMPTY, "test", "nb");
            Path file = dir.resolve("schema-" + c.fileName());
            Files.write(file, EvaluationPackage.build(c));
            packages.add(PackageVerifier.verify(file));
        }
        RollUp.Result result = RollUp.aggregate(packages, "Nasjonalt", Threshold.NAV, "test");
        return JsonFile.MAPPER.readTree(EvaluationPackage.payload(result.content()).get("indicators.json"));
    }
}
