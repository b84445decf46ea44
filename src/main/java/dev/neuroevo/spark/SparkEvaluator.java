package dev.neuroevo.spark;

import dev.neuroevo.eval.EvaluationSeeds;
import dev.neuroevo.eval.Evaluator;
import dev.neuroevo.eval.BatchScorer;
import dev.neuroevo.eval.Scores;
import dev.neuroevo.network.MatrixThreads;
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
 * generation ships only its {@link Breed} (parents' weights, or a mean and a step size),
 * parallelizes the individuals' descriptors into a fresh RDD (so no lineage grows across
 * generations), rebuilds and scores each individual on the executors, and collects scalars.
 */
public final class SparkEvaluator implements Evaluator {
    private final JavaSparkContext jsc;
    private final Broadcast<BatchScorer> batchScorer;
    private final int partitions;
    private final ResultBytes resultBytes = new ResultBytes();
    /** Breeds of up to this many numbers (128 KB) travel in the job's function rather than their own broadcast. */
    static final long INLINE_VALUES = 16_384;

    public SparkEvaluator(JavaSparkContext jsc, Task task, NetworkSpec spec, long runSeed, int partitions) {
        this.jsc = jsc;
        this.batchScorer = jsc.broadcast(new BatchScorer(task, spec, new EvaluationSeeds(runSeed)));
        this.partitions = partitions;
        jsc.sc().addSparkListener(resultBytes);
    }

    @Override
    public Scores evaluate(Plan plan, InputNormalizer normalizer) {
        Breed breed = plan.breed();
        Broadcast<Breed> broadcast = breed.values() > INLINE_VALUES ? jsc.broadcast(breed) : null;
        try {
            int slices = Math.max(1, Math.min(partitions, plan.size()));
            JavaRDD<Individual> rdd = jsc.parallelize(plan.individuals(), slices);
            // The Spark UI lists jobs by this: the app name carries the run ("neuroevo cartpole-ga").
            jsc.setJobDescription(jsc.appName() + ": " + Evaluator.label(plan));
            BatchScorer.Result[][] byPartition = (BatchScorer.Result[][]) jsc.sc().runJob(rdd.rdd(),
                    new ScorePartition(batchScorer, broadcast == null ? breed : null, broadcast, plan.generation(),
                            normalizer),
                    Range$.MODULE$.apply(0, slices), ClassTag$.MODULE$.apply(BatchScorer.Result[].class));
            List<BatchScorer.Result> results = new ArrayList<>(plan.size());
            for (BatchScorer.Result[] part : byPartition) {
                results.addAll(Arrays.asList(part));
            }
            return BatchScorer.collate(plan.size(), results);
        } finally {
            if (broadcast != null) {
                broadcast.destroy();
            }
        }
    }

    /**
     * The job's function, a named class rather than a lambda: Spark's closure cleaner re-reads the
     * class files of lambdas (and of the RDD methods that wrap them) with ASM on every job, which
     * cost more driver time per generation than the rest of the job; it passes a named class by.
     * A small breed travels inside it (Spark broadcasts each stage's function once per executor
     * anyway, so a second broadcast would only add its cost); a big one in its own broadcast,
     * destroyed as soon as the job ends.
     */
    private static final class ScorePartition
            extends AbstractFunction2<TaskContext, scala.collection.Iterator<Individual>, BatchScorer.Result[]>
            implements Serializable {
        private final Broadcast<BatchScorer> batchScorer;
        private final Breed breed;
        private final Broadcast<Breed> broadcast;
        private final int generation;
        private final InputNormalizer normalizer;

        ScorePartition(Broadcast<BatchScorer> batchScorer, Breed breed, Broadcast<Breed> broadcast, int generation,
                       InputNormalizer normalizer) {
            this.batchScorer = batchScorer;
            this.breed = breed;
            this.broadcast = broadcast;
            this.generation = generation;
            this.normalizer = normalizer;
        }

        @Override
        public BatchScorer.Result[] apply(TaskContext context, scala.collection.Iterator<Individual> individuals) {
            MatrixThreads.bound(context.cpus());
            return batchScorer.value().score(breed != null ? breed : broadcast.value(), generation, normalizer,
                    CollectionConverters.asJava(individuals)).toArray(new BatchScorer.Result[0]);
        }
    }

    @Override
    public long collectedBytes() {
        return resultBytes.settled(jsc.sc());
    }

    @Override
    public void close() {
        jsc.sc().removeSparkListener(resultBytes);
        batchScorer.destroy();
    }
}
