package dev.neuroevo.task.control;

import dev.neuroevo.random.NumpyGenerator;

/**
 * What every environment shares: the observation and transition fields, the step counter and
 * the time limit (Gymnasium's TimeLimit wrapper), and the generator Gymnasium's {@code np_random}
 * would be, for start states and step noise.
 */
public abstract class TimeLimitedEnvironment implements Environment {
    protected final EnvSpec spec;
    protected final double[] obs;
    /** Seed 0's until the first {@link #reset(long)}: deterministic where Gymnasium would use OS entropy. */
    protected final NumpyGenerator rng = new NumpyGenerator(0);
    protected double reward;
    protected boolean terminated;
    private boolean truncated;
    private int elapsed;
    private final int maxSteps;

    protected TimeLimitedEnvironment(EnvSpec spec, int maxSteps) {
        this.spec = spec;
        this.obs = new double[spec.observationSize()];
        this.maxSteps = maxSteps;
    }

    /** Draws the start state from {@link #rng} and writes the observation. */
    protected abstract void resetState();

    /** Forgets what an episode remembers beyond its state (CartPole: that it has terminated). */
    protected void clearEpisodeMemory() {
    }

    /**
     * Advances the dynamics, setting {@link #reward}, {@link #terminated} and {@link #obs}: a discrete
     * environment overrides this one, a continuous one {@link #advance(double[])}.
     */
    protected void advance(int action) {
        throw new UnsupportedOperationException(spec.id() + " takes continuous actions");
    }

    protected void advance(double[] action) {
        throw new UnsupportedOperationException(spec.id() + " takes discrete actions");
    }

    @Override
    public final EnvSpec spec() {
        return spec;
    }

    @Override
    public final double[] reset(long seed) {
        rng.reseed(seed);
        return reset();
    }

    @Override
    public final double[] reset() {
        startEpisode();
        resetState();
        return obs;
    }

    @Override
    public final double[] resetTo(double[] state) {
        startEpisode();
        setState(state);
        return obs;
    }

    private void startEpisode() {
        elapsed = 0;
        reward = 0;
        terminated = false;
        truncated = false;
        clearEpisodeMemory();
    }

    @Override
    public final void step(int action) {
        advance(action);
        countStep();
    }

    @Override
    public final void step(double[] action) {
        advance(action);
        countStep();
    }

    private void countStep() {
        elapsed++;
        truncated = elapsed >= maxSteps;
    }

    @Override
    public final double[] observation() {
        return obs;
    }

    @Override
    public final double reward() {
        return reward;
    }

    @Override
    public final boolean terminated() {
        return terminated;
    }

    @Override
    public final boolean truncated() {
        return truncated;
    }

    @Override
    public final int elapsedSteps() {
        return elapsed;
    }

    /** Gymnasium returns observations as float32. */
    protected static double f32(double v) {
        return (float) v;
    }
}
