package dev.neuroevo.api;

import dev.neuroevo.eval.Candidates;
import dev.neuroevo.eval.Evaluator;
import dev.neuroevo.eval.Scores;
import dev.neuroevo.strategy.Plan;
import dev.neuroevo.task.InputNormalizer;

/**
 * An evaluator that keeps the last generation it scored (the plan, its fitness and normaliser; a
 * re-selection's candidates are not a generation) and closes the one it wraps.
 */
final class LastGeneration implements Evaluator {
    private final Evaluator evaluator;
    private Plan plan;
    private double[] fitness;
    private InputNormalizer normalizer;

    LastGeneration(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    @Override
    public Scores evaluate(Plan plan, InputNormalizer normalizer) {
        Scores scores = evaluator.evaluate(plan, normalizer);
        if (plan.breed() instanceof Candidates) {
            return scores; // a re-selection, not a generation
        }
        this.plan = plan;
        this.fitness = scores.fitness();
        this.normalizer = normalizer;
        return scores;
    }

    @Override
    public long collectedBytes() {
        return evaluator.collectedBytes();
    }

    @Override
    public void close() {
        evaluator.close();
    }

    Plan plan() {
        return plan;
    }

    double[] fitness() {
        return fitness;
    }

    InputNormalizer normalizer() {
        return normalizer;
    }
}
