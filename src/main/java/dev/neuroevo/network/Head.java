package dev.neuroevo.network;

import dev.neuroevo.config.Choice;

/** How the last layer's outputs become an action. */
public enum Head implements Choice {
    /** Discrete actions: the index of the largest output (ties go to the lowest index). */
    ARGMAX,
    /** Continuous actions: tanh of each output, scaled to the action bounds by the task. */
    TANH,
    /** Real values (regression): the outputs as they are. */
    IDENTITY;

    public static Head of(String id) {
        return Choice.of(Head.class, id);
    }
}
