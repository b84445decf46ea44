package dev.neuroevo.eval;

import dev.neuroevo.network.NetworkSpec;
import dev.neuroevo.strategy.Plan;
import dev.neuroevo.task.InputNormalizer;
import dev.neuroevo.task.Task;

/** Evaluates a generation in this thread; for unit tests, tiny runs and reference figures. */
public final class LocalEvaluator implements Evaluator {
    private final BatchScorer batchScorer;

    public LocalEvaluator(Task task, NetworkSpec spec, long runSeed) {
        this.batchScorer = new BatchScorer(task, spec, new EvaluationSeeds(runSeed));
    }

    @Override
    public Scores evaluate(Plan plan, InputNormalizer normalizer) {
        return BatchScorer.collate(plan.size(),
                batchScorer.score(plan.breed(), plan.generation(), normalizer, plan.individuals().iterator()));
    }
}
