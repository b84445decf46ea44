package dev.neuroevo.task.control;

/**
 * MountainCarContinuous-v0 as Gymnasium 1.4.0 defines it ({@code continuous_mountain_car.py}):
 * force = action clipped to [-1, 1], velocity += force * 0.0015 - 0.0025 cos(3 position), clipped to
 * [-0.07, 0.07]; position += velocity, clipped to [-1.2, 0.6], with an inelastic left wall;
 * termination at position >= 0.45 with velocity >= 0; reward -0.1 action^2 (the unclipped action)
 * plus 100 at the goal; start position U(-0.6, -0.4) at rest.
 *
 * <p>Gymnasium's numbers have types that change the results, and this class keeps them (NumPy 2
 * rules: an operation between a float32 and a Python float stays float32, comparisons included).
 * The action is float32, as its Box space holds it. The state is a float64 array after reset and a
 * float32 array after every step, so from the second step on the update runs in float32, except
 * that a clipped force is a Python float: then {@code force * 0.0015} is exact and only the sum is
 * rounded. Which of the two the state is belongs to the state: {@link #state()} is (position,
 * velocity, 1 if held in float32 else 0). A state of two values is float64, as reset makes it; a
 * third value of 1 makes it float32, as a step leaves it (its values are then rounded to float32).
 */
public final class MountainCarContinuous extends TimeLimitedEnvironment {
    private static final double MIN_POSITION = MountainCar.MIN_POSITION;
    private static final double MAX_POSITION = MountainCar.MAX_POSITION;
    private static final double MAX_SPEED = MountainCar.MAX_SPEED;
    private static final double GOAL_POSITION = 0.45;
    private static final double POWER = 0.0015;
    private static final float POWER_F32 = (float) POWER;

    private double position;
    private double velocity;
    private boolean float32State;

    MountainCarContinuous(EnvSpec spec) {
        super(spec, spec.maxEpisodeSteps());
    }

    static EnvSpec spec(String id, int maxSteps, double threshold) {
        ActionSpace actions = ActionSpace.box(new double[] {-1.0}, new double[] {1.0});
        return MountainCar.spec(id, actions, maxSteps, threshold);
    }

    @Override
    protected void resetState() {
        position = rng.uniform(-0.6, -0.4);
        velocity = 0;
        float32State = false;
        observe();
    }

    @Override
    protected void advance(double[] action) {
        float a = (float) action[0];
        double slope = 0.0025 * Math.cos(r(3 * position));
        double increment = a < -1 || a > 1
                ? (a > 1 ? 1.0 : -1.0) * POWER - slope
                : (double) (a * POWER_F32 - (float) slope);
        double v = r(velocity + r(increment));
        if (v > r(MAX_SPEED)) {
            v = r(MAX_SPEED);
        }
        if (v < r(-MAX_SPEED)) {
            v = r(-MAX_SPEED);
        }
        double p = r(position + v);
        if (p > r(MAX_POSITION)) {
            p = r(MAX_POSITION);
        }
        if (p < r(MIN_POSITION)) {
            p = r(MIN_POSITION);
        }
        if (p == r(MIN_POSITION) && v < 0) {
            v = 0;
        }
        terminated = p >= r(GOAL_POSITION) && v >= 0;
        reward = (terminated ? 100.0 : 0.0) - (double) a * a * 0.1;
        position = (float) p;
        velocity = (float) v;
        float32State = true;
        observe();
    }

    /**
     * A value as numpy holds it in this step: rounded to float32 when the state is float32. Rounding
     * the float64 sum or product of two float32 values gives the float32 sum or product (float64 has
     * more than twice float32's precision, so the double rounding is harmless).
     */
    private double r(double x) {
        return float32State ? (float) x : x;
    }

    private void observe() {
        obs[0] = f32(position);
        obs[1] = f32(velocity);
    }

    @Override
    public double[] state() {
        return new double[] {position, velocity, float32State ? 1 : 0};
    }

    @Override
    public void setState(double[] s) {
        if (s.length != 2 && s.length != 3 || s.length == 3 && s[2] != 0 && s[2] != 1) {
            throw new IllegalArgumentException(
                    "a MountainCarContinuous state is (position, velocity[, 1 if float32 else 0])");
        }
        float32State = s.length == 3 && s[2] == 1;
        position = r(s[0]);
        velocity = r(s[1]);
        observe();
    }
}
