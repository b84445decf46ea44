package dev.neuroevo.task.control;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Acrobot-v1 as Gymnasium 1.4.0 defines it ({@code acrobot.py}, after Sutton 1996 and Sutton and
 * Barto's book): two links, torque -1, 0 or +1 on the joint between them, one step of 0.2 s by
 * Gymnasium's fourth-order Runge-Kutta, angles wrapped to [-pi, pi], velocities bounded by 4 pi and
 * 9 pi; termination when -cos(theta1) - cos(theta1 + theta2) > 1 (the free end above the bar),
 * reward -1 per step and 0 on the terminating one; start state U(-0.1, 0.1)^4 rounded to float32;
 * observation (cos theta1, sin theta1, cos theta2, sin theta2, dtheta1, dtheta2).
 *
 * <p>Option {@code book_or_nips} (Gymnasium's attribute of that name): {@code "book"}, the default,
 * follows the book's equations; {@code "nips"} omits the {@code dtheta1^2 sin(theta2)} term of the
 * second link's acceleration, as the NIPS paper does. Option {@code torque_noise_max}, 0 by default,
 * adds U(-n, n) drawn from the environment's generator to every torque, as Gymnasium does.
 * {@code Environments.make("Acrobot-v1", Map.of("book_or_nips", "nips"))}; the spec says which.
 */
public final class Acrobot extends TimeLimitedEnvironment {
    /** Which form of the second link's acceleration to integrate. */
    private enum Dynamics { BOOK, NIPS }

    private static final double DT = 0.2;
    private static final double L1 = 1.0;
    private static final double M1 = 1.0;
    private static final double M2 = 1.0;
    private static final double LC1 = 0.5;
    private static final double LC2 = 0.5;
    private static final double I1 = 1.0;
    private static final double I2 = 1.0;
    private static final double G = 9.8;
    private static final double MAX_VEL_1 = 4 * Math.PI;
    private static final double MAX_VEL_2 = 9 * Math.PI;
    private static final double[] TORQUES = {-1.0, 0.0, 1.0};
    /** Gymnasium's attribute names: which equations, and the bound of the uniform torque noise. */
    static final String BOOK_OR_NIPS = "book_or_nips";
    static final String TORQUE_NOISE_MAX = "torque_noise_max";

    private final Dynamics dynamics;
    private final double torqueNoise;
    private final double[] s = new double[4];
    private final double[] y = new double[4];
    private final double[] k1 = new double[4];
    private final double[] k2 = new double[4];
    private final double[] k3 = new double[4];
    private final double[] k4 = new double[4];

    /** Dynamics and torque noise from the spec's options {@code book_or_nips} and {@code torque_noise_max}. */
    Acrobot(EnvSpec spec) {
        super(spec, spec.maxEpisodeSteps());
        this.dynamics = switch (String.valueOf(spec.options().get(BOOK_OR_NIPS))) {
            case "book" -> Dynamics.BOOK;
            case "nips" -> Dynamics.NIPS;
            default -> throw new IllegalArgumentException(spec.id() + " option '" + BOOK_OR_NIPS
                    + "' is \"book\" or \"nips\", not " + spec.options().get(BOOK_OR_NIPS));
        };
        this.torqueNoise = spec.number(TORQUE_NOISE_MAX);
        if (!(torqueNoise >= 0)) {
            throw new IllegalArgumentException(spec.id() + " option '" + TORQUE_NOISE_MAX + "' must be >= 0: " + torqueNoise);
        }
    }

    static EnvSpec spec(String id, int maxSteps, double threshold) {
        double[] high = {1.0, 1.0, 1.0, 1.0, (float) MAX_VEL_1, (float) MAX_VEL_2};
        double[] low = new double[high.length];
        for (int i = 0; i < high.length; i++) {
            low[i] = -high[i];
        }
        Map<String, Object> options = new LinkedHashMap<>();
        options.put(BOOK_OR_NIPS, "book");
        options.put(TORQUE_NOISE_MAX, 0.0);
        return new EnvSpec(id, 6, low, high, ActionSpace.discrete(3), maxSteps, threshold, options);
    }

    @Override
    protected void resetState() {
        for (int i = 0; i < 4; i++) {
            s[i] = f32(rng.uniform(-0.1, 0.1));
        }
        observe();
    }

    @Override
    protected void advance(int action) {
        double torque = TORQUES[action];
        if (torqueNoise > 0) {
            torque += rng.uniform(-torqueNoise, torqueNoise);
        }
        rk4(torque);
        s[0] = wrap(s[0]);
        s[1] = wrap(s[1]);
        s[2] = Math.min(Math.max(s[2], -MAX_VEL_1), MAX_VEL_1);
        s[3] = Math.min(Math.max(s[3], -MAX_VEL_2), MAX_VEL_2);
        terminated = -Math.cos(s[0]) - Math.cos(s[1] + s[0]) > 1.0;
        reward = terminated ? 0.0 : -1.0;
        observe();
    }

    /**
     * One interval of Gymnasium's {@code rk4} over [0, dt]. The torque rides along as a fifth state
     * component whose derivative is 0, so it stays constant and is passed alone here.
     */
    private void rk4(double torque) {
        double dt2 = DT / 2.0;
        derivatives(s, torque, k1);
        for (int i = 0; i < 4; i++) {
            y[i] = s[i] + dt2 * k1[i];
        }
        derivatives(y, torque, k2);
        for (int i = 0; i < 4; i++) {
            y[i] = s[i] + dt2 * k2[i];
        }
        derivatives(y, torque, k3);
        for (int i = 0; i < 4; i++) {
            y[i] = s[i] + DT * k3[i];
        }
        derivatives(y, torque, k4);
        for (int i = 0; i < 4; i++) {
            s[i] = s[i] + DT / 6.0 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
        }
    }

    /** Gymnasium's {@code _dsdt}, in its operation order. */
    private void derivatives(double[] state, double a, double[] out) {
        double theta1 = state[0];
        double theta2 = state[1];
        double dtheta1 = state[2];
        double dtheta2 = state[3];
        double d1 = M1 * (LC1 * LC1) + M2 * (L1 * L1 + LC2 * LC2 + 2 * L1 * LC2 * Math.cos(theta2)) + I1 + I2;
        double d2 = M2 * (LC2 * LC2 + L1 * LC2 * Math.cos(theta2)) + I2;
        double phi2 = M2 * LC2 * G * Math.cos(theta1 + theta2 - Math.PI / 2.0);
        double phi1 = -M2 * L1 * LC2 * (dtheta2 * dtheta2) * Math.sin(theta2)
                - 2 * M2 * L1 * LC2 * dtheta2 * dtheta1 * Math.sin(theta2)
                + (M1 * LC1 + M2 * L1) * G * Math.cos(theta1 - Math.PI / 2)
                + phi2;
        double denominator = M2 * (LC2 * LC2) + I2 - d2 * d2 / d1;
        double ddtheta2 = dynamics == Dynamics.NIPS
                ? (a + d2 / d1 * phi1 - phi2) / denominator
                : (a + d2 / d1 * phi1 - M2 * L1 * LC2 * (dtheta1 * dtheta1) * Math.sin(theta2) - phi2) / denominator;
        out[0] = dtheta1;
        out[1] = dtheta2;
        out[2] = -(d2 * ddtheta2 + phi1) / d1;
        out[3] = ddtheta2;
    }

    /** Gymnasium's {@code wrap(x, -pi, pi)}: shifts by whole turns into [-pi, pi]. */
    private static double wrap(double x) {
        double diff = Math.PI - (-Math.PI);
        while (x > Math.PI) {
            x = x - diff;
        }
        while (x < -Math.PI) {
            x = x + diff;
        }
        return x;
    }

    private void observe() {
        obs[0] = f32(Math.cos(s[0]));
        obs[1] = f32(Math.sin(s[0]));
        obs[2] = f32(Math.cos(s[1]));
        obs[3] = f32(Math.sin(s[1]));
        obs[4] = f32(s[2]);
        obs[5] = f32(s[3]);
    }

    @Override
    public double[] state() {
        return s.clone();
    }

    @Override
    public void setState(double[] state) {
        System.arraycopy(state, 0, s, 0, 4);
        observe();
    }
}
