package dev.neuroevo.run;

/**
 * What the loop knows after a generation's tell.
 *
 * @param fitness     the generation's fitness, in individual id order
 * @param steps       environment steps (or examples) the generation consumed
 * @param evaluations evaluations so far, this generation included
 * @param envSteps    environment steps so far, this generation included
 * @param seconds     wall time of this generation: ask, evaluate and tell
 * @param elapsed     wall time since the run started
 * @param diagnostics the strategy's diagnostics after the tell, in the order it names them
 */
public record GenerationRecord(int generation, double[] fitness, long steps, long evaluations, long envSteps,
                               double seconds, double elapsed, double[] diagnostics) {
}
