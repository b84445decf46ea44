package dev.neuroevo.strategy.es;

/**
 * Adam (Kingma and Ba 2015) in the form of OpenAI's es-distributed optimizer: the bias
 * corrections are folded into the step size, {@code a = lr sqrt(1 - b2^t) / (1 - b1^t)}, and
 * {@code theta += a m / (sqrt(v) + 1e-8)}.
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
    public Step step(double[] theta, Moments moments, double[] g, double lr) {
        int t = moments.steps() + 1;
        double a = lr * Math.sqrt(1 - Math.pow(beta2, t)) / (1 - Math.pow(beta1, t));
        double[] m = new double[theta.length];
        double[] v = new double[theta.length];
        double[] next = new double[theta.length];
        for (int i = 0; i < next.length; i++) {
            m[i] = beta1 * moments.first()[i] + (1 - beta1) * g[i];
            v[i] = beta2 * moments.second()[i] + (1 - beta2) * g[i] * g[i];
            next[i] = theta[i] + a * m[i] / (Math.sqrt(v[i]) + EPSILON);
        }
        return new Step(next, new Moments(m, v, t));
    }
}
