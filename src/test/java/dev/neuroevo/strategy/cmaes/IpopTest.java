package dev.neuroevo.strategy.cmaes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuroevo.run.Job;
import dev.neuroevo.strategy.Individual;
import dev.neuroevo.strategy.Plan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class IpopTest {

    @Test
    @SuppressWarnings("unchecked")
    void restartsDoubleThePopulationAndKeepCounting() {
        // A loose tolfun makes every (re)start stop early on the 5-D sphere.
        String settings = "strategy.name = cmaes, task.name = sphere, function.dimension = 5, cmaes.x0 = [1],"
                + " cmaes.tolfun = 1e-3, cmaes.ipop-restarts = 2";
        Job job = Convergence.job(settings, 7);
        Ipop<CmaState> ipop = (Ipop<CmaState>) job.strategy();
        List<Integer> sizes = new ArrayList<>();
        double[] best = {Double.NEGATIVE_INFINITY};
        IpopState<CmaState> s = Convergence.run(ipop, job, (before, plan, fitness, after) -> {
            assertEquals(sizes.size(), plan.generation());
            if (before.generation() == 0) {
                Plan plain = ipop.strategy(0).ask(ipop.strategy(0).init());
                assertEquals(seeds(plain), seeds(plan), "restart 0 is plain CMA-ES");
            }
            best[0] = Math.max(best[0], Arrays.stream(fitness).max().orElseThrow());
            sizes.add(plan.size());
            return true;
        });
        assertEquals(2, s.restart());
        assertEquals(Termination.TOLFUN, s.stopReasons().get(0));
        assertEquals(best[0], s.incumbent().fitness());
        List<Integer> distinct = sizes.stream().distinct().toList();
        assertEquals(List.of(8, 16, 32), distinct);
        for (int g = 1; g < sizes.size(); g++) {
            assertTrue(sizes.get(g) >= sizes.get(g - 1), "populations only grow");
        }
    }

    private static List<Long> seeds(Plan plan) {
        return plan.individuals().stream().map(Individual::seed).toList();
    }

    @Test
    void noRestartsMeansThePlainStrategy() {
        assertInstanceOf(CmaEs.class, Convergence.job("strategy.name = cmaes, task.name = sphere", 1).strategy());
        assertInstanceOf(SepCmaEs.class, Convergence.job("strategy.name = sep-cmaes, task.name = sphere", 1).strategy());
        assertInstanceOf(Ipop.class,
                Convergence.job("strategy.name = sep-cmaes, task.name = sphere, cmaes.ipop-restarts = 1", 1).strategy());
    }

    @Test
    @Tag("slow")
    void restartsSolveRastrigin() {
        // 5-D Rastrigin from x0 = 3 with sigma0 = 2: a single run ends in a local minimum (0 of 10
        // measured), IPOP finds the global one (10 of 10, 6,000 to 37,000 evaluations).
        for (String variant : new String[] {"cmaes", "sep-cmaes"}) {
            String settings = "strategy.name = " + variant + ", task.name = rastrigin, function.dimension = 5,"
                    + " cmaes.x0 = [3], cmaes.sigma0 = 2, cmaes.ipop-restarts = ";
            long[] single = Convergence.overSeeds(settings + 0, 1e-8, 1_000_000);
            long[] restarts = Convergence.overSeeds(settings + 9, 1e-8, 1_000_000);
            System.out.println(variant + " on 5-D Rastrigin, evaluations to f < 1e-8 over seeds 1-10: single run "
                    + Convergence.describe(single) + ", IPOP " + Convergence.describe(restarts));
            assertTrue(single[3] == Convergence.FAILED, variant + ": at most 3 of 10 single runs succeed");
            assertTrue(restarts[8] != Convergence.FAILED, variant + ": at least 9 of 10 IPOP runs succeed");
        }
    }

    @Test
    void statesCarryNoStopReasonUntilRestartsRunOut() {
        Job job = Convergence.job("strategy.name = sep-cmaes, task.name = sphere, function.dimension = 4,"
                + " cmaes.tolfun = 1e-2, cmaes.ipop-restarts = 1", 3);
        @SuppressWarnings("unchecked")
        Ipop<SepCmaState> ipop = (Ipop<SepCmaState>) job.strategy();
        int[] restartedAt = {-1};
        IpopState<SepCmaState> last = Convergence.run(ipop, job, (before, plan, fitness, after) -> {
            if (after.restart() == 1 && before.restart() == 0) {
                restartedAt[0] = after.generation();
                assertEquals(0, after.inner().generation());
            }
            if (!after.stopReasons().isEmpty()) {
                assertEquals(1, after.restart());
                assertFalse(after.inner().stopReasons().isEmpty());
            }
            return true;
        });
        assertTrue(restartedAt[0] > 0 && last.generation() > restartedAt[0]);
        assertFalse(last.stopReasons().isEmpty());
    }
}
