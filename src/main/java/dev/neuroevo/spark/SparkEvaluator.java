package dev.neuroevo.spark;

import dev.neuroevo.eval.EvaluationSeeds;
import dev.neuroevo.eval.Evaluator;
import dev.neuroevo.eval.Partition;
import dev.neuroevo.eval.Scores;
import dev.neuroevo.network.NetworkSpec;
import dev.neuroevo.strategy.Breed;
import dev.neuroevo.strategy.Individual;
import dev.neuroevo.strategy.Plan;
import dev.neuroevo.task.InputNormalizer;
import dev.neuroevo.task.Task;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

/**
 * One Spark job per generation. The task and network spec are broadcast once per run; each
 * generation broadcasts only its {@link Breed} (parents' weights, or a mean and a step size),
 * parallelizes the individuals' descriptors into a fresh RDD (so no lineage grows across
 * generations), rebuilds and scores each individual on the executors, and collects scalars.
 * The old broadcast is destroyed as soon as its job ends.
 */
public final class SparkEvaluator implements Evaluator {
    private final JavaSparkContext jsc;
    private final Broadcast<Partition> partition;
    private final int partitions;
    private final ResultBytes resultBytes = new ResultBytes();

    public SparkEvaluator(JavaSparkContext jsc, Task task, NetworkSpec spec, long runSeed, int partitions) {
        this.jsc = jsc;
        this.partition = jsc.broadcast(new Partition(task, spec, new EvaluationSeeds(runSeed)));
        this.partitions = partitions;
        jsc.sc().addSparkListener(resultBytes);
    }

    @Override
    public Scores evaluate(Plan plan, InputNormalizer normalizer) {
        Broadcast<Breed> breed = jsc.broadcast(plan.breed());
        try {
            int slices = Math.max(1, Math.min(partitions, plan.size()));
            JavaRDD<Individual> rdd = jsc.parallelize(plan.individuals(), slices);
            Broadcast<Partition> p = partition;
            int generation = plan.generation();
            jsc.setJobDescription("generation " + generation);
            List<Partition.Result> results = rdd
                    .mapPartitions(it -> p.value().score(breed.value(), generation, normalizer, it).iterator())
                    .collect();
            return Partition.collate(plan.size(), results);
        } finally {
            breed.destroy();
        }
    }

    @Override
    public long collectedBytes() {
        // Listener events arrive asynchronously; wait so each generation's results are counted.
        try {
            jsc.sc().listenerBus().waitUntilEmpty(10_000);
        } catch (TimeoutException e) {
            // A slow listener bus only makes the count late, not wrong for finished events.
        }
        return resultBytes.total();
    }

    @Override
    public void close() {
        jsc.sc().removeSparkListener(resultBytes);
        partition.destroy();
    }
}
