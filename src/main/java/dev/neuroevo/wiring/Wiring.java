package dev.neuroevo.wiring;

import dev.neuroevo.checkpoint.CheckpointOptions;
import dev.neuroevo.checkpoint.CheckpointStore;
import dev.neuroevo.config.ConfigError;
import dev.neuroevo.config.Settings;
import dev.neuroevo.network.Activation;
import dev.neuroevo.network.NetworkSpec;
import dev.neuroevo.optim.Adam;
import dev.neuroevo.optim.Momentum;
import dev.neuroevo.optim.Optimizer;
import dev.neuroevo.optim.RmsProp;
import dev.neuroevo.optim.Schedule;
import dev.neuroevo.optim.Sgd;
import dev.neuroevo.optim.StepRule;
import dev.neuroevo.random.Purpose;
import dev.neuroevo.random.SplitMix64;
import dev.neuroevo.run.Job;
import dev.neuroevo.run.Reselection;
import dev.neuroevo.run.StopRule;
import dev.neuroevo.eval.Evaluator;
import dev.neuroevo.eval.LocalEvaluator;
import dev.neuroevo.spark.DatasetReader;
import dev.neuroevo.spark.PbtEvaluator;
import dev.neuroevo.spark.SparkEvaluator;
import dev.neuroevo.spark.TreeAggregateNoiseSum;
import dev.neuroevo.strategy.Strategy;
import dev.neuroevo.strategy.StrategyState;
import dev.neuroevo.strategy.cmaes.CmaOptions;
import dev.neuroevo.strategy.cmaes.RestartScheme;
import dev.neuroevo.strategy.cmaes.StartPoints;
import dev.neuroevo.strategy.cmaes.Tolerances;
import dev.neuroevo.strategy.es.EsOptions;
import dev.neuroevo.strategy.es.OpenAiEs;
import dev.neuroevo.strategy.es.Shaping;
import dev.neuroevo.strategy.ga.Crossover;
import dev.neuroevo.strategy.sgd.SgdOptions;
import dev.neuroevo.strategy.sgd.SgdTraining;
import dev.neuroevo.strategy.ga.GaOptions;
import dev.neuroevo.strategy.ga.GeneticAlgorithm;
import dev.neuroevo.strategy.ga.Selection;
import dev.neuroevo.strategy.pbt.Exploit;
import dev.neuroevo.strategy.pbt.Explore;
import dev.neuroevo.strategy.pbt.PbtOptions;
import dev.neuroevo.strategy.pbt.PopulationBasedTraining;
import dev.neuroevo.strategy.pbt.Prior;
import dev.neuroevo.strategy.pbt.PriorShape;
import dev.neuroevo.strategy.pbt.Priors;
import dev.neuroevo.task.Task;
import dev.neuroevo.task.UserTask;
import dev.neuroevo.task.control.EpisodeTask;
import dev.neuroevo.task.control.Environments;
import dev.neuroevo.task.functions.FunctionTask;
import dev.neuroevo.task.functions.Rotation;
import dev.neuroevo.task.functions.TestFunction;
import dev.neuroevo.task.supervised.ClassificationOptions;
import dev.neuroevo.task.supervised.ClassificationTask;
import dev.neuroevo.task.supervised.ClassifierFitness;
import dev.neuroevo.task.supervised.DataFormat;
import dev.neuroevo.task.supervised.DataSplit;
import dev.neuroevo.task.supervised.DataSource;
import dev.neuroevo.task.supervised.RegressionTask;
import dev.neuroevo.task.supervised.Splits;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * The one place where settings become parts. {@link #of} reads every setting that applies to the
 * chosen task and strategy into typed option records and checks every rule between settings, so
 * that bad input stops here with one line naming the setting; {@link #job} then assembles the
 * network and the strategy for a task. Nothing past this boundary sees a setting's key.
 */
public final class Wiring {
    private final Set<String> applied;
    private final String name;
    private final long seed;
    private final int partitions;
    private final boolean sparkWhenLocal;
    private final StopRule stop;
    private final Supplier<Task> task;
    private final ClassificationOptions data;
    private final boolean episodic;
    private final Normalization normalization;
    private final NetworkShape network;
    private final StrategyName strategy;
    private final StrategyParts parts;
    private final CheckpointOptions checkpoint;
    private final Reselection reselection;

    /** The network settings; ignored by tasks that score a raw vector. */
    private record NetworkShape(int[] hidden, Activation hiddenActivation, Activation output, double initStd) {
    }

    /** The strategy's records (one of them set), and the ES gradient's placement. */
    private record StrategyParts(GaOptions ga, EsOptions es, CmaWanted cma, GradientPlacement gradient,
                                 SgdOptions sgd, PbtOptions pbt) {
    }

    /**
     * CMA-ES settings before the dimension is known (x0 and the box may give one value or pair for
     * every parameter); the box is null when not given, and x0 then unread.
     */
    private record CmaWanted(List<Double> x0, List<Double> box, double sigma0, int population, int restarts,
                             RestartScheme scheme, Tolerances tol) {
    }

    private Wiring(TrackedSettings r) {
        name = r.string("run.name");
        seed = r.longInteger("run.seed");
        partitions = r.integer("run.partitions");
        sparkWhenLocal = r.choice("run.local-scoring", LocalScoring.class) == LocalScoring.SPARK;
        stop = new StopRule(r.integer("stop.generations"), r.optionalReal("stop.goal"),
                r.integer("stop.goal-generations"));
        String userClass = r.optionalString("task.class");
        String taskName = userClass == null ? r.string("task.name") : null;
        episodic = taskName != null && Environments.exists(taskName);
        boolean function = taskName != null && TestFunction.exists(taskName);
        data = taskName != null && (taskName.equals(ClassificationTask.NAME) || taskName.equals(RegressionTask.NAME))
                ? supervised(r, taskName.equals(RegressionTask.NAME)) : null;
        task = userClass != null ? userTask(userClass)
                : episodic ? episodeTask(r, taskName)
                : function ? functionTask(r, taskName)
                : data != null ? null
                : unknownTask(taskName);
        normalization = r.choice("task.normalize-observations", Normalization.class);
        if (normalization == Normalization.ON && !episodic) {
            throw new ConfigError("setting 'task.normalize-observations' is on, but task "
                    + (userClass != null ? userClass : taskName) + " has no observations to normalise");
        }
        strategy = r.choice("strategy.name", StrategyName.class);
        boolean usesInitStd = strategy != StrategyName.CMAES && strategy != StrategyName.SEP_CMAES;
        network = function
                ? new NetworkShape(new int[0], Activation.LINEAR, Activation.LINEAR,
                        usesInitStd ? r.real("network.init-std") : 0)
                : new NetworkShape(r.integers("network.hidden"), r.choice("network.activation", Activation.class),
                        r.choice("network.output-activation", Activation.class),
                        usesInitStd ? r.real("network.init-std") : 0);
        parts = switch (strategy) {
            case ELITIST -> new StrategyParts(GaOptions.elitist(r.integer("strategy.population"),
                    r.real("mutation.sigma"), network.initStd()), null, null, null, null, null);
            case GA -> new StrategyParts(ga(r, network.initStd()), null, null, null, null, null);
            case ES -> new StrategyParts(null, es(r, network.initStd()), null,
                    r.choice("es.gradient", GradientPlacement.class), null, null);
            case CMAES, SEP_CMAES -> new StrategyParts(null, null, cma(r), null, null, null);
            case SGD -> new StrategyParts(null, null, null, null, sgd(r, network.initStd(), stop.generations(),
                    data, taskName), null);
            case PBT -> new StrategyParts(null, null, null, null, null, pbt(r, network.initStd(), stop.generations(),
                    data, taskName));
        };
        reselection = reselection(r, strategy, episodic, data);
        checkpoint = new CheckpointOptions(r.integer("checkpoint.every"), r.real("checkpoint.interval"),
                r.integer("checkpoint.keep"), r.real("checkpoint.lease"));
        applied = r.read();
    }

    /** Reads and checks every setting that applies; throws {@link ConfigError} on bad input. */
    public static Wiring of(Settings settings) {
        return new Wiring(new TrackedSettings(settings));
    }

    /** The keys of the settings that apply to this job's task and strategy, in the order read. */
    public Set<String> applied() {
        return applied;
    }

    public String name() {
        return name;
    }

    /** When checkpoints are written and kept, and the output's lease period. */
    public CheckpointOptions checkpoint() {
        return checkpoint;
    }

    /** True when the task reads a data set: {@link #supervised(SparkSession)} makes it, with a running Spark. */
    public boolean readsData() {
        return data != null;
    }

    /** The task of a job that reads no data set. */
    public Task task() {
        if (task == null) {
            throw new IllegalStateException("the task reads a data set: use supervised(spark)");
        }
        return task.get();
    }

    /** Reads the data set with {@code spark}, splits it, and makes the classification or regression task. */
    public Task supervised(SparkSession spark) {
        int threads = Math.max(1, Integer.parseInt(spark.conf().get("spark.task.cpus", "1")));
        Splits splits;
        try {
            long splitSeed = SplitMix64.key(seed, 0, 0, Purpose.SPLIT);
            splits = data.testSource() == null
                    ? Splits.of(DatasetReader.read(spark, data.source()), data.testFraction(),
                            data.validationFraction(), splitSeed, data.standardise())
                    : Splits.ofFiles(DatasetReader.read(spark, data.source()),
                            DatasetReader.read(spark, data.testSource()), data.validationFraction(), splitSeed,
                            data.standardise());
        } catch (IllegalArgumentException e) {
            throw new ConfigError((data.testSource() == null ? "settings 'data.test-fraction' and"
                    + " 'data.validation-fraction': " : "settings 'data.validation-fraction' and 'data.test-path': ")
                    + e.getMessage());
        }
        return data.source().realTargets()
                ? new RegressionTask(splits, data.source(), data.testSource(), data.batchSize(), data.target(), threads)
                : new ClassificationTask(splits, data.source(), data.testSource(), data.batchSize(), data.fitness(),
                        data.target(), threads);
    }

    /** The job for {@code task}: its network and strategy, with the rules that need the network's size. */
    public Job job(Task task) {
        int n = task.vectorDimension();
        NetworkSpec spec = n > 0
                // a raw vector of n parameters: the weights and bias of one linear unit with n - 1 inputs
                ? NetworkSpec.of(n - 1, new int[0], 1, Activation.LINEAR, Activation.LINEAR, task.head())
                : NetworkSpec.of(task.inputs(), network.hidden(), task.outputs(), network.hiddenActivation(), network.output(),
                        task.head());
        boolean normalize = normalization == Normalization.ON
                || normalization == Normalization.AUTO && episodic && strategy == StrategyName.ES;
        return new Job(name, seed, task, spec, strategy(spec), stop, partitions, normalize, reselection, sparkWhenLocal);
    }

    /**
     * The job with ES summing its gradient's noise on the executors when {@code es.gradient} is
     * tree-aggregate, or auto with at least {@link TreeAggregateNoiseSum#AUTO_FROM_DRAWS} draws a
     * generation and more than one core; else the job as it is.
     */
    public Job onCluster(Job job, JavaSparkContext jsc) {
        if (!(job.strategy() instanceof OpenAiEs es)) {
            return job;
        }
        long draws = (long) es.params().population() * job.spec().parameterCount();
        boolean cluster = parts.gradient() == GradientPlacement.TREE_AGGREGATE
                || parts.gradient() == GradientPlacement.AUTO && draws >= TreeAggregateNoiseSum.AUTO_FROM_DRAWS
                && jsc.defaultParallelism() > 1;
        return cluster ? job.withStrategy(es.withNoiseSum(new TreeAggregateNoiseSum(jsc, jsc.defaultParallelism())))
                : job;
    }

    /**
     * The evaluator of {@code job} on Spark: PBT's keeps its population on the executors and writes
     * their snapshots under {@code checkpoints} (the run's checkpoint directory); every other
     * strategy's parallelizes a fresh RDD per generation, or under a local master (unless
     * {@code run.local-scoring} is spark) cuts it into the same partitions for the driver's threads.
     */
    public static Evaluator evaluator(Job job, JavaSparkContext jsc, int partitions, String checkpoints) {
        if (job.strategy() instanceof PopulationBasedTraining) {
            return new PbtEvaluator(jsc, job.task(), job.spec(), partitions, checkpoints + "/" + CheckpointStore.MEMBERS);
        }
        return scoresOnThreads(job, jsc)
                ? new LocalEvaluator(job.task(), job.spec(), job.seed(), jsc.defaultParallelism(), partitions)
                : new SparkEvaluator(jsc, job.task(), job.spec(), job.seed(), partitions);
    }

    /** Whether {@link #evaluator} scores {@code job}'s generations on the driver's threads. */
    public static boolean scoresOnThreads(Job job, JavaSparkContext jsc) {
        return jsc.isLocal() && !job.sparkWhenLocal() && !(job.strategy() instanceof PopulationBasedTraining);
    }

    private Strategy<? extends StrategyState> strategy(NetworkSpec spec) {
        return switch (strategy) {
            case ELITIST -> new GeneticAlgorithm("elitist", seed, parts.ga(), spec.biasMask());
            case GA -> new GeneticAlgorithm("ga", seed, parts.ga(), spec.biasMask());
            case ES -> new OpenAiEs(seed, parts.es(), spec.biasMask());
            case CMAES, SEP_CMAES -> cmaOptions(spec.parameterCount()).strategy(seed, strategy == StrategyName.SEP_CMAES);
            case SGD -> new SgdTraining(seed, parts.sgd(), spec);
            case PBT -> new PopulationBasedTraining(seed, parts.pbt(), spec);
        };
    }

    /**
     * How the run's best is re-selected, or null for none. auto: on for environments and minibatch
     * fitness (a data set), off for test functions (their fitness has no noise) and a user's
     * fitness; never for sgd and pbt, which already pick their best on the validation rows.
     */
    private static Reselection reselection(TrackedSettings r, StrategyName strategy, boolean episodic,
                                           ClassificationOptions data) {
        ReselectSwitch wanted = r.choice("reselect.enabled", ReselectSwitch.class);
        boolean validates = strategy == StrategyName.SGD || strategy == StrategyName.PBT;
        if (wanted == ReselectSwitch.TRUE && validates) {
            throw new ConfigError("setting 'reselect.enabled' is true, but strategy.name = " + strategy.id()
                    + " already picks its best on the validation rows; set it to auto or false");
        }
        boolean on = wanted == ReselectSwitch.TRUE
                || wanted == ReselectSwitch.AUTO && !validates && (episodic || data != null);
        if (!on) {
            return null;
        }
        if (data != null && data.validationFraction() == 0) {
            throw new ConfigError("setting 'reselect.enabled' scores candidates on the validation rows, but"
                    + " data.validation-fraction is 0; raise it or set reselect.enabled = false");
        }
        int every = r.integer("reselect.every");
        // a data set's candidates are scored on all its validation rows once
        int evaluations = data != null ? 1 : r.integer("reselect.episodes");
        boolean ga = strategy == StrategyName.ELITIST || strategy == StrategyName.GA;
        int confirmations = data != null ? 1 : r.integer("reselect.confirm-episodes");
        return new Reselection(every, evaluations, ga ? r.integer("reselect.candidates") : 1, confirmations);
    }

    private static GaOptions ga(TrackedSettings r, double initStd) {
        int population = r.integer("strategy.population");
        int elites = r.integer("ga.elites");
        if (elites >= population) {
            throw new ConfigError("setting 'ga.elites' must be below strategy.population (" + population + "), got "
                    + elites);
        }
        int parents = r.integer("ga.parents");
        Selection selection = r.choice("ga.selection", Selection.class);
        if (selection == Selection.TRUNCATION && parents > population) {
            throw new ConfigError("setting 'ga.parents' must be at most strategy.population (" + population
                    + ") with truncation selection, got " + parents);
        }
        int tournament = selection == Selection.TOURNAMENT ? r.integer("ga.tournament-size") : 1;
        return new GaOptions(population, elites, parents, selection, tournament,
                r.choice("ga.crossover", Crossover.class), r.real("mutation.sigma"), r.real("mutation.rate"),
                initStd);
    }

    private static EsOptions es(TrackedSettings r, double initStd) {
        int population = r.integer("strategy.population");
        boolean mirrored = r.bool("es.mirrored");
        if (mirrored && population % 2 != 0) {
            throw new ConfigError("setting 'strategy.population' must be even when es.mirrored = true (antithetic"
                    + " pairs), got " + population);
        }
        boolean common = r.bool("es.common-random-numbers");
        if (common && !mirrored) {
            throw new ConfigError("setting 'es.common-random-numbers' is true, but es.mirrored is false: it shares"
                    + " episodes between the members of a mirrored pair");
        }
        return new EsOptions(population, mirrored, r.choice("es.shaping", Shaping.class), optimizer(r, "es"),
                r.real("es.learning-rate"), r.real("es.lr-decay"), r.real("es.lr-min"), r.real("es.sigma"),
                r.real("es.sigma-decay"), r.real("es.sigma-min"), r.real("es.weight-decay"), initStd, common);
    }

    /**
     * The step rule named by {@code <prefix>.optimizer} with its coefficients. ES's momentum is the
     * damped exponential average of OpenAI's es-distributed; training's is PyTorch's undamped one,
     * with Nesterov's correction on request.
     */
    private static Optimizer optimizer(TrackedSettings r, String prefix) {
        boolean es = prefix.equals("es");
        return switch (r.choice(prefix + ".optimizer", StepRule.class)) {
            case SGD -> new Sgd();
            case MOMENTUM -> new Momentum(r.belowOne(prefix + ".momentum"), es, !es && r.bool("sgd.nesterov"));
            case RMSPROP -> new RmsProp(r.belowOne(prefix + ".rho"));
            case ADAM -> new Adam(r.belowOne(prefix + ".beta1"), r.belowOne(prefix + ".beta2"));
        };
    }

    private static void requireData(ClassificationOptions data, String taskName, String strategyName) {
        if (data == null) {
            throw new ConfigError("setting 'strategy.name' = " + strategyName + " trains by gradient on a data set:"
                    + " it needs task.name = \"" + ClassificationTask.NAME + "\" or \"" + RegressionTask.NAME + "\", got '"
                    + taskName + "'");
        }
    }

    private static SgdOptions sgd(TrackedSettings r, double initStd, int epochs, ClassificationOptions data,
                                  String taskName) {
        requireData(data, taskName, "sgd");
        Optimizer optimizer = optimizer(r, "sgd");
        Schedule schedule = r.choice("sgd.lr-schedule", Schedule.class);
        double decay = schedule == Schedule.EXPONENTIAL ? r.real("sgd.lr-decay") : 1;
        double floor = schedule == Schedule.CONSTANT ? 0 : r.real("sgd.lr-min");
        return new SgdOptions(optimizer, r.real("sgd.learning-rate"), schedule, decay, floor, epochs,
                r.real("sgd.weight-decay"), data.batchSize(), initStd);
    }

    private static PbtOptions pbt(TrackedSettings r, double initStd, int rounds, ClassificationOptions data,
                                  String taskName) {
        requireData(data, taskName, "pbt");
        int population = r.integer("pbt.population");
        int steps = r.integer("pbt.steps-per-round");
        int readyAfter = r.integer("pbt.ready-after");
        Exploit exploit = r.choice("pbt.exploit", Exploit.class);
        boolean exploits = exploit != Exploit.NONE;
        Explore explore = exploits ? r.choice("pbt.explore", Explore.class) : Explore.PERTURB;
        double resample = exploits && explore == Explore.PERTURB ? r.real("pbt.resample-probability") : 0;
        StepRule rule = r.choice("pbt.optimizer", StepRule.class);
        double beta2 = rule == StepRule.ADAM ? r.belowOne("pbt.beta2") : 0;
        boolean nesterov = rule == StepRule.MOMENTUM && r.bool("pbt.nesterov");
        Priors priors = new Priors(prior(r, "pbt.learning-rate", Double.MIN_VALUE, Double.MAX_VALUE),
                rule == StepRule.SGD ? Prior.fixed(0) : prior(r, "pbt.momentum", 0, Math.nextDown(1.0)),
                prior(r, "pbt.weight-decay", 0, Double.MAX_VALUE), prior(r, "pbt.batch-size", 1, 1 << 20));
        return new PbtOptions(population, steps, readyAfter, exploit, explore, resample, priors, rule, beta2, nesterov,
                r.integer("pbt.checkpoint-rounds"), rounds, initStd);
    }

    /** The prior at {@code key} ({@code prior}, then {@code min} and {@code max}, or {@code values}), every value in [low, high]. */
    private static Prior prior(TrackedSettings r, String key, double low, double high) {
        PriorShape shape = r.choice(key + ".prior", PriorShape.class);
        String range = "[" + (low == Double.MIN_VALUE ? "above 0" : low) + ", " + (high >= Double.MAX_VALUE
                ? "any" : high == Math.nextDown(1.0) ? "below 1" : high) + "]";
        if (shape == PriorShape.CHOICE) {
            List<Double> values = r.reals(key + ".values");
            if (values.isEmpty()) {
                throw new ConfigError("setting '" + key + ".values' must list at least one value for a choice prior");
            }
            double[] v = new double[values.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = values.get(i);
                if (!(v[i] >= low && v[i] <= high)) {
                    throw new ConfigError("setting '" + key + ".values' must lie in " + range + ", got " + v[i]);
                }
            }
            return new Prior(shape, v[0], v[v.length - 1], v);
        }
        double min = r.real(key + ".min");
        double max = r.real(key + ".max");
        if (!(min <= max) || min < low || max > high || shape == PriorShape.LOG_UNIFORM && !(min > 0)) {
            throw new ConfigError("settings '" + key + ".min' and '" + key + ".max' must satisfy min <= max within "
                    + range + (shape == PriorShape.LOG_UNIFORM ? " and min > 0 for a log-uniform prior" : "")
                    + ", got " + min + " and " + max);
        }
        return new Prior(shape, min, max, null);
    }

    private static CmaWanted cma(TrackedSettings r) {
        int population = r.integer("cmaes.population");
        if (population == 1) {
            throw new ConfigError("setting 'cmaes.population' must be 0 (the default) or at least 2, got 1");
        }
        List<Double> box = r.optionalReals("cmaes.x0-box");
        for (int i = 0; box != null && i + 1 < box.size(); i += 2) {
            if (!(box.get(i) < box.get(i + 1))) {
                throw new ConfigError("setting 'cmaes.x0-box' must give each low below its high, got [" + box.get(i)
                        + ", " + box.get(i + 1) + "]");
            }
        }
        List<Double> x0 = box == null ? r.reals("cmaes.x0") : List.of(0.0);
        int restarts = r.integer("cmaes.ipop-restarts");
        RestartScheme scheme = restarts > 0 ? r.choice("cmaes.restart-scheme", RestartScheme.class) : null;
        return new CmaWanted(x0, box, r.real("cmaes.sigma0"), population, restarts, scheme,
                new Tolerances(r.real("cmaes.tolfun"), r.real("cmaes.tolx"), r.real("cmaes.tolfunhist"),
                        r.real("cmaes.tolupsigma"), r.integer("cmaes.tolflatfitness")));
    }

    private CmaOptions cmaOptions(int n) {
        CmaWanted c = parts.cma();
        double[] x0 = perParameter("cmaes.x0", c.x0(), n, 1);
        double[] box = c.box() == null ? null : perParameter("cmaes.x0-box", c.box(), n, 2);
        return new CmaOptions(new StartPoints(x0, box), c.sigma0(),
                c.population() == 0 ? CmaOptions.defaultPopulation(n) : c.population(), c.restarts(), c.scheme(),
                c.tol());
    }

    /** The {@code width} values of each of n parameters from a list that gives them once for all, or for each. */
    private static double[] perParameter(String key, List<Double> values, int n, int width) {
        if (values.size() != width && values.size() != width * n) {
            throw new ConfigError("setting '" + key + "' must hold " + (width == 1 ? "one value or one per parameter"
                    : "one [low, high] pair or one pair per parameter") + " (" + n + " parameters), got "
                    + values.size() + " values");
        }
        double[] out = new double[width * n];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(values.size() == width ? i % width : i);
        }
        return out;
    }

    private static ClassificationOptions supervised(TrackedSettings r, boolean regression) {
        String task = regression ? RegressionTask.NAME : ClassificationTask.NAME;
        String path = r.optionalString("data.path");
        if (path == null) {
            throw new ConfigError("setting 'data.path' must name the data set when task.name = \"" + task + "\"");
        }
        DataFormat format = r.choice("data.format", DataFormat.class);
        boolean tabular = format == DataFormat.CSV || format == DataFormat.PARQUET;
        String targetPath = regression && tabular ? r.optionalString("data.target-path") : null;
        DataSource source = new DataSource(path, format,
                tabular && targetPath == null ? r.string("data.label-column") : "last",
                format == DataFormat.CSV && r.bool("data.csv-header"),
                format == DataFormat.LIBSVM ? r.optionalInteger("data.libsvm-features") : null,
                format == DataFormat.CSV ? separator(r.string("data.csv-separator")) : ",", regression, targetPath);
        DataSplit split = r.choice("data.split", DataSplit.class);
        DataSource testSource = null;
        double test = 0;
        if (split == DataSplit.FILES) {
            if (targetPath != null) {
                throw new ConfigError("setting 'data.target-path' needs data.split = \"hash\": with \"files\" the"
                        + " targets come from data.label-column of data.path and data.test-path");
            }
            String testPath = r.optionalString("data.test-path");
            if (testPath == null) {
                throw new ConfigError("setting 'data.test-path' must name the test rows when data.split = \"files\"");
            }
            testSource = new DataSource(testPath, format, source.labelColumn(), source.csvHeader(),
                    source.libsvmFeatures(), source.csvSeparator(), regression, null);
        } else {
            test = r.real("data.test-fraction");
        }
        double validation = r.real("data.validation-fraction");
        if (test + validation >= 1) {
            throw new ConfigError("settings 'data.test-fraction' + 'data.validation-fraction' must be below 1, got "
                    + test + " + " + validation);
        }
        boolean standardise = r.bool("data.standardise");
        int batchSize = r.integer("data.batch-size");
        return regression
                ? new ClassificationOptions(source, testSource, test, validation, standardise, batchSize, null,
                        r.real("data.target-r2"))
                : new ClassificationOptions(source, testSource, test, validation, standardise, batchSize,
                        r.choice("data.fitness", ClassifierFitness.class), r.real("data.target-accuracy"));
    }

    /** The csv separator a setting names: "space" and "tab" for the blanks a setting cannot hold. */
    private static String separator(String named) {
        return switch (named) {
            case "space" -> " ";
            case "tab" -> "\t";
            default -> named;
        };
    }

    private static Supplier<Task> userTask(String className) {
        Task t;
        try {
            t = UserTask.of(className);
        } catch (IllegalArgumentException e) {
            throw new ConfigError("setting 'task.class': " + e.getMessage());
        }
        return () -> t;
    }

    private static Supplier<Task> episodeTask(TrackedSettings r, String id) {
        int episodes = r.integer("task.episodes");
        int finalEpisodes = r.integer("task.final-episodes");
        return () -> new EpisodeTask(id, episodes, finalEpisodes);
    }

    private static Supplier<Task> functionTask(TrackedSettings r, String id) {
        int n = r.integer("function.dimension");
        boolean rotated = r.bool("function.rotated");
        long rotationSeed = rotated ? r.longInteger("function.rotation-seed") : 0;
        double target = r.real("function.target");
        return () -> new FunctionTask(TestFunction.of(id), n, rotated ? Rotation.random(n, rotationSeed) : null,
                target);
    }

    private static Supplier<Task> unknownTask(String name) {
        throw new ConfigError("setting 'task.name' names no known task: '" + name + "'; environments: "
                + String.join(", ", Environments.ids()) + "; functions: "
                + Arrays.stream(TestFunction.values()).map(TestFunction::id).collect(Collectors.joining(", "))
                + "; or " + ClassificationTask.NAME + ", " + RegressionTask.NAME);
    }
}
