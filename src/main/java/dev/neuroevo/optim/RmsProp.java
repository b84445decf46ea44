package dev.neuroevo.optim;

/**
 * RMSprop (Tieleman and Hinton 2012, lecture 6.5) as PyTorch has it: {@code v = rho v + (1 - rho) g^2},
 * {@code theta -= lr g / (sqrt(v) + 1e-8)}.
 */
public record RmsProp(double rho) implements Optimizer {
    static final double EPSILON = 1e-8;

    @Override
    public String name() {
        return "rmsprop";
    }

    @Override
    public Moments init(int dimension) {
        return new Moments(new double[0], new double[dimension], 0);
    }

    @Override
    public void step(double[] theta, double[] grad, Moments moments, double lr) {
        double[] v = moments.second();
        for (int i = 0; i < theta.length; i++) {
            v[i] = rho * v[i] + (1 - rho) * grad[i] * grad[i];
            theta[i] -= lr * grad[i] / (Math.sqrt(v[i]) + EPSILON);
        }
        moments.advance();
    }
}
