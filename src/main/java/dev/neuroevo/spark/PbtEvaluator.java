package dev.neuroevo.spark;

import dev.neuroevo.eval.Evaluator;
import dev.neuroevo.eval.IndividualFailure;
import dev.neuroevo.eval.Scores;
import dev.neuroevo.network.MatrixThreads;
import dev.neuroevo.network.NetworkSpec;
import dev.neuroevo.optim.Moments;
import dev.neuroevo.strategy.Individual;
import dev.neuroevo.strategy.Plan;
import dev.neuroevo.strategy.Trained;
import dev.neuroevo.strategy.pbt.Hyperparameters;
import dev.neuroevo.strategy.pbt.Member;
import dev.neuroevo.strategy.pbt.PbtBreed;
import dev.neuroevo.task.InputNormalizer;
import dev.neuroevo.task.Task;
import dev.neuroevo.task.Trainer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;

/**
 * Population Based Training's rounds on Spark. Unlike {@link SparkEvaluator}'s fresh RDD of
 * descriptors per generation, the population is one RDD of {@link Member}s (weights and optimizer
 * moments) persisted on the executors from round to round. A round: the members that others copy
 * are collected and broadcast (only they cross the network), each member trains on its executor
 * and is scored on the validation rows, and only (id, score) reach the driver, plus the weights of
 * a member that beats the best so far. On a snapshot round every partition writes its own members
 * to the run's checkpoint directory, and the next round reads them back from there: the lineage
 * then starts again at the snapshot, so it never grows beyond {@code pbt.checkpoint-rounds} rounds
 * and a lost executor is recomputed from the snapshot, deterministically.
 */
public final class PbtEvaluator implements Evaluator {
    private final JavaSparkContext jsc;
    /** The task with its data, broadcast once per run. */
    private final Broadcast<Task> task;
    private final NetworkSpec spec;
    private final int partitions;
    private final String membersDir;
    private final Broadcast<SerializableConfiguration> hadoop;
    private final ResultBytes resultBytes = new ResultBytes();
    /** Broadcasts the rounds since the last snapshot may need again to recompute a lost partition. */
    private final List<Broadcast<?>> sinceSnapshot = new ArrayList<>();
    private JavaRDD<Member> current;
    private int currentRounds = -1;

    /** @param membersDir where the members' snapshots go: the run's checkpoint directory's {@code members/} */
    public PbtEvaluator(JavaSparkContext jsc, Task task, NetworkSpec spec, int partitions, String membersDir) {
        this.jsc = jsc;
        this.task = jsc.broadcast(task);
        this.spec = spec;
        this.partitions = partitions;
        this.membersDir = membersDir;
        this.hadoop = jsc.broadcast(new SerializableConfiguration(jsc.hadoopConfiguration()));
        jsc.sc().addSparkListener(resultBytes);
    }

    @Override
    public Scores evaluate(Plan plan, InputNormalizer normalizer) {
        PbtBreed b = (PbtBreed) plan.breed();
        int round = plan.generation();
        int n = plan.size();
        JavaRDD<Member> from = population(b, n);
        int[] donorIds = b.donorIds();
        Member[] donors = new Member[n];
        if (donorIds.length > 0) {
            jsc.setJobDescription(jsc.appName() + ": round " + round + ", donors");
            for (Member m : from.filter(new IdIn(donorIds)).collect()) {
                donors[m.id()] = m;
            }
        }
        Broadcast<Member[]> shipped = jsc.broadcast(donors);
        sinceSnapshot.add(shipped);
        long[] seeds = new long[n];
        for (Individual ind : plan.individuals()) {
            seeds[ind.id()] = ind.seed();
        }
        JavaRDD<Member> next = from.mapPartitions(new TrainRound(task, spec, b, shipped, seeds), true)
                .persist(StorageLevel.MEMORY_AND_DISK());
        jsc.setJobDescription(jsc.appName() + ": round " + round);
        List<double[]> scored = next.mapPartitions(new Report(b.snapshot() ? membersDir : null, hadoop, round + 1,
                b.options().stepsPerRound()))
                .collect();
        double[] fitness = new double[n];
        long[] steps = new long[n];
        for (double[] s : scored) {
            int id = (int) s[0];
            fitness[id] = s[1];
            steps[id] = (long) s[2];
        }
        Trained[] trained = null;
        int winner = b.winner(fitness);
        if (winner >= 0) {
            jsc.setJobDescription(jsc.appName() + ": round " + round + ", best member");
            Member best = next.filter(new IdIn(new int[] {winner})).collect().get(0);
            trained = new Trained[n];
            trained[winner] = new Trained(best.weights(), best.moments(), Double.NaN);
        }
        from.unpersist(false);
        current = next;
        currentRounds = round + 1;
        if (b.snapshot()) {
            // the snapshot becomes the population's new origin: later rounds no longer need these broadcasts
            current.unpersist(false);
            current = null;
            currentRounds = -1;
            for (Broadcast<?> old : sinceSnapshot) {
                old.destroy();
            }
            sinceSnapshot.clear();
        }
        return new Scores(fitness, steps, null, trained);
    }

