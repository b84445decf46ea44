package dev.neuroevo.checkpoint;

import dev.neuroevo.report.RunReport;
import dev.neuroevo.run.GenerationRecord;
import dev.neuroevo.run.Job;
import dev.neuroevo.run.LoopState;
import dev.neuroevo.run.RunRecorder;
import dev.neuroevo.run.RunResult;
import dev.neuroevo.run.StorageError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.util.ShutdownHookManager;

/**
 * The run's report, plus checkpoints: every {@code every} generations and when {@code interval}
 * has passed since the last one, written on a background thread (states are immutable); at the
 * end, after the report's outputs; and on SIGTERM, the last finished generation (the one in flight
 * is dropped), from a Hadoop shutdown hook that runs before Hadoop closes its file systems.
 */
public final class Checkpointer implements RunRecorder {
    /** Above FileSystem.SHUTDOWN_HOOK_PRIORITY (10): hooks of higher priority run first. */
    static final int SHUTDOWN_PRIORITY = FileSystem.SHUTDOWN_HOOK_PRIORITY + 10;

    private final RunReport report;
    private final CheckpointStore store;
    private final CheckpointOptions options;
    private final Lease lease;
    private final String config;
    private final Consumer<String> log;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "neuroevo-checkpoint");
        t.setDaemon(true);
        return t;
    });
    private final List<CheckpointStore.Written> costs = new ArrayList<>();
    private final Runnable onSigterm = this::lastWords;
    private GenerationRecord record;
    private LoopState last;
    /** The last state a checkpoint can hold (PBT's only after its members were written): what the end and SIGTERM write. */
    private LoopState lastResumable;
    /** A checkpoint fell due at a state no checkpoint can hold: it is written at the next one that can. */
    private boolean owed;
    private int lastWritten;
    private long lastWriteNanos;
    private Future<?> pending;
    private boolean closed;

    /**
     * @param resumed the state the run resumes from (null for a fresh run): the final checkpoint's
     *                state when the loop has nothing left to do
     */
    public Checkpointer(RunReport report, CheckpointStore store, CheckpointOptions options, Lease lease,
                        String config, LoopState resumed, Consumer<String> log) {
        this.report = report;
        this.store = store;
        this.options = options;
        this.lease = lease;
        this.config = config;
        this.log = log;
        this.last = resumed;
        this.lastResumable = resumed;
        this.lastWritten = resumed == null ? -1 : resumed.done();
    }

    @Override
    public synchronized void start(Job job, List<String> diagnostics) {
        report.start(job, diagnostics);
        lastWriteNanos = System.nanoTime();
        ShutdownHookManager.get().addShutdownHook(onSigterm, SHUTDOWN_PRIORITY, 60, TimeUnit.SECONDS);
    }

    @Override
    public synchronized void generation(GenerationRecord r) {
        record = r; // reported with its state, so that the metrics and the state a checkpoint takes agree
    }

    @Override
    public synchronized void state(LoopState state) {
        report.generation(record);
        last = state;
        lease.check();
        owed |= options.every() > 0 && state.done() % options.every() == 0
                || System.nanoTime() - lastWriteNanos >= options.intervalSeconds() * 1e9;
        if (state.resumable()) {
            lastResumable = state;
        }
        if (owed && state.resumable()) {
            owed = false;
            awaitPending();
            Checkpoint c = new Checkpoint(state, false, config, report.metrics().csv());
            lastWritten = state.done();
            lastWriteNanos = System.nanoTime();
            pending = writer.submit(() -> {
                write(c);
                report.checkpointed(c.metrics());
            });
        }
    }

    @Override
    public void finish(RunResult result) {
        report.finish(result);
        synchronized (this) {
            awaitPending();
            lease.check();
            if (lastResumable != null) {
                write(new Checkpoint(lastResumable, lastResumable == last, config, metricsOf(lastResumable)));
            }
            closed = true;
        }
        ShutdownHookManager.get().removeShutdownHook(onSigterm);
        writer.shutdown();
        if (!costs.isEmpty()) {
            double ms = costs.stream().mapToDouble(CheckpointStore.Written::millis).sum();
            CheckpointStore.Written lastOne = costs.get(costs.size() - 1);
            log.accept(String.format(Locale.ROOT, "checkpoints: %d written to %s, %.1f ms each on average,"
                    + " %,d bytes the last", costs.size(), store.location(), ms / costs.size(), lastOne.bytes()));
        }
    }

    /** metrics.csv as it stood at {@code state}: its header and a row per generation done then. */
    private String metricsOf(LoopState state) {
        String csv = report.metrics().csv();
        if (state == last) {
            return csv;
        }
        String[] lines = csv.split("\n", -1);
        return String.join("\n", java.util.Arrays.copyOf(lines, state.done() + 1)) + "\n";
    }

    private void write(Checkpoint c) {
        CheckpointStore.Written w = store.write(c);
        store.prune(options.keep());
        synchronized (costs) {
            costs.add(w);
        }
    }

    private void awaitPending() {
        if (pending == null) {
            return;
        }
        try {
            pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageError("interrupted while writing a checkpoint", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof StorageError s ? s
                    : new StorageError("checkpoint failed: " + e.getCause(), e.getCause());
        } finally {
            pending = null;
        }
    }

    /** On SIGTERM: the last finished generation, if no checkpoint holds it yet. */
    private synchronized void lastWords() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            awaitPending();
            if (lastResumable != null && lastResumable.done() > lastWritten) {
                write(new Checkpoint(lastResumable, false, config, metricsOf(lastResumable)));
                System.err.println("neuroevo: terminated; checkpoint of generation " + lastResumable.done()
                        + " written");
            }
        } catch (RuntimeException e) {
            System.err.println("neuroevo: terminated; no checkpoint written: " + e.getMessage());
        } finally {
            lease.close();
        }
    }
}
