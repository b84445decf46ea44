package dev.neuroevo.random;

/** Why a random draw is made; part of every seed key so that unrelated draws never share a stream. */
public enum Purpose {
    INIT, MUTATION, SELECTION, TOURNAMENT, EPISODES, FINAL_EVALUATION, NOISE, BATCH, SPLIT, SHUFFLE
}
