package dev.neuroevo.task.control;

/**
 * A reinforcement-learning environment in Gymnasium's spirit, built for a hot loop: {@link #reset}
 * and {@code step} write into buffers the environment owns and allocate nothing. After a step,
 * {@link #observation()}, {@link #reward()}, {@link #terminated()} and {@link #truncated()} describe
 * the transition. Make one with {@link Environments#make(String)}.
 */
public interface Environment {

    EnvSpec spec();

    /** Starts an episode from a start state drawn with {@code seed}; returns the observation buffer. */
    double[] reset(long seed);

    /** Advances one step with a discrete action. */
    void step(int action);

    /** Advances one step with a continuous action (clipped to the action space as Gymnasium does). */
    void step(double[] action);

    /** The latest observation, float32-rounded as Gymnasium returns it; a buffer that is reused. */
    double[] observation();

    double reward();

    boolean terminated();

    /** True when the episode reached the time limit without terminating. */
    boolean truncated();

    /** Steps taken since the last reset. */
    int elapsedSteps();

    /** A copy of the full internal state, in float64. */
    double[] state();

    /** Sets the full internal state (as {@link #state()} returns it) and refreshes the observation. */
    void setState(double[] state);
}
