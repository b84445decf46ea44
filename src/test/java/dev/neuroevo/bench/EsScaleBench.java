package dev.neuroevo.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import dev.neuroevo.run.Job;
import dev.neuroevo.TestJobs;
import dev.neuroevo.network.NetworkSpec;
import dev.neuroevo.spark.SparkEvaluator;
import dev.neuroevo.spark.TreeAggregateNoiseSum;
import dev.neuroevo.strategy.Plan;
import dev.neuroevo.strategy.es.EsState;
import dev.neuroevo.strategy.es.OpenAiEs;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * One OpenAI-ES generation (ask, evaluate on Spark local[2], tell) of the sphere function in
 * 1,001,000 dimensions, with the project's ES defaults (mirrored pairs, centered ranks, Adam), at
 * several populations, with the gradient's noise summed on the driver and by treeAggregate on the
 * executors. The fitness costs one pass over the parameters, so the ES machinery (regenerating the
 * noise) dominates. Reports wall and CPU time of evaluate and tell, the peak heap of the (driver)
 * JVM, and the bytes collected to the driver, and checks that both modes step to the same theta.
 *
 * <p>{@code java ... dev.neuroevo.bench.EsScaleBench [OUT_DIR] [populations, e.g. 256,1024] [repeats]};
 * {@code bin/bench-es-scale} builds and runs it. In local mode the executors are threads of the
 * driver JVM, so its heap holds their buffers too.
 */
public final class EsScaleBench {
    private static final long SEED = 1;
    private static final int DIMENSION = 1_001_000;
    private static final List<String> MODES = List.of("driver", "tree-aggregate");

    /** One generation's figures. */
    record Figures(String mode, int population, double evaluateSeconds, double tellSeconds, double evaluateCpuSeconds,
                   double tellCpuSeconds, double tellDriverCpuSeconds, double baselineHeapMb, double peakHeapMb,
                   double peakAfterGcMb, long evaluateBytes, long tellBytes) {
    }

    private EsScaleBench() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench");
        int[] populations = Arrays.stream((args.length > 1 ? args[1] : "256,1024").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Job sphere = TestJobs.job(job(2, "driver"));
        NetworkSpec spec = sphere.spec();
        SparkConf conf = new SparkConf().setMaster("local[2]").setAppName("es-scale")
                .set("spark.ui.enabled", "false").set("spark.ui.showConsoleProgress", "false");
        List<Figures> figures = new ArrayList<>();
        List<Figures> all = new ArrayList<>();
        List<String> checks = new ArrayList<>();
        try (JavaSparkContext jsc = new JavaSparkContext(conf);
             SparkEvaluator evaluator = new SparkEvaluator(jsc, sphere.task(), spec, SEED,
                     4 * jsc.defaultParallelism())) {
            jsc.setLogLevel("WARN");
            System.err.printf("es-scale: %d parameters, populations %s, local[2]%n", spec.parameterCount(),
                    Arrays.toString(populations));
            for (String mode : MODES) {
                generation(jsc, evaluator, mode, 16);
            }
            for (int population : populations) {
                List<Figures> runs = new ArrayList<>();
                double[] reference = null;
                boolean same = true;
                // the modes alternate, so a burst of load from elsewhere hits both alike
                for (int r = 0; r < repeats; r++) {
                    for (String mode : MODES) {
                        Run run = generation(jsc, evaluator, mode, population);
                        runs.add(run.figures);
                        System.err.println("es-scale: " + run.figures);
                        reference = reference == null ? run.theta : reference;
                        same &= Arrays.equals(reference, run.theta);
                    }
                }
                for (String mode : MODES) {
                    figures.add(median(runs.stream().filter(f -> f.mode().equals(mode)).toList()));
                }
                checks.add("population " + population + ": every run of both modes steps to the same theta: "
                        + (same ? "yes, bit for bit" : "NO"));
                all.addAll(runs);
            }
        }
        Files.createDirectories(out);
        String table = markdown(spec, repeats, figures, checks);
        Files.writeString(out.resolve("es-scale.md"), table);
        Files.writeString(out.resolve("es-scale.json"), json(spec, all));
        System.out.print(table);
    }

    /** OpenAI-ES with the project's defaults on the sphere function in {@value #DIMENSION} dimensions. */
    private static String job(int population, String gradient) {
        return "task.name = sphere, function.dimension = " + DIMENSION + ", strategy.name = es,"
                + " strategy.population = " + population + ", run.seed = " + SEED + ", es.gradient = " + gradient;
    }

    private record Run(Figures figures, double[] theta) {
    }

    /** Each figure's median over the runs of one mode and population. */
    private static Figures median(List<Figures> runs) {
        Figures f = runs.get(0);
        return new Figures(f.mode(), f.population(), median(runs, Figures::evaluateSeconds),
                median(runs, Figures::tellSeconds), median(runs, Figures::evaluateCpuSeconds),
                median(runs, Figures::tellCpuSeconds), median(runs, Figures::tellDriverCpuSeconds),
                median(runs, Figures::baselineHeapMb), median(runs, Figures::peakHeapMb),
                median(runs, Figures::peakAfterGcMb), (long) median(runs, Figures::evaluateBytes),
                (long) median(runs, Figures::tellBytes));
    }

    private static double median(List<Figures> runs, java.util.function.ToDoubleFunction<Figures> figure) {
        double[] x = runs.stream().mapToDouble(figure).sorted().toArray();
        return x.length % 2 == 1 ? x[x.length / 2] : (x[x.length / 2 - 1] + x[x.length / 2]) / 2;
    }

