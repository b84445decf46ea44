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
                    v[i] = v[i] > 0 ? v[i] : 0.0;
                }
            }
            case TANH -> {
                for (int i = 0; i < n; i++) {
                    v[i] = Math.tanh(v[i]);
                }
            }
            case SIGMOID -> {
                for (int i = 0; i < n; i++) {
                    v[i] = 1 / (1 + Math.exp(-v[i]));
                }
            }
            case LINEAR -> { }
        }
    }

    public static Activation of(String id) {
        return Choice.of(Activation.class, id);
    }
}