    /** The members as they stand before the plan's round: in memory, read from a snapshot, or fresh. */
    private JavaRDD<Member> population(PbtBreed b, int n) {
        int round = b.round();
        if (currentRounds == round) {
            return current;
        }
        List<Integer> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ids.add(i);
        }
        int slices = Math.max(1, Math.min(partitions, n));
        if (round != 0 && b.snapshotRound() != round) {
            throw new IllegalStateException("the members after round " + round + " are neither in memory nor written");
        }
        JavaRDD<Member> made = jsc.parallelize(ids, slices).mapPartitions(round == 0 ? new Fresh(b, spec)
                : new Read(hadoop, membersDir, round, b.dimension(), b.options().momentArrays()), true);
        return made.persist(StorageLevel.MEMORY_AND_DISK());
    }

    private record IdIn(int[] ids) implements Function<Member, Boolean> {
        @Override
        public Boolean call(Member m) {
            for (int id : ids) {
                if (m.id() == id) {
                    return true;
                }
            }
            return false;
        }
    }

    private record Fresh(PbtBreed breed, NetworkSpec spec) implements FlatMapFunction<Iterator<Integer>, Member> {
        @Override
        public Iterator<Member> call(Iterator<Integer> ids) {
            List<Member> out = new ArrayList<>();
            ids.forEachRemaining(id -> out.add(breed.fresh(id, spec)));
            return out.iterator();
        }
    }

    private record Read(Broadcast<SerializableConfiguration> hadoop, String dir, int rounds, int dimension,
                        int moments) implements FlatMapFunction<Iterator<Integer>, Member> {
        @Override
        public Iterator<Member> call(Iterator<Integer> ids) {
            List<Member> out = new ArrayList<>();
            ids.forEachRemaining(id -> out.add(MemberFiles.read(hadoop.value().value(), dir, rounds, id, dimension,
                    moments)));
            return out.iterator();
        }
    }

    /**
     * A round on one partition: each member starts from its donor's copy or a copy of itself (the
     * persisted member is never written), takes the round's hyperparameters, trains its steps in
     * the order of its seed and is scored on the validation rows.
     */
    private record TrainRound(Broadcast<Task> task, NetworkSpec spec, PbtBreed breed, Broadcast<Member[]> donors,
                              long[] seeds) implements FlatMapFunction<Iterator<Member>, Member> {
        @Override
        public Iterator<Member> call(Iterator<Member> members) {
            MatrixThreads.bound(TaskContext.get() == null ? 1 : TaskContext.get().cpus());
            Trainer trainer = task.value().trainer(spec, breed.options().priors().largestBatch());
            List<Member> out = new ArrayList<>();
            while (members.hasNext()) {
                Member m = members.next();
                int d = breed.donors()[m.id()];
                Member from = d >= 0 ? donors.value()[d] : m;
                double[] w = from.weights().clone();
                Moments moments = from.moments().copy();
                Hyperparameters h = breed.hyper()[m.id()];
                double score;
                try {
                    score = trainer.steps(w, breed.options().optimizer(h.momentum()), moments, h.learningRate(),
                            h.weightDecay(), h.batchSize(), breed.options().stepsPerRound(), seeds[m.id()]);
                } catch (RuntimeException e) {
                    throw new IndividualFailure(task.value().id(), breed.round(), m.id(), e);
                }
                out.add(new Member(m.id(), w, moments, h, from.steps() + breed.options().stepsPerRound(), score, d));
            }
            return out.iterator();
        }
    }

    /** What reaches the driver per member: (id, score, examples trained); on a snapshot round, the member's file first. */
    private record Report(String dir, Broadcast<SerializableConfiguration> hadoop, int rounds, int steps)
            implements FlatMapFunction<Iterator<Member>, double[]> {
        @Override
        public Iterator<double[]> call(Iterator<Member> members) {
            List<double[]> out = new ArrayList<>();
            while (members.hasNext()) {
                Member m = members.next();
                if (dir != null) {
                    MemberFiles.write(hadoop.value().value(), dir, rounds, m);
                }
                out.add(new double[] {m.id(), m.score(), (double) m.hyper().batchSize() * steps});
            }
            return out.iterator();
        }
    }

    @Override
    public long collectedBytes() {
        return resultBytes.settled(jsc.sc());
    }

    @Override
    public void close() {
        jsc.sc().removeSparkListener(resultBytes);
        if (current != null) {
            current.unpersist(false);
        }
        for (Broadcast<?> old : sinceSnapshot) {
            old.destroy();
        }
        hadoop.destroy();
        task.destroy();
    }
}
