package dev.neuroevo.task.control;

/**
 * A reinforcement-learning environment in Gymnasium's spirit, built for a hot loop: the resets
 * and {@code step} write into buffers the environment owns and allocate nothing. After a step,
 * {@link #observation()}, {@link #reward()}, {@link #terminated()} and {@link #truncated()} describe
 * the transition. Make one with {@link Environments#make(String)}.
 *
 * <p>Each environment owns one generator, numpy's {@code Generator(PCG64(SeedSequence(seed)))} as
 * Gymnasium makes it, from which it draws start states and any noise in its steps.
 */
public interface Environment {

    EnvSpec spec();

    default ActionSpace actionSpace() {
        return spec().actionSpace();
    }

    default ObservationSpace observationSpace() {
        return spec().observationSpace();
    }

    /**
     * Gymnasium's {@code reset(seed=seed)}: reseeds the generator and draws the start state, equal
     * to Gymnasium's bit for bit. The seed is read as unsigned 64-bit, so every long is a valid
     * Gymnasium seed ({@code -1L} is 2^64 - 1). Returns the observation buffer.
     */
    double[] reset(long seed);

    /**
     * Gymnasium's {@code reset()}: draws the next start state from the generator as it stands. An
     * environment never seeded has the generator of seed 0 (Gymnasium would seed from the operating
     * system's entropy; here a run depends on its seeds alone), so its first {@code reset()} is
     * {@code reset(0)}.
     */
    double[] reset();

    /**
     * Starts an episode from {@code state} (as {@link #state()} returns it): step counter 0, not
     * terminated or truncated, no memory of an earlier termination; the generator is untouched.
     * Returns the observation buffer.
     */
    double[] resetTo(double[] state);

    /** Advances one step with a discrete action. */
    void step(int action);

    /** Advances one step with a continuous action (clipped to the action space as Gymnasium does). */
    void step(double[] action);

    /** The latest observation, float32-rounded as Gymnasium returns it; a buffer that is reused. */
    double[] observation();

    double reward();

    boolean terminated();

    /**
     * True once the step counter has reached the time limit ({@link EnvSpec#maxEpisodeSteps()}), as
     * Gymnasium's TimeLimit wrapper sets it: also on a step that terminates, and on every step
     * taken past the limit.
     */
    boolean truncated();

    /** Steps taken since the last reset. */
    int elapsedSteps();

    /** A copy of the full internal state, in float64. */
    double[] state();

    /**
     * Replaces the state within the current episode, as assigning Gymnasium's {@code env.unwrapped.state}
     * does: the step counter and any memory of a termination carry on. To start an episode from a
     * state, use {@link #resetTo}.
     */
    void setState(double[] state);
}
