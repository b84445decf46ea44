package dev.neuroevo.strategy.es;

/** Plain stochastic gradient ascent: {@code theta += lr * g}. */
public record Sgd() implements Optimizer {

    @Override
    public String name() {
        return "sgd";
    }

    @Override
    public Moments init(int dimension) {
        return new Moments(new double[0], new double[0], 0);
    }

    @Override
    public Step step(double[] theta, Moments moments, double[] g, double lr) {
        double[] next = new double[theta.length];
        for (int i = 0; i < next.length; i++) {
            next[i] = theta[i] + lr * g[i];
        }
        return new Step(next, new Moments(moments.first(), moments.second(), moments.steps() + 1));
    }
}
