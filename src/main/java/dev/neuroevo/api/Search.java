package dev.neuroevo.api;

import com.typesafe.config.ConfigFactory;
import dev.neuroevo.config.ConfigError;
import dev.neuroevo.config.Settings;
import dev.neuroevo.eval.Evaluator;
import dev.neuroevo.network.MatrixThreads;
import dev.neuroevo.random.Purpose;
import dev.neuroevo.random.SplitMix64;
import dev.neuroevo.report.Progress;
import dev.neuroevo.report.RunOutput;
import dev.neuroevo.report.RunReport;
import dev.neuroevo.run.Experiment;
import dev.neuroevo.run.Job;
import dev.neuroevo.run.Reselected;
import dev.neuroevo.run.RunResult;
import dev.neuroevo.strategy.Ranking;
import dev.neuroevo.strategy.es.EsOptions;
import dev.neuroevo.strategy.es.OpenAiEs;
import dev.neuroevo.strategy.ga.GaOptions;
import dev.neuroevo.strategy.ga.GeneticAlgorithm;
import dev.neuroevo.strategy.pbt.PopulationBasedTraining;
import dev.neuroevo.strategy.sgd.SgdOptions;
import dev.neuroevo.strategy.sgd.SgdTraining;
import dev.neuroevo.task.Fitness;
import dev.neuroevo.task.Task;
import dev.neuroevo.task.UserTask;
import dev.neuroevo.wiring.Wiring;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * neuroevo from Java or a shell, without a job file: the same settings, checks and generation loop
 * as {@code bin/neuroevo run}, on the caller's Spark session.
 *
 * <pre>{@code
 * List<Evolved> best = Search.on(spark).task("CartPole-v1").hidden(16).strategy("ga")
 *         .set("strategy.population", 64).generations(100).goal(500, 3).seed(0).best(3).run();
 * double[] action = best.get(0).network().apply(0.01, 0.0, -0.02, 0.0);
 * }</pre>
 *
 * Any setting of the job file can be given with {@link #set}; the typed methods are shortcuts for
 * the common ones. Bad settings throw {@link dev.neuroevo.config.ConfigError} naming the setting.
 */
public final class Search {
    private final SparkSession spark;
    private final Map<String, Object> settings = new LinkedHashMap<>();
    private Fitness fitness;
    private String fitnessName;
    private Function<Job, Job> strategy = Function.identity();
    private int best = 1;
    private PrintStream progress = System.out;
    private String output;
    private boolean restart;

    private Search(SparkSession spark) {
        this.spark = spark;
        settings.put("run.name", "search");
    }

    /** A search run on {@code spark}'s context. */
    public static Search on(SparkSession spark) {
        return new Search(spark);
    }

    /** Sets any setting of the job file, e.g. {@code set("mutation.sigma", 0.05)}. */
    public Search set(String key, Object value) {
        settings.put(key, value instanceof int[] a ? Arrays.stream(a).boxed().toList() : value);
        return this;
    }

    /**
     * A built-in task by name: an environment ({@code CartPole-v1}), a test function
     * ({@code rastrigin}), {@code classification} or {@code regression}.
     */
    public Search task(String name) {
        fitness = null;
        return set("task.name", name);
    }

    /** The user's fitness: a network of {@code inputs} inputs and {@code outputs} outputs, scored by {@code f}. */
    public Search fitness(int inputs, int outputs, NetworkFitness f) {
        return fitness(new LambdaFitness(inputs, outputs, f));
    }

    /** A lambda with the network's shape beside it; a record, so it serializes without its builder. */
    private record LambdaFitness(int inputs, int outputs, NetworkFitness f) implements Fitness {
        @Override
        public double evaluate(Network network, long seed) {
            return f.evaluate(network, seed);
        }
    }

    /** The user's fitness class, as {@code task.class} names it in a job file. */
    public Search fitness(Fitness f) {
        this.fitnessName = f instanceof LambdaFitness ? "fitness" : f.getClass().getName();
        this.fitness = f;
        return this;
    }

    /** The hidden layers' widths ({@code network.hidden}); none for a linear network. */
    public Search hidden(int... widths) {
        return set("network.hidden", widths);
    }

    /** The strategy by name ({@code strategy.name}, e.g. ga, es, cmaes, sgd, pbt); its options via {@link #set}. */
    public Search strategy(String name) {
        strategy = Function.identity();
        return set("strategy.name", name);
    }

    /** A GA with these options. */
    public Search strategy(GaOptions options) {
        strategy("ga");
        set("strategy.population", options.population());
        strategy = job -> job.withStrategy(new GeneticAlgorithm("ga", job.seed(), options, job.spec().biasMask()));
        return this;
    }

    /** OpenAI-ES with these options. */
    public Search strategy(EsOptions options) {
        strategy("es");
        set("strategy.population", options.population());
        strategy = job -> job.withStrategy(new OpenAiEs(job.seed(), options, job.spec().biasMask()));
        return this;
    }

    /** Gradient training of one network with these options (a classification or regression task). */
    public Search strategy(SgdOptions options) {
        strategy("sgd");
        strategy = job -> job.withStrategy(new SgdTraining(job.seed(), options, job.spec()));
        return this;
    }

    /** At most this many generations ({@code stop.generations}). */
    public Search generations(int generations) {
        return set("stop.generations", generations);
    }

    /** Stops once the generation's goal fitness reaches {@code goal} for {@code generations} generations running. */
    public Search goal(double goal, int generations) {
        set("stop.goal", goal);
        return set("stop.goal-generations", generations);
    }

    /** The run seed: the same seed gives the same result on any cluster shape. */
    public Search seed(long seed) {
        return set("run.seed", seed);
    }

    /**
     * How many individuals {@link #run} returns (GAs only; the other strategies return one). With
     * re-selection on, the first is the run's re-selected best and the others the final generation's
     * fittest by training fitness; with it off, all are the final generation's fittest.
     */
    public Search best(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("best: need k >= 1, got " + k);
        }
        this.best = k;
        return this;
    }

    /**
     * Keeps the run in {@code uri} (any Hadoop path), as {@code bin/neuroevo run --output} does:
     * metrics, model, summary, report and checkpoints, and a rerun of the same search resumes
     * from its newest checkpoint. Without it a search writes nothing.
     */
    public Search output(String uri) {
        this.output = uri;
        return this;
    }

    /** Discards what the output holds of an earlier run instead of resuming it ({@code --restart}). */
    public Search restart() {
        this.restart = true;
        return this;
    }

    /** Where the progress lines go (standard output by default); null for none. */
    public Search progress(PrintStream out) {
        this.progress = out != null ? out : new PrintStream(OutputStream.nullOutputStream());
        return this;
    }

    /**
     * Runs the search and returns the best individuals, best first: for the GAs the best
     * {@link #best} of the final generation (with re-selection on, led by the run's re-selected
     * best), for the other strategies the run's best (k = 1), re-selected when re-selection is on.
     */
    public List<Evolved> run() {
        Settings s = Settings.of(ConfigFactory.parseMap(settings, "Search settings"), List.of());
        Wiring wiring = Wiring.of(s);
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        MatrixThreads.bound(jsc.getConf().getInt("spark.task.cpus", 1));
        Task task = fitness != null ? UserTask.of(fitnessName, fitness)
                : wiring.readsData() ? wiring.supervised(spark) : wiring.task();
        Job job = wiring.onCluster(strategy.apply(wiring.job(task)), jsc);
        LastGeneration[] last = new LastGeneration[1];
        RunResult result;
        if (output != null) {
            RunOutput out = new RunOutput(output, jsc.hadoopConfiguration());
            result = RecordedRun.run(s, wiring, job, jsc, out, restart, new Progress(progress),
                    e -> last[0] = new LastGeneration(e));
            if (result == null) {
                throw new ConfigError("output '" + output + "' holds this search, finished: read its best-model.json,"
                        + " or give restart() to run it again");
            }
        } else if (job.strategy() instanceof PopulationBasedTraining) {
            // its members live on the executors between rounds, snapshotted into the run's output
            throw new ConfigError("setting 'strategy.name': pbt needs an output directory: give output(uri)");
        } else {
            int partitions = job.partitions() > 0 ? job.partitions() : jsc.defaultParallelism();
            last[0] = new LastGeneration(Wiring.evaluator(job, jsc, partitions, null));
            try (Evaluator evaluator = last[0]) {
                result = new Experiment(job, evaluator, new RunReport(null, new Progress(progress))).run();
            }
        }
        LastGeneration scored = last[0];
        Reselected re = result.reselected();
        Evolved runBest = new Evolved(result.bestFitness(), new Network(task.id(), job.spec(), result.bestWeights(),
                result.bestNormalizer(), task.rawInputs()), result.finalEvaluation(), re == null ? null : re.confirmedScore(),
                re == null || Double.isNaN(re.confirmedError()) ? null : re.confirmedError());
        if (!(job.strategy() instanceof GeneticAlgorithm) || scored.plan() == null) {
            return List.of(runBest);
        }
        long finalSeed = SplitMix64.key(job.seed(), 0, 0, Purpose.FINAL_EVALUATION);
        int[] order = Ranking.descending(scored.fitness());
        List<Evolved> found = new ArrayList<>();
        if (re != null) {
            // the re-selected best leads: the final generation's fittest by training fitness is a lucky draw
            found.add(runBest);
        }
        for (int r = 0; found.size() < Math.min(best, order.length); r++) {
            double[] weights = scored.plan().weights(order[r]);
            found.add(new Evolved(scored.fitness()[order[r]],
                    new Network(task.id(), job.spec(), weights, scored.normalizer(), task.rawInputs()),
                    task.finalEvaluation(job.spec(), weights, scored.normalizer(), finalSeed)));
        }
        return found;
    }
}
