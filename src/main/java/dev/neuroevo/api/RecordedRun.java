package dev.neuroevo.api;

import dev.neuroevo.checkpoint.Checkpoint;
import dev.neuroevo.checkpoint.CheckpointOptions;
import dev.neuroevo.checkpoint.CheckpointStore;
import dev.neuroevo.checkpoint.Checkpointer;
import dev.neuroevo.checkpoint.Lease;
import dev.neuroevo.config.Settings;
import dev.neuroevo.eval.Evaluator;
import dev.neuroevo.report.Progress;
import dev.neuroevo.report.RunOutput;
import dev.neuroevo.report.RunReport;
import dev.neuroevo.run.Experiment;
import dev.neuroevo.run.Job;
import dev.neuroevo.run.LoopState;
import dev.neuroevo.run.RunResult;
import dev.neuroevo.wiring.ResumeRule;
import dev.neuroevo.wiring.Wiring;
import java.util.function.UnaryOperator;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * A run that keeps an output directory, as {@code bin/neuroevo run} and {@link Search#output} do:
 * it holds the output's lease, resumes from its newest valid checkpoint (after checking that the
 * settings allow it), writes checkpoints, metrics, the model, the summary and the report, and
 * leaves a finished run alone.
 */
public final class RecordedRun {
    private RecordedRun() {
    }

    /**
     * Runs {@code job} into {@code out}; {@code evaluator} may wrap the run's evaluator. Returns
     * null when the output already holds the finished run (after printing so).
     */
    public static RunResult run(Settings settings, Wiring wiring, Job job, JavaSparkContext jsc, RunOutput out,
                                boolean restart, Progress progress, UnaryOperator<Evaluator> evaluator) {
        CheckpointOptions options = wiring.checkpoint();
        try (Lease lease = Lease.take(out, options.leaseSeconds())) {
            if (restart) {
                out.clearExcept(Lease.NAME);
            }
            CheckpointStore store = new CheckpointStore(out, job.name());
            Checkpoint from = store.newest(progress::warn);
            if (from != null) {
                ResumeRule.check(Settings.parse(from.config(), "config.conf of checkpoint " + from.generation()),
                        settings, out.location());
            }
            int partitions = job.partitions() > 0 ? job.partitions() : jsc.defaultParallelism();
            progress.line("spark " + jsc.version() + " on " + jsc.master() + ", " + partitions
                    + " partitions" + (Wiring.scoresOnThreads(job, jsc) ? " on the driver's threads" : "")
                    + "; network " + job.spec() + " (" + job.spec().parameterCount()
                    + " parameters); output " + out.location());
            LoopState resumed = from == null ? null : from.loop();
            RunReport report = new RunReport(out, progress, from == null ? null : from.metrics());
            Checkpointer recorder = new Checkpointer(report, store, options, lease, settings.render(), resumed,
                    progress::line);
            try (Evaluator scoring = evaluator.apply(Wiring.evaluator(job, jsc, partitions, store.location()))) {
                Experiment experiment = new Experiment(job, scoring, recorder);
                if (from != null && from.finished() && !experiment.reasons(resumed).isEmpty()) {
                    progress.result("finished after generation " + from.generation() + " ("
                            + String.join(", ", experiment.reasons(resumed)) + "): nothing to do");
                    return null;
                }
                out.write("config.conf", settings.render());
                if (from != null) {
                    progress.line("resumed from generation " + from.generation());
                }
                return experiment.run(resumed);
            }
        }
    }
}
