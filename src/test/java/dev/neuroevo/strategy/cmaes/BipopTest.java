package dev.neuroevo.strategy.cmaes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuroevo.TestJobs;
import dev.neuroevo.run.Job;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class BipopTest {

    /** One run of a BIPOP search as the test saw it: its regime, launch and evaluations. */
    private record Run(int restart, int regime, Launch launch, long evaluations, int generations) {
    }

    @Test
    @SuppressWarnings("unchecked")
    void regimesFollowTheBudgetsAndOnlyLargeRestartsCount() {
        // A loose tolfun ends every run early on the 5-D sphere; default population 4 + floor(3 ln 5) = 8.
        Job job = Convergence.job("strategy.name = cmaes, task.name = sphere, function.dimension = 5, cmaes.x0 = [1],"
                + " cmaes.sigma0 = 0.5, cmaes.tolfun = 1e-3, cmaes.ipop-restarts = 3, cmaes.restart-scheme = bipop", 4);
        Bipop<CmaState> bipop = (Bipop<CmaState>) job.strategy();
        List<Run> runs = new ArrayList<>();
        long[] evaluations = {0};
        int[] generations = {0};
        BipopState<CmaState> last = Convergence.run(bipop, job, (before, plan, fitness, after) -> {
            assertEquals(before.launch().population(), plan.size());
            evaluations[0] += plan.size();
            generations[0]++;
            if (after.restart() != before.restart() || !after.stopReasons().isEmpty()) {
                runs.add(new Run(before.restart(), before.regime(), before.launch(), evaluations[0], generations[0]));
                evaluations[0] = 0;
                generations[0] = 0;
            }
            return true;
        });
        assertFalse(last.stopReasons().isEmpty());
        assertEquals(Bipop.LARGE, runs.get(0).regime());
        assertEquals(8, runs.get(0).launch().population());
        long small = 0;
        long large = 0;
        int doublings = 0;
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            assertEquals(i, run.restart());
            if (i > 0) {
                // Hansen 2009: small while the small runs (the first included) have cost less than the large.
                assertEquals(small < Math.max(1, large) ? Bipop.SMALL : Bipop.LARGE, run.regime(), "run " + i);
            }
            Launch l = run.launch();
            if (run.regime() == Bipop.SMALL) {
                assertTrue(l.population() >= 8 && l.population() <= 8 << doublings, "population " + l.population());
                assertTrue(l.sigma0() > 0.005 && l.sigma0() <= 0.5, "sigma0 " + l.sigma0());
                assertTrue(run.generations() <= Math.ceil(0.5 * large / l.population()), "run " + i);
                small += run.evaluations();
            } else {
                assertEquals(8 << (i == 0 ? 0 : ++doublings), l.population());
                assertEquals(0.5, l.sigma0());
                if (i == 0) {
                    small += run.evaluations();
                } else {
                    large += run.evaluations();
                }
            }
        }
        assertEquals(3, doublings, "three doubling restarts, then the end");
        assertEquals(Bipop.LARGE, runs.get(runs.size() - 1).regime());
        assertTrue(runs.stream().anyMatch(r -> r.regime() == Bipop.SMALL), "small runs in between");
        assertEquals(List.of("restart", "regime", "population", "sigma", "condition"), bipop.diagnosticNames());
    }

    @Test
    void startPointsAreUniformInTheBoxAndKeyedByRestart() {
        StartPoints box = new StartPoints(new double[2], new double[] {-5, 5, 10, 11});
        double[] sum = new double[2];
        double[] sumSq = new double[2];
        int draws = 20_000;
        for (int r = 0; r < draws; r++) {
            double[] x = box.of(9, r);
            assertTrue(x[0] >= -5 && x[0] < 5 && x[1] >= 10 && x[1] < 11, Arrays.toString(x));
            for (int i = 0; i < 2; i++) {
                sum[i] += x[i];
                sumSq[i] += x[i] * x[i];
            }
        }
        // Uniform on [l, h]: mean (l + h) / 2, variance (h - l)^2 / 12; five standard errors of slack.
        assertEquals(0, sum[0] / draws, 5 * Math.sqrt(100 / 12.0 / draws));
        assertEquals(100 / 12.0, sumSq[0] / draws - Math.pow(sum[0] / draws, 2), 0.15);
        assertEquals(10.5, sum[1] / draws, 5 * Math.sqrt(1 / 12.0 / draws));
        assertArrayEquals(box.of(9, 3), box.of(9, 3));
        assertNotEquals(box.of(9, 3)[0], box.of(9, 4)[0]);
        assertNotEquals(box.of(9, 3)[0], box.of(10, 3)[0]);
        assertArrayEquals(new double[] {1, 2}, new StartPoints(new double[] {1, 2}, null).of(9, 3));
    }

    @Test
    @SuppressWarnings("unchecked")
    void ipopStartsEveryRunInTheBoxToo() {
        Job job = Convergence.job("strategy.name = cmaes, task.name = sphere, function.dimension = 3,"
                + " cmaes.x0-box = [-5, -4, 0, 1, 7, 9], cmaes.tolfun = 1e-2, cmaes.ipop-restarts = 2", 5);
        Ipop<CmaState> ipop = (Ipop<CmaState>) job.strategy();
        double[][] starts = new double[3][];
        for (int r = 0; r < 3; r++) {
            starts[r] = ipop.strategy(r).init().mean();
            assertTrue(starts[r][0] >= -5 && starts[r][0] < -4 && starts[r][1] >= 0 && starts[r][1] < 1
                    && starts[r][2] >= 7 && starts[r][2] < 9, Arrays.toString(starts[r]));
        }
        assertNotEquals(starts[0][0], starts[1][0]);
        assertNotEquals(starts[1][0], starts[2][0]);
        Job plain = Convergence.job("strategy.name = cmaes, task.name = sphere, function.dimension = 3,"
                + " cmaes.x0-box = [-5, -4, 0, 1, 7, 9]", 5);
        assertArrayEquals(starts[0], ((CmaEs) plain.strategy()).init().mean(), "without restarts: restart 0's point");
    }

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
                return -after.incumbent().fitness() >= 1e-8;
            });
            boolean solved = -last.incumbent().fitness() < 1e-8;
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
