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
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import scala.collection.immutable.Range$;
import scala.jdk.javaapi.CollectionConverters;
import scala.reflect.ClassTag$;
import scala.runtime.AbstractFunction2;

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
            jsc.setJobDescription("generation " + plan.generation());
            Partition.Result[][] byPartition = (Partition.Result[][]) jsc.sc().runJob(rdd.rdd(),
                    new ScorePartition(partition, breed, plan.generation(), normalizer),
                    Range$.MODULE$.apply(0, slices), ClassTag$.MODULE$.apply(Partition.Result[].class));
            List<Partition.Result> results = new ArrayList<>(plan.size());
            for (Partition.Result[] part : byPartition) {
                results.addAll(Arrays.asList(part));
            }
            return Partition.collate(plan.size(), results);
        } finally {
            breed.destroy();
        }
    }

    /**
     * The job's function, a named class rather than a lambda: Spark's closure cleaner re-reads the
     * class files of lambdas (and of the RDD methods that wrap them) with ASM on every job, which
     * cost more driver time per generation than the rest of the job; it passes a named class by.
     */
    private static final class ScorePartition
            extends AbstractFunction2<TaskContext, scala.collection.Iterator<Individual>, Partition.Result[]>
            implements Serializable {
        private final Broadcast<Partition> partition;
        private final Broadcast<Breed> breed;
        private final int generation;
        private final InputNormalizer normalizer;

        ScorePartition(Broadcast<Partition> partition, Broadcast<Breed> breed, int generation,
                       InputNormalizer normalizer) {
            this.partition = partition;
            this.breed = breed;
            this.generation = generation;
            this.normalizer = normalizer;
        }

        @Override
        public Partition.Result[] apply(TaskContext context, scala.collection.Iterator<Individual> individuals) {
            return partition.value().score(breed.value(), generation, normalizer,
                    CollectionConverters.asJava(individuals)).toArray(new Partition.Result[0]);
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
