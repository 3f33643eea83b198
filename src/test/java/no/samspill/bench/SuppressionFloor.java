package no.samspill.bench;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import java.util.ArrayList;
import java.util.List;
import no.samspill.evaluation.CountTable;
import no.samspill.evaluation.ProtectedTable;
import no.samspill.evaluation.Threshold;

/**
 * The fewest non-zero cells of one table that any method must withhold. Whatever a method
 * publishes, the cells it leaves undetermined include every cell under the threshold, and no sum
 * line (a row or column with its total) can hold exactly one of them, or that one would follow by
 * subtraction. The smallest such set, found exactly by CP-SAT, is a floor for every method; links
 * between tables only add conditions, so each table alone gives a floor for the sum.
 */
final class SuppressionFloor {

    static {
        Loader.loadNativeLibraries();
    }

    private SuppressionFloor() {
    }

    /**
     * The floor for {@code total}'s cells, with the programmes' tables of the same indicator linked
     * to it: their cells under the threshold must be withheld too, and each total cell is the sum of
     * the programmes' cells, one more line that may not hold exactly one withheld cell. Only the
     * total's cells are counted, as the benchmark counts them.
     */
    static int fewestHidden(Published total, List<Published> programmes, Threshold t) {
        CpModel model = new CpModel();
        BoolVar[][] counted = withheld(model, total, t);
        List<BoolVar[][]> parts = new ArrayList<>();
        for (Published p : programmes) {
            parts.add(withheld(model, p, t));
        }
        List<BoolVar> cost = new ArrayList<>();
        for (int r = 0; r < total.truth().height(); r++) {
            for (int c = 0; c < total.truth().width(); c++) {
                if (total.truth().value(r, c) > 0 && total.table().state(r, c) != ProtectedTable.State.MARGIN_ONLY) {
                    cost.add(counted[r][c]);
                }
                if (!parts.isEmpty()) {
                    List<BoolVar> sum = new ArrayList<>(List.of(counted[r][c]));
                    for (BoolVar[][] part : parts) {
                        sum.add(part[r][c]);
                    }
                    neverJustOne(model, sum);
                }
            }
        }
        model.minimize(LinearExpr.sum(cost.toArray(BoolVar[]::new)));
        CpSolver solver = new CpSolver();
        CpSolverStatus status = solver.solve(model);
        if (status != CpSolverStatus.OPTIMAL) {
            throw new IllegalStateException("no optimum for " + total.truth().indicatorId() + ": " + status);
        }
        return (int) Math.round(solver.objectiveValue());
    }

    /** A table's true counts and how it was published (for its margin-only cells, which are withheld by shape). */
    record Published(CountTable truth, ProtectedTable table) {
    }

    private static BoolVar[][] withheld(CpModel model, Published p, Threshold t) {
        CountTable truth = p.truth();
        int h = truth.height();
        int w = truth.width();
        BoolVar[][] hidden = new BoolVar[h][w];
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                hidden[r][c] = model.newBoolVar("");
                if (t.tooSmall(truth.value(r, c)) || p.table().state(r, c) == ProtectedTable.State.MARGIN_ONLY) {
                    model.addEquality(hidden[r][c], 1);
                }
            }
        }
        if (truth.hasRowTotals()) {
            for (int r = 0; r < h; r++) {
                neverJustOne(model, List.of(hidden[r]));
            }
        }
        if (truth.hasColumnTotals()) {
            for (int c = 0; c < w; c++) {
                List<BoolVar> column = new ArrayList<>();
                for (int r = 0; r < h; r++) {
                    column.add(hidden[r][c]);
                }
                neverJustOne(model, column);
            }
        }
        return hidden;
    }

    /** Each withheld cell of a sum line needs another withheld cell in that line. */
    private static void neverJustOne(CpModel model, List<BoolVar> line) {
        for (int i = 0; i < line.size(); i++) {
            List<BoolVar> others = new ArrayList<>(line);
            others.remove(i);
            model.addGreaterOrEqual(LinearExpr.sum(others.toArray(BoolVar[]::new)), 1).onlyEnforceIf(line.get(i));
        }
    }
}
