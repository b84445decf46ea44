package dev.neuroevo.eval;

import dev.neuroevo.network.MatrixThreads;
import dev.neuroevo.network.NetworkSpec;
import dev.neuroevo.strategy.Individual;
import dev.neuroevo.strategy.Plan;
import dev.neuroevo.task.InputNormalizer;
import dev.neuroevo.task.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Evaluates a generation in this JVM: in the calling thread (unit tests, reference figures), or
 * cut into slices as a Spark job's partitions and scored on a pool of threads, which is what a
 * local master's executor does, without the 5-10 ms a generation that Spark's scheduler adds.
 * Each individual's draws depend on its own key only, so the results are the same whatever the cut.
 */
public final class LocalEvaluator implements Evaluator {
    private static final AtomicInteger POOLS = new AtomicInteger();
    private final BatchScorer batchScorer;
    private final int slices;
    /** Null when every slice is scored in the calling thread, which is one of the threads otherwise. */
    private final ExecutorService pool;
    private final int helperThreads;
    private String run;
    private Consumer<String> timings;

    /** Scores each plan whole, in the calling thread. */
    public LocalEvaluator(Task task, NetworkSpec spec, long runSeed) {
        this(task, spec, runSeed, 1, 1);
    }

    /**
     * Scores each plan in {@code slices} parts on {@code threads} threads; like a Spark task, each
     * part's matrix products use one core.
     */
    public LocalEvaluator(Task task, NetworkSpec spec, long runSeed, int threads, int slices) {
        this.batchScorer = new BatchScorer(task, spec, new EvaluationSeeds(runSeed));
        this.slices = Math.max(1, slices);
        this.helperThreads = Math.max(0, threads - 1);
        if (threads > 1) {
            int n = POOLS.incrementAndGet();
            AtomicInteger count = new AtomicInteger();
            this.pool = Executors.newFixedThreadPool(helperThreads, r -> {
                Thread t = new Thread(r, "neuroevo-score-" + n + "-" + count.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        } else {
            this.pool = null;
        }
    }

    /**
     * --verbose: after each plan, a line with each slice's time as Spark's partition timings print
     * it ("  neuroevo cartpole-ga: generation 3: p0 71 ms (driver) p1 69 ms (driver)").
     */
    public LocalEvaluator printingTimes(String runName, Consumer<String> out) {
        this.run = runName;
        this.timings = out;
        return this;
    }

    @Override
    public Scores evaluate(Plan plan, InputNormalizer normalizer) {
        List<Individual> all = plan.individuals();
        int n = Math.max(1, Math.min(slices, all.size()));
        // The calling thread takes slices too, so a generation wakes threads - 1 pool threads, not
        // all of them and then itself; each thread claims the next slice until none is left.
        @SuppressWarnings("unchecked")
        List<BatchScorer.Result>[] scored = new List[n];
        long[] nanos = new long[n];
        AtomicInteger next = new AtomicInteger();
        Runnable work = () -> {
            if (pool != null) {
                MatrixThreads.bound(1);
            }
            for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                // the same contiguous cut as Spark's parallelize
                List<Individual> slice = all.subList((int) ((long) i * all.size() / n), (int) ((long) (i + 1) * all.size() / n));
                long start = System.nanoTime();
                scored[i] = batchScorer.score(plan.breed(), plan.generation(), normalizer, slice.iterator());
                nanos[i] = System.nanoTime() - start;
            }
        };
        List<Future<?>> helpers = new ArrayList<>(helperThreads);
        for (int k = 0; k < Math.min(helperThreads, n - 1); k++) {
            helpers.add(pool.submit(work));
        }
        try {
            work.run();
            for (Future<?> helper : helpers) {
                helper.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while scoring generation " + plan.generation(), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            next.set(n); // after a failure, the helpers take no further slice
        }
        print(plan, nanos);
        List<BatchScorer.Result> results = new ArrayList<>(all.size());
        for (List<BatchScorer.Result> part : scored) {
            results.addAll(part);
        }
        return BatchScorer.collate(all.size(), results);
    }

    private void print(Plan plan, long[] nanos) {
        if (timings != null) {
            StringBuilder line = new StringBuilder("  " + run + ": " + Evaluator.label(plan) + ":");
            for (int i = 0; i < nanos.length; i++) {
                line.append(" p").append(i).append(' ').append(nanos[i] / 1_000_000).append(" ms (driver)");
            }
            timings.accept(line.toString());
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
