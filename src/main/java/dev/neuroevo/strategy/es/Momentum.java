package dev.neuroevo.strategy.es;

/**
 * SGD with momentum as OpenAI's es-distributed {@code SGD} class has it: the velocity is an
 * exponential average, {@code v = m v + (1 - m) g}, and {@code theta += lr * v}; so {@code lr}
 * keeps the scale it has in plain SGD.
 */
public record Momentum(double momentum) implements Optimizer {

    @Override
    public String name() {
        return "momentum";
    }

    @Override
    public Moments init(int dimension) {
        return new Moments(new double[dimension], new double[0], 0);
    }

    @Override
    public Step step(double[] theta, Moments moments, double[] g, double lr) {
        double[] v = new double[theta.length];
        double[] next = new double[theta.length];
        for (int i = 0; i < next.length; i++) {
            v[i] = momentum * moments.first()[i] + (1 - momentum) * g[i];
            next[i] = theta[i] + lr * v[i];
        }
        return new Step(next, new Moments(v, moments.second(), moments.steps() + 1));
    }
}
