package dev.neuroevo.task.control;

import java.util.Map;

/**
 * Pendulum-v1 as Gymnasium 1.4.0 defines it ({@code pendulum.py}): torque u clipped to [-2, 2],
 * cost = normalize(theta)^2 + 0.1 theta_dot^2 + 0.001 u^2 on the state before the step, reward
 * -cost; theta_dot += (3g/(2l) sin(theta) + 3/(ml^2) u) dt, clipped to [-8, 8]; theta += theta_dot
 * dt; never terminates; start state U(-pi, pi) x U(-1, 1); observation (cos, sin, theta_dot).
 * Option {@code g}, the gravity, is 10 unless {@code Environments.make} is given another.
 *
 * <p>The action is float32, as its Box space holds it, so numpy computes {@code 3 u} and
 * {@code 0.001 u^2} in float32 (the Python constants rounded to float32 first) and the rest in
 * float64. The angle is normalised with numpy's floored modulo, so the result lies in [-pi, pi).
 * One rounding is not reproduced: numpy squares a float32 scalar with the C library's
 * {@code powf}, which is one float32 ulp off on about 0.1% of actions; the exact square used here
 * then makes the reward differ by at most about 5e-10.
 */
public final class Pendulum extends TimeLimitedEnvironment {
    private static final double MAX_SPEED = 8;
    private static final float MAX_TORQUE = 2.0f;
    private static final double DT = 0.05;
    private static final double MASS = 1.0;
    private static final double LENGTH = 1.0;
    private static final double TWO_PI = 2 * Math.PI;
    static final String G = "g";

    private final double gravityTerm;
    private final float torqueTerm;
    private double theta;
    private double thetaDot;

    /** Gravity from the spec's option {@code g} (Gymnasium's {@code g} argument, 10 by default). */
    Pendulum(EnvSpec spec) {
        super(spec, spec.maxEpisodeSteps());
        this.gravityTerm = 3 * spec.number(G) / (2 * LENGTH);
        this.torqueTerm = (float) (3.0 / (MASS * (LENGTH * LENGTH)));
    }

    static EnvSpec spec(String id, int maxSteps, double threshold) {
        double[] high = {1.0, 1.0, MAX_SPEED};
        double[] low = {-1.0, -1.0, -MAX_SPEED};
        ActionSpace actions = ActionSpace.box(new double[] {-MAX_TORQUE}, new double[] {MAX_TORQUE});
        return new EnvSpec(id, 3, low, high, actions, maxSteps, threshold, Map.of(G, 10.0));
    }

    @Override
    protected void resetState() {
        theta = rng.uniform(-Math.PI, Math.PI);
        thetaDot = rng.uniform(-1.0, 1.0);
        observe();
    }

    @Override
    protected void advance(double[] action) {
        float u = Math.min(Math.max((float) action[0], -MAX_TORQUE), MAX_TORQUE);
        double angle = angleNormalize(theta);
        double cost = angle * angle + 0.1 * (thetaDot * thetaDot) + 0.001f * (u * u);
        double newThetaDot = thetaDot + (gravityTerm * Math.sin(theta) + torqueTerm * u) * DT;
        newThetaDot = Math.min(Math.max(newThetaDot, -MAX_SPEED), MAX_SPEED);
        theta = theta + newThetaDot * DT;
        thetaDot = newThetaDot;
        reward = -cost;
        observe();
    }

    /** numpy's {@code ((x + pi) % (2 pi)) - pi}: the remainder takes the divisor's sign. */
    static double angleNormalize(double x) {
        double m = (x + Math.PI) % TWO_PI;
        if (m < 0) {
            m += TWO_PI;
        }
        return m - Math.PI;
    }

    private void observe() {
        obs[0] = f32(Math.cos(theta));
        obs[1] = f32(Math.sin(theta));
        obs[2] = f32(thetaDot);
    }

    @Override
    public double[] state() {
        return new double[] {theta, thetaDot};
    }

    @Override
    public void setState(double[] s) {
        theta = s[0];
        thetaDot = s[1];
        observe();
    }
}
