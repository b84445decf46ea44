package dev.neuroevo.task;

/** Scores one network at a time with buffers it owns. */
public interface Scorer {

    /** The fitness of {@code weights} (higher is better), with every random draw taken from {@code seed}. */
    double score(double[] weights, long seed);

    /** Environment steps (or examples) the last {@link #score} call consumed. */
    long lastSteps();
}
