package no.samspill.evaluation;

import java.util.List;
import java.util.function.IntFunction;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * One connected group of unpublished cells as an integer program: each cell a whole-number variable
 * between its bounds, each equation a row (the last entry of a row is its right-hand side). ojAlgo
 * solves it in floating point, so every answer is checked again in whole numbers before it is used.
 */
final class GroupProgram {

    private final List<Integer> variables;
    private final List<long[]> rows;
    private final long[] lower;
    private final long[] upper;
    private final IntFunction<String> describe;

    GroupProgram(List<Integer> variables, List<long[]> rows, long[] lower, long[] upper, IntFunction<String> describe) {
        this.variables = variables;
        this.rows = rows;
        this.lower = lower;
        this.upper = upper;
        this.describe = describe;
    }

    int indexOf(int cell) {
        return variables.indexOf(cell);
    }

    int cell(int variable) {
        return variables.get(variable);
    }

    /** An exactly checked solution that maximises or minimises variable v, or null. */
    long[] solve(int v, boolean maximise) {
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        // The answer is checked exactly below; ojAlgo's own check in floating point adds time and nothing else.
        model.options.validate = false;
        Variable[] x = new Variable[variables.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = model.newVariable("x" + i).lower(lower[i]).upper(upper[i]).integer(true);
        }
        for (int r = 0; r < rows.size(); r++) {
            long[] row = rows.get(r);
            Expression e = model.newExpression("e" + r).level(row[x.length]);
            for (int i = 0; i < x.length; i++) {
                if (row[i] != 0) {
                    e.set(x[i], row[i]);
                }
            }
        }
        x[v].weight(1);
        Optimisation.Result result = maximise ? model.maximise() : model.minimise();
        if (!result.getState().isOptimal()) {
            if (result.getState() == Optimisation.State.INFEASIBLE) {
                throw new IllegalArgumentException("The published figures contradict each other around " + describe.apply(v) + ".");
            }
            return null;
        }
        long[] values = new long[x.length];
        for (int i = 0; i < x.length; i++) {
            values[i] = Math.round(result.get(i).doubleValue());
        }
        return satisfies(values) ? values : null;
    }

    private boolean satisfies(long[] values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] < lower[i] || values[i] > upper[i]) {
                return false;
            }
        }
        for (long[] row : rows) {
            long sum = 0;
            for (int i = 0; i < values.length; i++) {
                sum += row[i] * values[i];
            }
            if (sum != row[values.length]) {
                return false;
            }
        }
        return true;
    }
}
