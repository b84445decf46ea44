package dev.neuroevo.task;

/** Scores one network at a time with buffers it owns. */
public interface Scorer {

    /** The fitness of {@code weights} (higher is better), with every random draw taken from {@code seed}. */
    double score(double[] weights, long seed);

    /**
     * Called once before a run of {@link #score} calls for individuals of one generation, with a
     * seed that all individuals of that generation share and every generation changes: what must
     * be the same for the whole generation (a supervised task's minibatch) is drawn from it.
     */
    default void startGeneration(long generationSeed) {
    }

    /**
     * The standard error of the last {@link #score}, when that score is a mean of independent draws
     * (episodes, validation rows); NaN when the scorer does not know it.
     */
    default double lastStandardError() {
        return Double.NaN;
    }

    /** Environment steps (or examples) the last {@link #score} call consumed. */
    long lastSteps();

    /**
     * Normalise the network's inputs from now on, and collect the raw observations each score
     * call sees; tasks without observations ignore this.
     */
    default void normalizeInputs(InputNormalizer normalizer) {
    }

    /** The raw observations of the last {@link #score} call, or null when not collecting them. */
    default ObservationStats lastObservations() {
        return null;
    }
}
