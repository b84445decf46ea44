package dev.neuroevo.checkpoint;

/**
 * When checkpoints are written and how many are kept: every {@code every} generations and whenever
 * {@code intervalSeconds} have passed since the last one, always at the end and on SIGTERM; the
 * newest {@code keep} are kept. A writer's lease on the output lapses after {@code leaseSeconds}
 * without renewal.
 */
public record CheckpointOptions(int every, double intervalSeconds, int keep, double leaseSeconds) {
}
