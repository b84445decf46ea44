package dev.neuroevo.eval;

import dev.neuroevo.strategy.Plan;

/** Scores a whole generation: one fitness per individual of the plan, in the same order. */
public interface Evaluator extends AutoCloseable {

    Scores evaluate(Plan plan);

    @Override
    default void close() {
    }
}
