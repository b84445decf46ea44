package dev.neuroevo.eval;

import dev.neuroevo.strategy.Plan;
import dev.neuroevo.task.InputNormalizer;

/** Scores a whole generation: one fitness per individual of the plan, in the same order. */
public interface Evaluator extends AutoCloseable {

    /** Scores the plan; with a normaliser, the task normalises its inputs with it and reports observations. */
    Scores evaluate(Plan plan, InputNormalizer normalizer);

    /** What a plan's scoring is called in Spark's UI and in --verbose timings: "generation 3", "re-selection after generation 3". */
    static String label(Plan plan) {
        return (plan.breed() instanceof Candidates ? "re-selection after generation " : "generation ") + plan.generation();
    }

    default Scores evaluate(Plan plan) {
        return evaluate(plan, null);
    }

    /** Bytes of results sent to the driver so far (0 where nothing crosses a network). */
    default long collectedBytes() {
        return 0;
    }

    @Override
    default void close() {
    }
}
