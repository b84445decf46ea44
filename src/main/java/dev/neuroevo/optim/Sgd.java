package dev.neuroevo.optim;

/** Plain stochastic gradient descent: {@code theta -= lr * g}. */
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
    public void step(double[] theta, double[] grad, Moments moments, double lr) {
        for (int i = 0; i < theta.length; i++) {
            theta[i] -= lr * grad[i];
        }
        moments.advance();
    }
}
