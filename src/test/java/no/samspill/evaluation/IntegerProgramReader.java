package no.samspill.evaluation;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import java.util.ArrayList;
import java.util.List;

/**
 * The attacker with an integer-program solver (Google OR-Tools CP-SAT): the equations the
 * brute-force reader writes down from what is published, each unpublished cell a whole number from
 * 0 to the cap, and for every cell its smallest and largest possible value, each proved optimal by
 * the solver. It finishes where enumeration cannot (the tables of several programmes linked to
 * their total), and a test holds it to the brute-force reader's answers where both finish.
 */
final class IntegerProgramReader {

    static {
        Loader.loadNativeLibraries();
    }

    private IntegerProgramReader() {
    }

    /** Every unpublished cell with its proven bounds; an exception if the solver could not prove one. */
    static List<BruteForceReader.Finding> findings(BruteForceReader system) {
        List<int[]> unknowns = system.unknowns();
        CpModel model = new CpModel();
        IntVar[] x = new IntVar[unknowns.size()];
        for (int k = 0; k < x.length; k++) {
            x[k] = model.newIntVar(0, system.cap(), "x" + k);
        }
        for (long[] eq : system.equations()) {
            List<IntVar> vars = new ArrayList<>();
            List<Long> coefficients = new ArrayList<>();
            for (int k = 0; k < x.length; k++) {
                if (eq[k] != 0) {
                    vars.add(x[k]);
                    coefficients.add(eq[k]);
                }
            }
            long constant = eq[x.length];
            if (vars.isEmpty()) {
                if (constant != 0) {
                    return null; // the published figures contradict each other
                }
                continue;
            }
            model.addEquality(LinearExpr.weightedSum(vars.toArray(IntVar[]::new),
                    coefficients.stream().mapToLong(Long::longValue).toArray()), -constant);
        }
        CpSolver solver = new CpSolver();
        solver.getParameters().setNumWorkers(1);
        List<BruteForceReader.Finding> out = new ArrayList<>();
        for (int k = 0; k < x.length; k++) {
            model.clearObjective();
            model.minimize(x[k]);
            CpSolverStatus status = solver.solve(model);
            if (status != CpSolverStatus.OPTIMAL) {
                throw new IllegalStateException(status + " for the smallest value of unknown " + k + " of " + x.length
                        + (status == CpSolverStatus.MODEL_INVALID ? ": " + model.validate() : ""));
            }
            long min = solver.value(x[k]);
            model.clearObjective();
            model.maximize(x[k]);
            status = solver.solve(model);
            if (status != CpSolverStatus.OPTIMAL) {
                throw new IllegalStateException(status + " for the largest value of unknown " + k);
            }
            long max = solver.value(x[k]);
            int[] cell = unknowns.get(k);
            out.add(new BruteForceReader.Finding(cell[0], cell[1], cell[2], min, max));
        }
        return out;
    }
}
