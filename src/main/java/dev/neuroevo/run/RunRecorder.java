package dev.neuroevo.run;

import java.util.List;

/**
 * The side effects of a run, apart from its loop: metrics, progress, output files and, later,
 * checkpoints and reports. The loop calls {@link #start} once, {@link #generation} and {@link #state}
 * after every tell, and {@link #finish} once at the end.
 */
public interface RunRecorder {

    /** Before the first generation; {@code diagnostics} names the strategy's per-generation diagnostics. */
    default void start(Job job, List<String> diagnostics) {
    }

    void generation(GenerationRecord record);

    /** After {@link #generation}: the loop's state at that point, from which a run can continue (checkpoints). */
    default void state(LoopState state) {
    }

    void finish(RunResult result);

    /** Records nothing (benchmarks, tests that read only the result). */
    RunRecorder NONE = new RunRecorder() {
        @Override
        public void generation(GenerationRecord record) {
        }

        @Override
        public void finish(RunResult result) {
        }
    };
}
