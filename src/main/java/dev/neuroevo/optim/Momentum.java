package dev.neuroevo.optim;

/**
 * SGD with momentum in PyTorch's form: {@code v = m v + d g}, {@code theta -= lr v}, or with
 * Nesterov's correction {@code theta -= lr (g + m v)}. The damped form ({@code d = 1 - m}) is the
 * exponential average of OpenAI's es-distributed {@code SGD} class, which keeps {@code lr} at the
 * scale it has in plain SGD; the undamped one ({@code d = 1}) is the usual one for training.
 */
public record Momentum(double momentum, boolean damped, boolean nesterov) implements Optimizer {

    @Override
    public String name() {
        return nesterov ? "nesterov" : "momentum";
    }

    @Override
    public Moments init(int dimension) {
        return new Moments(new double[dimension], new double[0], 0);
    }

    @Override
    public void step(double[] theta, double[] grad, Moments moments, double lr) {
        double[] v = moments.first();
        for (int i = 0; i < theta.length; i++) {
            v[i] = momentum * v[i] + (damped ? (1 - momentum) * grad[i] : grad[i]);
            theta[i] -= lr * (nesterov ? grad[i] + momentum * v[i] : v[i]);
        }
        moments.advance();
    }
}
