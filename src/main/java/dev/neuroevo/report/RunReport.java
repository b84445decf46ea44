package dev.neuroevo.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.neuroevo.run.GenerationRecord;
import dev.neuroevo.run.Job;
import dev.neuroevo.run.RunRecorder;
import dev.neuroevo.run.RunResult;
import dev.neuroevo.task.FinalEvaluation;
import java.util.List;
import java.util.Locale;

/**
 * What a run leaves behind: a progress line per generation; metrics.csv (rewritten at most once a
 * second while the run goes on, and at the end); metrics.parquet and report.html at a checkpoint
 * at least 30 s after the run's start and the last ones, and at the end; best-model.json,
 * summary.json and the final evaluation's returns or confusion matrix at the end. Without an output it only keeps the metrics and prints.
 */
public final class RunReport implements RunRecorder {
    private static final long WRITE_EVERY_NANOS = 1_000_000_000L;
    /** The least time between a run's start and its first live report, and between live reports. */
    private static final long LIVE_EVERY_NANOS = 30_000_000_000L;

    private final RunOutput output;
    private final Progress progress;
    private final String earlierMetrics;
    private Job job;
    private MetricsTable metrics = new MetricsTable(List.of());
    private long lastWrite;
    private boolean ended;
    private long lastPageEnd;
    private long lastPageCost;

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
        progress.budget(job.stop().generations());
        this.metrics = earlierMetrics == null ? new MetricsTable(diagnostics)
                : new MetricsTable(diagnostics, earlierMetrics);
        this.lastWrite = System.nanoTime() - 2 * WRITE_EVERY_NANOS;
        this.lastPageEnd = System.nanoTime();
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
            MetricsColumns columns = MetricsColumns.parse(metrics.csv(), "metrics.csv");
            output.write("best-model.json",
                    new ModelFile(job.task().id(), job.spec(), r.bestWeights(), r.bestNormalizer(),
                            job.task().rawInputs()).toJson());
            r.strategyFiles().forEach(output::write);
            String summary = Summary.json(job, r);
            output.write("summary.json", summary);
            FinalEvaluation fin = r.finalEvaluation();
            if (fin.returns() != null) {
                output.write(RunData.RETURNS, RunData.returnsCsv(fin.returns()));
            }
            if (fin.confusion() != null) {
                output.write(RunData.CONFUSION, RunData.confusionCsv(fin.confusion(), fin.labels()));
            }
            refresh(columns, () -> new RunData(job.name(), columns,
                    new ObjectMapper().readTree(summary), fin.returns(), fin.confusion(),
                    fin.labels() == null ? null : List.of(fin.labels())), true);
        }
        progress.result(String.format(Locale.ROOT,
                "stopped: %s after %d generations, %d evaluations, %d env steps, %.1f s; final evaluation %.6g%s",
                r.stopReason(), r.generations(), r.evaluations(), r.envSteps(), r.wallSeconds(),
                r.finalEvaluation().score(), r.finalEvaluation().solved() ? " (solved)" : " (not solved)"));
    }

    /**
     * After a checkpoint of these metrics was written (on the checkpoint writer's thread):
     * metrics.parquet and the report of the run so far.
     */
    public void checkpointed(String metricsCsv) {
        if (output != null) {
            RunData live = RunData.live(job.name(), metricsCsv);
            refresh(live.metrics(), () -> live, false);
        }
    }

    /** What the page shows; read inside the guard, so that a failure to gather it only warns too. */
    private interface PageData {
        RunData get() throws Exception;
    }

    /**
     * Writes metrics.parquet, then report.html and its plots, one caller at a time (the loop's
     * thread at the end, the checkpoint writer's before), and never again once the end's are
     * written. A checkpoint's are skipped until 30 s have passed since the run started or the last
     * ones were written, and nine drawing times (drawing takes 0.3-1 s): the first drawing, with
     * the JIT compiling the chart and Parquet code, cost a 12-second run on two cores 15%. A
     * report is not worth a run: any failure to draw or write it (missing fonts on a cluster
     * image, say) only warns.
     */
    private synchronized void refresh(MetricsColumns columns, PageData data, boolean last) {
        if (ended) {
            return;
        }
        ended = last;
        long start = System.nanoTime();
        if (!last && start - lastPageEnd < Math.max(9 * lastPageCost, LIVE_EVERY_NANOS)) {
            return;
        }
        output.write(MetricsParquet.FILE, MetricsParquet.of(columns));
        try {
            ReportPage.write(output, List.of(data.get()));
        } catch (OutOfMemoryError e) {
            throw e;
        } catch (Exception | Error e) {
            progress.warn("report not written: " + e);
        }
        lastPageEnd = System.nanoTime();
        lastPageCost = lastPageEnd - start;
    }

    /** The metrics so far. */
    public MetricsTable metrics() {
        return metrics;
    }
}
