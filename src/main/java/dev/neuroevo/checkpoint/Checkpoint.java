package dev.neuroevo.checkpoint;

import dev.neuroevo.run.LoopState;

/**
 * One checkpoint: the loop's state, the effective settings of the run (config.conf) and its
 * metrics.csv so far. {@code finished} marks the one written when the run ended.
 */
public record Checkpoint(LoopState loop, boolean finished, String config, String metrics) {

    /** Generations done when it was written; its directory's name. */
    public int generation() {
        return loop.done();
    }
}
