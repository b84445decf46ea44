package dev.neuroevo.strategy.ga;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuroevo.run.Job;
import dev.neuroevo.TestJobs;
import dev.neuroevo.eval.LocalEvaluator;
import dev.neuroevo.report.GenerationMetrics;
import dev.neuroevo.strategy.Individual;
import dev.neuroevo.strategy.Plan;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeneticAlgorithmTest {

    private static TestJobs.Run run(Job job) {
        return TestJobs.run(job, new LocalEvaluator(job.task(), job.spec(), job.seed()));
    }

    @Test
    void elitistGaImprovesCartPoleWithinABudget() {
        Job job = TestJobs.job("strategy.name = elitist, strategy.population = 32, task.episodes = 5,"
                + " stop.generations = 12, run.seed = 3");
        TestJobs.Run r = run(job);
        List<GenerationMetrics> m = r.metrics();
        assertEquals(12, m.size());
        assertTrue(m.get(11).mean() > 2 * m.get(0).mean(),
                "mean fitness " + m.get(0).mean() + " -> " + m.get(11).mean());
        assertTrue(r.bestFitness() >= 300, "best " + r.bestFitness());
        assertTrue(r.finalEvaluation().score() >= 150, "final " + r.finalEvaluation().score());
    }

    @Test
    void crossoverGaImprovesCartPoleWithinABudget() {
        for (String selection : List.of("truncation", "tournament")) {
            for (String crossover : List.of("uniform", "single-point")) {
                Job job = TestJobs.job("strategy.name = ga, strategy.population = 32, task.episodes = 5,"
                        + " stop.generations = 12, run.seed = 5, ga.parents = 8, ga.elites = 2, network.activation = tanh",
                        "ga.selection=" + selection, "ga.crossover=" + crossover);
                List<GenerationMetrics> m = run(job).metrics();
                assertTrue(m.get(11).mean() > 2 * m.get(0).mean(),
                        selection + "/" + crossover + ": mean fitness " + m.get(0).mean() + " -> " + m.get(11).mean());
                assertTrue(m.get(11).best() >= 200, selection + "/" + crossover + ": best " + m.get(11).best());
            }
        }
    }

    @Test
    void elitesPassUnchangedAndChildrenComeFromSelectedParents() {
        Job job = TestJobs.job("strategy.name = ga, strategy.population = 10, ga.parents = 3, ga.elites = 2,"
                + " ga.crossover = none, mutation.sigma = 0");
        @SuppressWarnings("unchecked")
        GeneticAlgorithm ga = (GeneticAlgorithm) job.strategy();
        GaState s0 = ga.init();
        Plan p0 = ga.ask(s0);
        double[] fitness = {5, 9, 1, 7, 3, 8, 0, 2, 6, 4};
        GaState s1 = ga.tell(s0, p0, fitness);
        // Elites: ids 1 and 5; parents: the best three, ids 1, 5, 3.
        assertArrayEquals(p0.weights(1), s1.parents()[0]);
        assertArrayEquals(p0.weights(5), s1.parents()[1]);
        assertArrayEquals(p0.weights(3), s1.parents()[4]);
        assertArrayEquals(p0.weights(1), s1.incumbent().weights());
        assertEquals(9, s1.incumbent().fitness());
        Plan p1 = ga.ask(s1);
        assertArrayEquals(p0.weights(1), p1.weights(0));
        assertArrayEquals(p0.weights(5), p1.weights(1));
        for (Individual ind : p1.individuals().subList(2, 10)) {
            Offspring o = (Offspring) ind;
            assertTrue(o.firstParent() >= 2 && o.firstParent() < 5 && o.secondParent() == -1,
                    "child of a selected parent: " + o);
        }
    }

    @Test
    void tournamentFavoursTheFitAsTheoryPredicts() {
        int population = 20;
        int k = 3;
        int parents = 2000;
        Job job = TestJobs.job("strategy.name = ga, ga.selection = tournament, ga.elites = 0, ga.crossover = none",
                "strategy.population=" + population, "ga.tournament-size=" + k, "ga.parents=" + parents);
        GeneticAlgorithm ga = (GeneticAlgorithm) job.strategy();
        GaState s0 = ga.init();
        Plan p0 = ga.ask(s0);
        double[] fitness = new double[population];
        for (int i = 0; i < population; i++) {
            fitness[i] = i;
        }
        GaState s1 = ga.tell(s0, p0, fitness);
        double[] best = p0.weights(population - 1);
        int bestWins = 0;
        for (double[] p : s1.parents()) {
            bestWins += java.util.Arrays.equals(p, best) ? 1 : 0;
        }
        // The best wins a tournament when it is drawn at least once: 1 - (1 - 1/N)^k.
        double expected = parents * (1 - Math.pow(1 - 1.0 / population, k));
        assertEquals(expected, bestWins, 4 * Math.sqrt(expected));
    }
}
