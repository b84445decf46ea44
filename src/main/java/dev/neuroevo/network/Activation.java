package dev.neuroevo.network;

import dev.neuroevo.config.Choice;

/** Elementwise activation of one layer. */
public enum Activation implements Choice {
    RELU, TANH, SIGMOID, LINEAR;

    /** Applies the activation to {@code v[0..n)} in place; one loop per kind keeps the switch out of the inner loop. */
    void applyInPlace(double[] v, int n) {
        switch (this) {
            case RELU -> {
                for (int i = 0; i < n; i++) {
                    v[i] = relu(v[i]);
                }
            }
            case TANH -> {
                for (int i = 0; i < n; i++) {
                    v[i] = Math.tanh(v[i]);
                }
            }
            case SIGMOID -> {
                for (int i = 0; i < n; i++) {
                    v[i] = sigmoid(v[i]);
                }
            }
            case LINEAR -> { }
        }
    }

    /** NaN and -0.0 give +0.0: the batch and single-example kernels must agree on them bit for bit. */
    static double relu(double v) {
        return v > 0 ? v : 0.0;
    }

    static double sigmoid(double v) {
        return 1 / (1 + Math.exp(-v));
    }

    /**
     * Multiplies {@code d[0..n)} by the activation's derivative, written in terms of its output
     * {@code y} (what the forward pass keeps): relu 1 where y > 0 (0 at the kink), tanh 1 - y^2,
     * sigmoid y (1 - y), linear 1.
     */
    void backwardInPlace(double[] y, double[] d, int n) {
        switch (this) {
            case RELU -> {
                for (int i = 0; i < n; i++) {
                    d[i] = y[i] > 0 ? d[i] : 0.0;
                }
            }
            case TANH -> {
                for (int i = 0; i < n; i++) {
                    d[i] *= 1 - y[i] * y[i];
                }
            }
            case SIGMOID -> {
                for (int i = 0; i < n; i++) {
                    d[i] *= y[i] * (1 - y[i]);
                }
            }
            case LINEAR -> { }
        }
    }

    public static Activation of(String id) {
        return Choice.of(Activation.class, id);
    }
}
