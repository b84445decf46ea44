package dev.neuroevo.report;

import dev.neuroevo.run.GenerationRecord;
import dev.neuroevo.run.Job;
import dev.neuroevo.run.RunRecorder;
import dev.neuroevo.run.RunResult;
import java.util.List;
import java.util.Locale;

/**
 * What a run leaves behind: a progress line per generation, metrics.csv (rewritten at most once a
 * second while the run goes on, and at the end), and best-model.json and summary.json at the end.
 * Without an output it only keeps the metrics and prints.
 */
public final class RunReport implements RunRecorder {
    private static final long WRITE_EVERY_NANOS = 1_000_000_000L;

    private final RunOutput output;
    private final Progress progress;
    private final String earlierMetrics;
    private Job job;
    private MetricsTable metrics = new MetricsTable(List.of());
    private long lastWrite;

    /** {@code output} may be null: then nothing is written. */
    public RunReport(RunOutput output, Progress progress) {
        this(output, progress, null);
    }

    /**
     * A report that continues {@code earlierMetrics} (a checkpoint's metrics.csv; null for a fresh
     * run): metrics.csv is rewritten from it at once, dropping any row written after the checkpoint.
     */
    public RunReport(RunOutput output, Progress progress, String earlierMetrics) {
        this.output = output;
        this.progress = progress;
        this.earlierMetrics = earlierMetrics;
    }

    @Override
    public void start(Job job, List<String> diagnostics) {
        this.job = job;
        this.metrics = earlierMetrics == null ? new MetricsTable(diagnostics)
                : new MetricsTable(diagnostics, earlierMetrics);
        this.lastWrite = System.nanoTime() - 2 * WRITE_EVERY_NANOS;
        if (output != null && earlierMetrics != null) {
            output.write("metrics.csv", metrics.csv());
            lastWrite = System.nanoTime();
        }
    }

    @Override
    public void generation(GenerationRecord r) {
        GenerationMetrics m = metrics.add(r);
        // Rewriting the file every generation costs milliseconds on a remote store: once a second is enough to follow a run.
        if (output != null && System.nanoTime() - lastWrite > WRITE_EVERY_NANOS) {
            output.write("metrics.csv", metrics.csv());
            lastWrite = System.nanoTime();
        }
        progress.generation(m, r.fitness().length, r.steps(), r.elapsed());
    }

    @Override
    public void finish(RunResult r) {
        if (output != null) {
            output.write("metrics.csv", metrics.csv());
            output.write("best-model.json",
                    new ModelFile(job.task().id(), job.spec(), r.bestWeights(), r.bestNormalizer(),
                            job.task().rawInputs()).toJson());
            r.strategyFiles().forEach(output::write);
            output.write("summary.json", Summary.json(job, r));
        }
        progress.line(String.format(Locale.ROOT,
                "stopped: %s after %d generations, %d evaluations, %d env steps, %.1f s; final evaluation %.6g%s",
                r.stopReason(), r.generations(), r.evaluations(), r.envSteps(), r.wallSeconds(),
                r.finalEvaluation().score(), r.finalEvaluation().solved() ? " (solved)" : " (not solved)"));
    }

    /** The metrics so far. */
    public MetricsTable metrics() {
        return metrics;
    }
}
