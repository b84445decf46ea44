package dev.neuroevo.task.supervised;

import dev.neuroevo.config.ConfigError;
import dev.neuroevo.config.Settings;
import dev.neuroevo.network.BatchInvoker;
import dev.neuroevo.network.Head;
import dev.neuroevo.network.NetworkSpec;
import dev.neuroevo.random.Purpose;
import dev.neuroevo.random.SplitMix64;
import dev.neuroevo.task.FinalEvaluation;
import dev.neuroevo.task.Scorer;
import dev.neuroevo.task.Task;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.SparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * Supervised classification: the network's outputs are class logits, and its fitness is its
 * accuracy (or minus its mean cross-entropy) on a minibatch of training rows that all individuals
 * of a generation share. The final evaluation is the accuracy on the held-out test rows.
 *
 * <p>The data set is read once, on the driver, the first time the task is asked about it (in
 * practice when the job is assembled, once Spark runs), cut into training, validation and test
 * rows, and then travels inside the task, which Spark broadcasts once per run.
 */
public final class ClassificationTask implements Task {
    public static final String NAME = "classification";
    private static final int ASSESS_BATCH = 1024;

    private final DataSource source;
    private final double testFraction;
    private final double validationFraction;
    private final boolean standardise;
    private final long splitSeed;
    private final int batchSize;
    private final ClassifierFitness fitness;
    private final double targetAccuracy;
    private Splits data;
    private int threads = 1;

    private ClassificationTask(DataSource source, Splits data, double testFraction, double validationFraction,
                               boolean standardise, long splitSeed, int batchSize, ClassifierFitness fitness,
                               double targetAccuracy) {
        this.source = source;
        this.data = data;
        this.testFraction = testFraction;
        this.validationFraction = validationFraction;
        this.standardise = standardise;
        this.splitSeed = splitSeed;
        this.batchSize = batchSize;
        this.fitness = fitness;
        this.targetAccuracy = targetAccuracy;
    }

    /** The task the {@code data} settings describe; its data is read when first needed. */
    public static ClassificationTask of(Settings s) {
        if (s.isNull("data.path")) {
            throw new ConfigError("setting 'data.path' must name the data set when task.name = \"" + NAME + "\"");
        }
        double test = s.number("data.test-fraction");
        double validation = s.number("data.validation-fraction");
        if (test + validation >= 1) {
            throw new ConfigError("settings 'data.test-fraction' + 'data.validation-fraction' must be below 1, got "
                    + test + " + " + validation);
        }
        DataSource source = new DataSource(s.string("data.path"), s.string("data.format"),
                s.string("data.label-column"), s.bool("data.csv-header"),
                s.isNull("data.libsvm-features") ? null : s.integer("data.libsvm-features"));
        return new ClassificationTask(source, null, test, validation, s.bool("data.standardise"),
                SplitMix64.key(s.longValue("run.seed"), 0, 0, Purpose.SPLIT), s.integer("data.batch-size"),
                ClassifierFitness.of(s.string("data.fitness")), s.number("data.target-accuracy"));
    }

    /** A task over data already split (tests, programmatic use). */
    public static ClassificationTask of(Splits data, int batchSize, ClassifierFitness fitness, double targetAccuracy) {
        return new ClassificationTask(null, data, 0, 0, false, 0, batchSize, fitness, targetAccuracy);
    }

    /**
     * The split data, read on first use with the running Spark session, whose {@code spark.task.cpus}
     * also bounds the threads of a forward pass.
     */
    public synchronized Splits data() {
        if (data == null) {
            SparkSession spark;
            try {
                spark = SparkSession.builder().sparkContext(SparkContext.getOrCreate()).getOrCreate();
            } catch (RuntimeException e) {
                throw new IllegalStateException("reading setting 'data.path' needs a running Spark context", e);
            }
            threads = Math.max(1, Integer.parseInt(spark.conf().get("spark.task.cpus", "1")));
            Dataset all = DatasetReader.read(spark, source);
            try {
                data = Splits.of(all, testFraction, validationFraction, splitSeed, standardise);
            } catch (IllegalArgumentException e) {
                throw new ConfigError("settings 'data.test-fraction' and 'data.validation-fraction': " + e.getMessage());
            }
        }
        return data;
    }

    @Override
    public String id() {
        return NAME;
    }

    @Override
    public int inputs() {
        return data().train().features();
    }

    @Override
    public int outputs() {
        return data().train().classCount();
    }

    @Override
    public Head head() {
        return Head.ARGMAX;
    }

    @Override
    public Scorer scorer(NetworkSpec spec) {
        return new MinibatchScorer(spec, data().train(), batchSize, fitness, threads);
    }

    @Override
    public FinalEvaluation finalEvaluation(NetworkSpec spec, double[] weights, long seed) {
        Splits d = data();
        BatchInvoker net = new BatchInvoker(spec, ASSESS_BATCH, threads);
        double[] test = assess(net, d.test(), weights);
        double[] validation = assess(net, d.validation(), weights);
        double[] train = assess(net, d.train(), weights);
        Map<String, Object> fields = new LinkedHashMap<>();
        if (source != null) {
            fields.put("data", source.path());
            fields.put("format", source.format());
        }
        fields.put("features", d.train().features());
        fields.put("classes", d.train().classCount());
        fields.put("train_rows", d.train().rows());
        fields.put("validation_rows", d.validation().rows());
        fields.put("test_rows", d.test().rows());
        fields.put("test_accuracy", finite(test[0]));
        fields.put("validation_accuracy", finite(validation[0]));
        fields.put("train_accuracy", finite(train[0]));
        fields.put("test_cross_entropy", finite(test[1]));
        fields.put("target_accuracy", targetAccuracy);
        return new FinalEvaluation(fields, test[0], test[0] >= targetAccuracy);
    }

    /** Null for the NaN of an empty split, which JSON cannot hold. */
    private static Double finite(double v) {
        return Double.isNaN(v) ? null : v;
    }

    /** Accuracy and mean cross-entropy over every row of {@code rows} (NaN for no rows). */
    private static double[] assess(BatchInvoker net, Dataset rows, double[] weights) {
        int[] labels = new int[net.capacity()];
        long correct = 0;
        double crossEntropy = 0;
        for (int from = 0; from < rows.rows(); from += net.capacity()) {
            int count = Math.min(net.capacity(), rows.rows() - from);
            rows.gather(null, from, count, net.input(), net.capacity(), labels);
            double[] logits = net.forward(weights, count);
            correct += ClassifierFitness.correct(logits, net.capacity(), rows.classCount(), labels, count);
            crossEntropy += ClassifierFitness.crossEntropy(logits, net.capacity(), rows.classCount(), labels, count);
        }
        return new double[] {(double) correct / rows.rows(), crossEntropy / rows.rows()};
    }
}
