package dev.neuroevo.task.control;

/**
 * CartPole-v1 (and v0) as Gymnasium 1.4.0 defines it: Euler integration in float64 with the
 * operation order of {@code cartpole.py}, float32 observations, termination at |x| > 2.4 or
 * |theta| > 12 degrees, start state U(-0.05, 0.05)^4 (four draws, x first). Reward 1 per step,
 * including the step that terminates; 0 for further terminating steps until the next reset.
 */
public final class CartPole extends TimeLimitedEnvironment {
    private static final double GRAVITY = 9.8;
    private static final double MASS_CART = 1.0;
    private static final double MASS_POLE = 0.1;
    private static final double TOTAL_MASS = MASS_POLE + MASS_CART;
    private static final double LENGTH = 0.5;
    private static final double POLEMASS_LENGTH = MASS_POLE * LENGTH;
    private static final double FORCE_MAG = 10.0;
    private static final double TAU = 0.02;
    private static final double THETA_THRESHOLD = 12 * 2 * Math.PI / 360;
    private static final double X_THRESHOLD = 2.4;

    private double x;
    private double xDot;
    private double theta;
    private double thetaDot;
    private boolean terminatedBefore;

    CartPole(EnvSpec spec) {
        super(spec, spec.maxEpisodeSteps());
    }

    static EnvSpec spec(String id, int maxSteps, double threshold) {
        float big = Float.MAX_VALUE;
        double[] high = {X_THRESHOLD * 2, big, (float) (THETA_THRESHOLD * 2), big};
        double[] low = {-high[0], -big, -high[2], -big};
        return new EnvSpec(id, 4, low, high, ActionSpace.discrete(2), maxSteps, threshold);
    }

    @Override
    protected void resetState() {
        x = rng.uniform(-0.05, 0.05);
        xDot = rng.uniform(-0.05, 0.05);
        theta = rng.uniform(-0.05, 0.05);
        thetaDot = rng.uniform(-0.05, 0.05);
        observe();
    }

    @Override
    protected void clearEpisodeMemory() {
        terminatedBefore = false;
    }

    @Override
    protected void advance(int action) {
        double force = action == 1 ? FORCE_MAG : -FORCE_MAG;
        double cosTheta = Math.cos(theta);
        double sinTheta = Math.sin(theta);
        double temp = (force + POLEMASS_LENGTH * (thetaDot * thetaDot) * sinTheta) / TOTAL_MASS;
        double thetaAcc = (GRAVITY * sinTheta - cosTheta * temp)
                / (LENGTH * (4.0 / 3.0 - MASS_POLE * (cosTheta * cosTheta) / TOTAL_MASS));
        double xAcc = temp - POLEMASS_LENGTH * thetaAcc * cosTheta / TOTAL_MASS;
        x = x + TAU * xDot;
        xDot = xDot + TAU * xAcc;
        theta = theta + TAU * thetaDot;
        thetaDot = thetaDot + TAU * thetaAcc;
        terminated = x < -X_THRESHOLD || x > X_THRESHOLD || theta < -THETA_THRESHOLD || theta > THETA_THRESHOLD;
        // Gymnasium pays 1 for every step that does not terminate and for the first one that does;
        // a terminating step after that one (the episode should have been reset) pays 0.
        reward = terminated && terminatedBefore ? 0.0 : 1.0;
        terminatedBefore |= terminated;
        observe();
    }

    private void observe() {
        obs[0] = f32(x);
        obs[1] = f32(xDot);
        obs[2] = f32(theta);
        obs[3] = f32(thetaDot);
    }

    @Override
    public double[] state() {
        return new double[] {x, xDot, theta, thetaDot};
    }

    @Override
    public void setState(double[] s) {
        x = s[0];
        xDot = s[1];
        theta = s[2];
        thetaDot = s[3];
        observe();
    }
}
