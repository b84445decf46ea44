package dev.neuroevo.strategy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuroevo.TestJobs;
import dev.neuroevo.eval.LocalEvaluator;
import dev.neuroevo.eval.Scores;
import dev.neuroevo.run.Job;
import dev.neuroevo.task.supervised.ClassificationTask;
import dev.neuroevo.task.supervised.ClassifierFitness;
import dev.neuroevo.task.supervised.Splits;
import dev.neuroevo.task.supervised.SyntheticData;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every strategy's state survives its plain-data view: restored at any generation, the run goes
 * on exactly as it would have, plan for plan and state for state.
 */
class StateViewTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "strategy.name = elitist, strategy.population = 8, task.episodes = 1",
        "strategy.name = ga, strategy.population = 10, ga.selection = tournament, ga.elites = 2, ga.parents = 4,"
            + " task.episodes = 1",
        "strategy.name = es, strategy.population = 8, task.episodes = 1, es.optimizer = adam",
        "strategy.name = es, strategy.population = 8, task.episodes = 1, es.optimizer = momentum",
        "task.name = rastrigin, function.dimension = 4, strategy.name = cmaes, cmaes.sigma0 = 2,"
            + " cmaes.ipop-restarts = 2, cmaes.tolfun = 1e-1, cmaes.x0 = [3.0]",
        "task.name = rastrigin, function.dimension = 4, strategy.name = cmaes, cmaes.sigma0 = 2,"
            + " cmaes.ipop-restarts = 3, cmaes.restart-scheme = bipop, cmaes.tolfun = 1e-1, cmaes.x0-box = [-5, 5]",
        "task.name = sphere, function.dimension = 5, strategy.name = sep-cmaes, cmaes.x0 = [1.0]"
    })
    void aRestoredStateContinuesTheRunBitForBit(String hocon) {
        Job job = TestJobs.job(hocon + ", run.seed = 3");
        check(job, job.strategy());
    }

    /** Gradient training: the weights and optimizer moments are the state, and come back from each epoch. */
    @ParameterizedTest
    @ValueSource(strings = {"adam", "momentum", "rmsprop", "sgd"})
    void gradientTrainingContinuesBitForBit(String optimizer) {
        ClassificationTask task = ClassificationTask.of(Splits.of(new SyntheticData(200, 4).dataset(), 0.2, 0.1, 1,
                true), 16, ClassifierFitness.CROSS_ENTROPY, 0.9);
        Job job = TestJobs.wiring("task.name = classification, data.path = unused, strategy.name = sgd,"
                + " data.batch-size = 16, network.hidden = [4], sgd.learning-rate = 0.01, sgd.lr-schedule = cosine,"
                + " stop.generations = 40, sgd.nesterov = true, sgd.optimizer = " + optimizer + ", run.seed = 3")
                .job(task);
        check(job, job.strategy());
    }

    private static <S extends StrategyState> void check(Job job, Strategy<S> strategy) {
        LocalEvaluator evaluator = new LocalEvaluator(job.task(), job.spec(), job.seed());
        S state = strategy.init();
        List<StateView> views = new ArrayList<>();
        for (int g = 0; g < 40; g++) {
            StateView view = state.view();
            for (Object v : view.values().values()) {
                assertTrue(v instanceof Long || v instanceof Double || v instanceof String || v instanceof double[],
                        "plain data only: " + v.getClass());
            }
            S restored = strategy.restore(view);
            assertEquals(view, restored.view(), "generation " + g);
            Plan plan = strategy.ask(state);
            Plan replanned = strategy.ask(restored);
            assertEquals(plan.individuals(), replanned.individuals());
            assertArrayEquals(plan.weights(plan.size() - 1), replanned.weights(plan.size() - 1), 0);
            Scores scores = evaluator.evaluate(plan);
            state = strategy.tell(state, plan, scores.fitness(), scores.trained());
            assertEquals(state.view(), strategy.tell(restored, replanned, scores.fitness(), scores.trained()).view(),
                    "generation " + g);
            views.add(view);
        }
        assertNotEquals(views.get(0), views.get(views.size() - 1), "the state moved");
    }
}
