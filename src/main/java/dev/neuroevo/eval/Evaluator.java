package dev.neuroevo.eval;

import dev.neuroevo.strategy.Plan;

/** Scores a whole generation: one fitness per individual of the plan, in the same order. */
public interface Evaluator extends AutoCloseable {

    Scores evaluate(Plan plan);

    /** Bytes of results sent to the driver so far (0 where nothing crosses a network). */
    default long collectedBytes() {
        return 0;
    }

    @Override
    default void close() {
    }
}
