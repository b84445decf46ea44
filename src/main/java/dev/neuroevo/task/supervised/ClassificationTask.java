package dev.neuroevo.task.supervised;

import dev.neuroevo.network.BatchInvoker;
import dev.neuroevo.network.Head;
import dev.neuroevo.network.NetworkSpec;
import dev.neuroevo.task.FinalEvaluation;
import dev.neuroevo.task.RawInputs;
import dev.neuroevo.task.Scorer;
import dev.neuroevo.task.StandardError;
import dev.neuroevo.task.Task;
import dev.neuroevo.task.Trainer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Supervised classification: the network's outputs are class logits, and its fitness is its
 * accuracy (or minus its mean cross-entropy) on a minibatch of training rows that all individuals
 * of a generation share. The final evaluation is the accuracy on the held-out test rows.
 *
 * <p>The entry point reads the data set (with the Spark session it owns) and hands the task its
 * splits; the task then travels with them, broadcast once per run.
 */
public final class ClassificationTask implements Task {
    public static final String NAME = "classification";
    private static final int ASSESS_BATCH = 1024;

    private final Splits data;
    private final DataSource source;
    private final DataSource testSource;
    private final int batchSize;
    private final ClassifierFitness fitness;
    private final double targetAccuracy;
    private final int threads;

    /**
     * @param source     where the data came from, for the summary (null when built in memory)
     * @param testSource where the test rows came from when a file gave them (null when cut by hash)
     * @param threads    cores of one Spark task: more than one lets big layers use ojAlgo's threads
     */
    public ClassificationTask(Splits data, DataSource source, DataSource testSource, int batchSize,
                              ClassifierFitness fitness, double targetAccuracy, int threads) {
        this.data = data;
        this.source = source;
        this.testSource = testSource;
        this.batchSize = batchSize;
        this.fitness = fitness;
        this.targetAccuracy = targetAccuracy;
        this.threads = threads;
    }

    /** A task over data already split, on one thread (tests, programmatic use). */
    public static ClassificationTask of(Splits data, int batchSize, ClassifierFitness fitness, double targetAccuracy) {
        return new ClassificationTask(data, null, null, batchSize, fitness, targetAccuracy, 1);
    }

    public Splits data() {
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

    /** The training rows' standardisation and the class names: a model file then classifies raw rows alone. */
    @Override
    public RawInputs rawInputs() {
        return new RawInputs(data.mean(), data.std(), data.train().classes());
    }

    /** The validation rows' accuracy, whatever {@code data.fitness} says: the test score is an accuracy too. */
    @Override
    public Scorer reassessor(NetworkSpec spec, int evaluations) {
        return new ValidationScorer(spec, data.validation(), (net, rows, w) -> assess(net, rows, w, null)[0], true,
                threads);
    }

    @Override
    public Trainer trainer(NetworkSpec spec, int batchSize) {
        return new EpochTrainer(spec, data.train(), data.validation(), batchSize, threads,
                (net, rows, w) -> assess(net, rows, w, null)[0]);
    }

    @Override
    public boolean trainable() {
        return true;
    }

    @Override
    public FinalEvaluation finalEvaluation(NetworkSpec spec, double[] weights, long seed) {
        Splits d = data();
        BatchInvoker net = new BatchInvoker(spec, ASSESS_BATCH, threads);
        long[][] confusion = new long[d.test().classCount()][d.test().classCount()];
        double[] test = assess(net, d.test(), weights, confusion);
        double[] validation = assess(net, d.validation(), weights, null);
        double[] train = assess(net, d.train(), weights, null);
        Map<String, Object> fields = new LinkedHashMap<>();
        describe(fields, source, testSource, d);
        fields.put("test_accuracy", finite(test[0]));
        fields.put("test_standard_error", finite(StandardError.ofProportion(test[0], d.test().rows())));
        fields.put("validation_accuracy", finite(validation[0]));
        fields.put("train_accuracy", finite(train[0]));
        fields.put("test_cross_entropy", finite(test[1]));
        fields.put("target_accuracy", targetAccuracy);
        return new FinalEvaluation(fields, test[0], test[0] >= targetAccuracy, null, confusion,
                d.test().classes());
    }

    /** The summary's account of the data: where it came from, how it was split, its size. */
    static void describe(Map<String, Object> fields, DataSource source, DataSource testSource, Splits d) {
        if (source != null) {
            fields.put("data", source.path());
            fields.put("format", source.format().id());
            fields.put("split", testSource == null ? DataSplit.HASH.id() : DataSplit.FILES.id());
            if (source.targetPath() != null) {
                fields.put("target_data", source.targetPath());
            }
        }
        if (testSource != null) {
            fields.put("test_data", testSource.path());
        }
        fields.put("features", d.train().features());
        if (!d.train().regression()) {
            fields.put("classes", d.train().classCount());
        }
        fields.put("train_rows", d.train().rows());
        fields.put("validation_rows", d.validation().rows());
        fields.put("test_rows", d.test().rows());
    }

    /** Null for the NaN of an empty split, which JSON cannot hold. */
    static Double finite(double v) {
        return Double.isNaN(v) ? null : v;
    }

    /**
     * Accuracy and mean cross-entropy over every row of {@code rows} (NaN for no rows); counts each
     * row into {@code confusion[true class][predicted class]} unless it is null.
     */
    static double[] assess(BatchInvoker net, Dataset rows, double[] weights, long[][] confusion) {
        int[] labels = new int[net.capacity()];
        long correct = 0;
        double crossEntropy = 0;
        for (int from = 0; from < rows.rows(); from += net.capacity()) {
            int count = Math.min(net.capacity(), rows.rows() - from);
            rows.gather(null, from, count, net.input(), net.capacity(), labels);
            double[] logits = net.forward(weights, count);
            correct += ClassifierFitness.correct(logits, net.capacity(), rows.classCount(), labels, count);
            crossEntropy += ClassifierFitness.crossEntropy(logits, net.capacity(), rows.classCount(), labels, count);
            for (int b = 0; confusion != null && b < count; b++) {
                confusion[labels[b]][ClassifierFitness.predicted(logits, net.capacity(), rows.classCount(), b)]++;
            }
        }
        return new double[] {(double) correct / rows.rows(), crossEntropy / rows.rows()};
    }
}
