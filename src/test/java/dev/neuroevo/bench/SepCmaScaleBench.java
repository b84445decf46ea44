package dev.neuroevo.bench;

import dev.neuroevo.run.Job;
import dev.neuroevo.TestJobs;
import dev.neuroevo.eval.LocalEvaluator;
import dev.neuroevo.strategy.Plan;
import dev.neuroevo.strategy.Strategy;
import dev.neuroevo.strategy.StrategyState;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.util.Locale;

/**
 * sep-CMA-ES on the sphere at 100,000 and 1,000,000 parameters: a few generations each, with the
 * size of the strategy state and of one generation's broadcast (serialized), the heap left after a
 * full collection, and the time per generation. All grow linearly in the dimension.
 *
 * <p>{@code java ... dev.neuroevo.bench.SepCmaScaleBench}; {@code bin/bench-es-scale} runs it too.
 */
public final class SepCmaScaleBench {
    private SepCmaScaleBench() {
    }

    public static void main(String[] args) throws IOException {
        System.out.println("| parameters | state bytes | broadcast bytes | heap after GC MB | seconds per generation |");
        System.out.println("| --- | --- | --- | --- | --- |");
        for (int n : new int[] {100_000, 1_000_000}) {
            Job job = TestJobs.job("task.name = sphere, strategy.name = sep-cmaes, cmaes.x0 = [1.0], run.seed = 1",
                    "function.dimension=" + n);
            System.out.println(row(n, job, job.strategy()));
        }
    }

    private static <S extends StrategyState> String row(int n, Job job, Strategy<S> strategy) throws IOException {
        LocalEvaluator evaluator = new LocalEvaluator(job.task(), job.spec(), job.seed());
        S state = strategy.init();
        int generations = 3;
        long broadcast = 0;
        long t0 = System.nanoTime();
        for (int g = 0; g < generations; g++) {
            Plan plan = strategy.ask(state);
            broadcast = serializedSize(plan.breed());
            state = strategy.tell(state, plan, evaluator.evaluate(plan).fitness());
        }
        double perGeneration = (System.nanoTime() - t0) / 1e9 / generations;
        System.gc();
        Runtime rt = Runtime.getRuntime();
        double heapMb = (rt.totalMemory() - rt.freeMemory()) / 1e6;
        return String.format(Locale.ROOT, "| %,d | %,d | %,d | %.0f | %.2f |", n, serializedSize(state), broadcast, heapMb,
                perGeneration);
    }

    private static long serializedSize(Object o) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        return bytes.size();
    }
}