    /** One measured generation: ask, evaluate, tell, from a fresh ES whose init is the same every time. */
    private static Run generation(JavaSparkContext jsc, SparkEvaluator evaluator, String mode, int population) {
        OpenAiEs es = (OpenAiEs) TestJobs.onCluster(jsc, job(population, mode)).strategy();
        EsState state = es.init();
        HeapWatch heap = new HeapWatch();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long b0 = evaluator.collectedBytes();
        long c0 = processCpu();
        long t0 = System.nanoTime();
        Plan plan = es.ask(state);
        double[] fitness = evaluator.evaluate(plan).fitness();
        long t1 = System.nanoTime();
        long c1 = processCpu();
        long b1 = evaluator.collectedBytes();
        long d1 = threads.getCurrentThreadCpuTime();
        EsState next = es.tell(state, plan, fitness);
        long t2 = System.nanoTime();
        long d2 = threads.getCurrentThreadCpuTime();
        long c2 = processCpu();
        long b2 = evaluator.collectedBytes();
        heap.stop();
        Figures f = new Figures(mode, population, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (c1 - c0) / 1e9, (c2 - c1) / 1e9,
                (d2 - d1) / 1e9, heap.baseline / 1e6, heap.peak() / 1e6, heap.peakAfterGc.get() / 1e6, b1 - b0, b2 - b1);
        return new Run(f, next.theta());
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /**
     * Heap use over one generation: after a full collection, the pools' peaks are reset; the peak is
     * the sum of their peaks (an upper bound: garbage not yet collected counts), and the peak after
     * GC is the largest heap left by any collection in between (what was live then).
     */
    private static final class HeapWatch {
        private final List<MemoryPoolMXBean> pools = new ArrayList<>();
        private final AtomicLong peakAfterGc = new AtomicLong();
        private final List<NotificationEmitter> emitters = new ArrayList<>();
        private final NotificationListener listener = (notification, handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                GarbageCollectionNotificationInfo info =
                        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                long used = 0;
                for (MemoryPoolMXBean pool : pools) {
                    MemoryUsage after = info.getGcInfo().getMemoryUsageAfterGc().get(pool.getName());
                    used += after == null ? 0 : after.getUsed();
                }
                peakAfterGc.accumulateAndGet(used, Math::max);
            }
        };
        private final long baseline;

        HeapWatch() {
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    pools.add(pool);
                }
            }
            System.gc();
            System.gc();
            baseline = used();
            peakAfterGc.set(baseline);
            for (MemoryPoolMXBean pool : pools) {
                pool.resetPeakUsage();
            }
            for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                NotificationEmitter emitter = (NotificationEmitter) gc;
                emitter.addNotificationListener(listener, null, null);
                emitters.add(emitter);
            }
        }

        private long used() {
            long used = 0;
            for (MemoryPoolMXBean pool : pools) {
                used += pool.getUsage().getUsed();
            }
            return used;
        }

        long peak() {
            long peak = 0;
            for (MemoryPoolMXBean pool : pools) {
                peak += pool.getPeakUsage().getUsed();
            }
            return peak;
        }

        void stop() {
            for (NotificationEmitter emitter : emitters) {
                try {
                    emitter.removeNotificationListener(listener);
                } catch (javax.management.ListenerNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private static String markdown(NetworkSpec spec, int repeats, List<Figures> figures, List<String> checks) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT,
                "One OpenAI-ES generation, %d parameters, Spark local[2], %d MiB max heap; medians of %d runs%n%n",
                spec.parameterCount(), Runtime.getRuntime().maxMemory() / (1 << 20), repeats));
        b.append("| gradient | population | evaluate s (CPU s) | tell s (CPU s, driver thread CPU s) "
                + "| heap before MB | peak heap MB | peak after GC MB | bytes collected: evaluate | tell |\n");
        b.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Figures f : figures) {
            b.append(String.format(Locale.ROOT, "| %s | %d | %.2f (%.2f) | %.2f (%.2f, %.2f) | %.0f | %.0f | %.0f | %d | %d |%n",
                    f.mode(), f.population(), f.evaluateSeconds(), f.evaluateCpuSeconds(), f.tellSeconds(),
                    f.tellCpuSeconds(), f.tellDriverCpuSeconds(), f.baselineHeapMb(), f.peakHeapMb(),
                    f.peakAfterGcMb(), f.evaluateBytes(), f.tellBytes()));
        }
        b.append('\n');
        for (String c : checks) {
            b.append("- ").append(c).append('\n');
        }
        return b.toString();
    }

    private static String json(NetworkSpec spec, List<Figures> figures) {
        StringBuilder b = new StringBuilder("{\"parameters\": ").append(spec.parameterCount()).append(", \"runs\": [");
        for (int i = 0; i < figures.size(); i++) {
            Figures f = figures.get(i);
            b.append(i == 0 ? "\n" : ",\n").append(String.format(Locale.ROOT,
                    "  {\"gradient\": \"%s\", \"population\": %d, \"evaluate_s\": %.3f, \"tell_s\": %.3f,"
                            + " \"evaluate_cpu_s\": %.3f, \"tell_cpu_s\": %.3f, \"tell_driver_thread_cpu_s\": %.3f,"
                            + " \"heap_before_mb\": %.1f, \"peak_heap_mb\": %.1f, \"peak_after_gc_mb\": %.1f,"
                            + " \"evaluate_collected_bytes\": %d, \"tell_collected_bytes\": %d}",
                    f.mode(), f.population(), f.evaluateSeconds(), f.tellSeconds(), f.evaluateCpuSeconds(),
                    f.tellCpuSeconds(), f.tellDriverCpuSeconds(), f.baselineHeapMb(), f.peakHeapMb(),
                    f.peakAfterGcMb(), f.evaluateBytes(), f.tellBytes()));
        }
        return b.append("\n]}\n").toString();
    }
}
