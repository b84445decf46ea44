package dev.neuroevo.strategy.cmaes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuroevo.TestJobs;
import dev.neuroevo.run.Job;
import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class BipopTest {

    @Test
    @Tag("slow")
    void solvesRastriginAsPycmaDoes() {
        // pycma 4.4.0, fmin(rastrigin, x0 uniform in [-5, 5]^10, 2, restarts=9, bipop=True) on seeds
        // 1-10: 10 of 10 solved, median 136,000 evaluations (41,000 to 200,000).
        long[] counts = new long[10];
        StringBuilder table = new StringBuilder("seed solved evaluations restarts\n");
        for (int seed = 1; seed <= 10; seed++) {
            Job job = TestJobs.fromFile("jobs/rastrigin-bipop.conf", "run.seed = " + seed);
            @SuppressWarnings("unchecked")
            Bipop<CmaState> bipop = (Bipop<CmaState>) job.strategy();
            long[] evaluations = {0};
            BipopState<CmaState> last = Convergence.run(bipop, job, (before, plan, fitness, after) -> {
                evaluations[0] += plan.size();
                return -after.bestFitness() >= 1e-8;
            });
            boolean solved = -last.bestFitness() < 1e-8;
            counts[seed - 1] = solved ? evaluations[0] : Convergence.FAILED;
            table.append(String.format("%4d %6s %11d %8d%n", seed, solved ? "yes" : "no", evaluations[0],
                    last.restart()));
        }
        System.out.print("BIPOP on 10-D Rastrigin\n" + table);
        Arrays.sort(counts);
        assertTrue(counts[8] != Convergence.FAILED, "at least 9 of 10 seeds solved");
        assertTrue(Convergence.median(counts) <= 272_000, "median " + Convergence.median(counts));
    }
}
