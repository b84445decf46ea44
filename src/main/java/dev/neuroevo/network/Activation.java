package dev.neuroevo.network;

import java.util.Locale;

/** Elementwise activation of one layer. */
public enum Activation {
    RELU, TANH, SIGMOID, LINEAR;

    /** Applies the activation to {@code v[0..n)} in place; one loop per kind keeps the switch out of the inner loop. */
    void applyInPlace(double[] v, int n) {
        switch (this) {
            case RELU -> {
                for (int i = 0; i < n; i++) {
                    v[i] = v[i] > 0 ? v[i] : 0;
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

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Activation of(String id) {
        for (Activation a : values()) {
            if (a.id().equals(id)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown activation '" + id + "' (relu, tanh, sigmoid, linear)");
    }
}
