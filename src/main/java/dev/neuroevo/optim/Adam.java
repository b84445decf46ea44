package dev.neuroevo.optim;

/**
 * Adam (Kingma and Ba 2015) in the form of OpenAI's es-distributed optimizer: the bias
 * corrections are folded into the step size, {@code a = lr sqrt(1 - b2^t) / (1 - b1^t)}, and
 * {@code theta -= a m / (sqrt(v) + 1e-8)}.
 */
public record Adam(double beta1, double beta2) implements Optimizer {
    static final double EPSILON = 1e-8;

    @Override
    public String name() {
        return "adam";
    }

    @Override
    public Moments init(int dimension) {
        return new Moments(new double[dimension], new double[dimension], 0);
    }

    @Override
    public void step(double[] theta, double[] grad, Moments moments, double lr) {
        long t = moments.advance();
        double a = lr * Math.sqrt(1 - Math.pow(beta2, t)) / (1 - Math.pow(beta1, t));
        double[] m = moments.first();
        double[] v = moments.second();
        for (int i = 0; i < theta.length; i++) {
            m[i] = beta1 * m[i] + (1 - beta1) * grad[i];
            v[i] = beta2 * v[i] + (1 - beta2) * grad[i] * grad[i];
            theta[i] -= a * m[i] / (Math.sqrt(v[i]) + EPSILON);
        }
    }
}
