package no.samspill.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Prints what the FX thread was doing during one long block: for each stack seen, its top and the app's own frames. */
final class FxStacks {

    private FxStacks() {
    }

    static void print(String phase, double ms, List<StackTraceElement[]> stacks) {
        Map<String, Integer> counted = new TreeMap<>();
        for (StackTraceElement[] stack : stacks) {
            String top = Arrays.stream(stack).limit(3).map(FxStacks::frame).collect(Collectors.joining(" < "));
            String ours = Arrays.stream(stack).filter(f -> f.getClassName().startsWith("no.samspill") || f.getClassName().contains("Skin")
                    || f.getMethodName().startsWith("layout") || f.getMethodName().contains("CSS")).limit(6).map(FxStacks::frame)
                    .collect(Collectors.joining(" < "));
            counted.merge(top + "  ||  " + ours, 1, Integer::sum);
        }
        System.err.printf("FX block %.0f ms while %s, %d stacks:%n", ms, phase, stacks.size());
        counted.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(15)
                .forEach(e -> System.err.printf("  %3d  %s%n", e.getValue(), e.getKey()));
    }

    private static final Map<String, Integer> WORKERS = new java.util.concurrent.ConcurrentHashMap<>();

    /** While closing waits: which of the app's database threads run what (printed every 500 samples). */
    static void workers(String phase) {
        Thread.getAllStackTraces().forEach((t, stack) -> {
            if (t.getName().startsWith("samspill-") && t.getState() == Thread.State.RUNNABLE) {
                String ours = Arrays.stream(stack).filter(f -> f.getClassName().startsWith("no.samspill")).limit(4).map(FxStacks::frame)
                        .collect(Collectors.joining(" < "));
                if (WORKERS.merge(t.getName() + ": " + ours, 1, Integer::sum) % 500 == 1) {
                    System.err.println("while " + phase + ", " + t.getName() + " runs " + ours);
                }
            }
        });
    }

    private static String frame(StackTraceElement f) {
        String c = f.getClassName();
        return c.substring(c.lastIndexOf('.') + 1) + "." + f.getMethodName();
    }
}
