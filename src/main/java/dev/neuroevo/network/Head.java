package dev.neuroevo.network;

import java.util.Locale;

/** How the last layer's outputs become an action. */
public enum Head {
    /** Discrete actions: the index of the largest output (ties go to the lowest index). */
    ARGMAX,
    /** Continuous actions: tanh of each output, scaled to the action bounds by the task. */
    TANH;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Head of(String id) {
        for (Head h : values()) {
            if (h.id().equals(id)) {
                return h;
            }
        }
        throw new IllegalArgumentException("unknown head '" + id + "' (argmax, tanh)");
    }
}
