package no.samspill.evaluation;

import no.samspill.domain.Checks;
import java.util.LinkedHashMap;
import java.util.Map;

/** The coordinator's written part of the evaluation. */
public record Narrative(String whatWorked, String barriers, String cooperation, String plans) {

    public static final int MAX = 4000;
    public static final Narrative EMPTY = new Narrative("", "", "", "");

    public Narrative {
        whatWorked = whatWorked == null ? "" : whatWorked;
        barriers = barriers == null ? "" : barriers;
        cooperation = cooperation == null ? "" : cooperation;
        plans = plans == null ? "" : plans;
    }

    public void validate() {
        Checks.of().add("whatWorked", Checks.optionalText(whatWorked, MAX)).add("barriers", Checks.optionalText(barriers, MAX))
                .add("cooperation", Checks.optionalText(cooperation, MAX)).add("plans", Checks.optionalText(plans, MAX)).orThrow();
    }

    public Map<String, String> sections() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("whatWorked", whatWorked);
        m.put("barriers", barriers);
        m.put("cooperation", cooperation);
        m.put("plans", plans);
        return m;
    }
}
