package dev.neuroevo.task.control;

/**
 * MountainCar-v0 as Gymnasium 1.4.0 defines it ({@code mountain_car.py}, after Moore 1990 and Sutton
 * and Barto's {@code MountainCar1.cp}): float64 dynamics in its operation order, velocity clipped to
 * [-0.07, 0.07], position to [-1.2, 0.6], an inelastic left wall that zeroes a negative velocity,
 * termination at position >= 0.5 with velocity >= 0, reward -1 per step, start position
 * U(-0.6, -0.4) at rest. Actions: 0 push left, 1 no push, 2 push right.
 */
public final class MountainCar extends TimeLimitedEnvironment {
    static final double MIN_POSITION = -1.2;
    static final double MAX_POSITION = 0.6;
    static final double MAX_SPEED = 0.07;
    private static final double GOAL_POSITION = 0.5;
    private static final double FORCE = 0.001;
    private static final double GRAVITY = 0.0025;

    private double position;
    private double velocity;

    MountainCar(EnvSpec spec) {
        super(spec, spec.maxEpisodeSteps());
    }

    static EnvSpec spec(String id, int maxSteps, double threshold) {
        return spec(id, ActionSpace.discrete(3), maxSteps, threshold);
    }

    /** The valley both mountain cars share: observations (position, velocity) within float32 bounds. */
    static EnvSpec spec(String id, ActionSpace actions, int maxSteps, double threshold) {
        double[] low = {(float) MIN_POSITION, (float) -MAX_SPEED};
        double[] high = {(float) MAX_POSITION, (float) MAX_SPEED};
        return new EnvSpec(id, 2, low, high, actions, maxSteps, threshold);
    }

    @Override
    protected void resetState() {
        position = rng.uniform(-0.6, -0.4);
        velocity = 0;
        observe();
    }

    @Override
    protected void advance(int action) {
        velocity += (action - 1) * FORCE + Math.cos(3 * position) * (-GRAVITY);
        velocity = Math.min(Math.max(velocity, -MAX_SPEED), MAX_SPEED);
        position += velocity;
        position = Math.min(Math.max(position, MIN_POSITION), MAX_POSITION);
        if (position == MIN_POSITION && velocity < 0) {
            velocity = 0;
        }
        terminated = position >= GOAL_POSITION && velocity >= 0;
        reward = -1.0;
        observe();
    }

    private void observe() {
        obs[0] = f32(position);
        obs[1] = f32(velocity);
    }

    @Override
    public double[] state() {
        return new double[] {position, velocity};
    }

    @Override
    public void setState(double[] s) {
        position = s[0];
        velocity = s[1];
        observe();
    }
}
