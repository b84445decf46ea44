package dev.neuroevo.task.supervised;

import dev.neuroevo.network.BatchInvoker;
import dev.neuroevo.network.Head;
import dev.neuroevo.network.NetworkSpec;
import dev.neuroevo.task.FinalEvaluation;
import dev.neuroevo.task.RawInputs;
import dev.neuroevo.task.Scorer;
import dev.neuroevo.task.Task;
import dev.neuroevo.task.Trainer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Supervised regression: one real output per row, trained and scored against the standardised
 * target (the training rows' mean and std, which {@link Splits} applies). The evolutionary
 * strategies' fitness is minus the mean squared error on a minibatch per generation; gradient
 * training's epoch fitness is the validation R² (the coefficient of determination, which the
 * standardisation does not change). The final evaluation reports mean squared error in the
 * target's units and R² on the test, validation and training rows; solved is a test R² at the target.
 */
public final class RegressionTask implements Task {
    public static final String NAME = "regression";
    private static final int ASSESS_BATCH = 1024;

    private final Splits data;
    private final DataSource source;
    private final DataSource testSource;
    private final int batchSize;
    private final double targetR2;
    private final int threads;

    /**
     * @param source     where the data came from, for the summary (null when built in memory)
     * @param testSource where the test rows came from when a file gave them (null when cut by hash)
     * @param threads    cores of one Spark task
     */
    public RegressionTask(Splits data, DataSource source, DataSource testSource, int batchSize, double targetR2,
                          int threads) {
        if (!data.train().regression()) {
            throw new IllegalArgumentException("a regression needs rows with real targets");
        }
        this.data = data;
        this.source = source;
        this.testSource = testSource;
        this.batchSize = batchSize;
        this.targetR2 = targetR2;
        this.threads = threads;
    }

    /** A task over data already split, on one thread (tests, programmatic use). */
    public static RegressionTask of(Splits data, int batchSize, double targetR2) {
        return new RegressionTask(data, null, null, batchSize, targetR2, 1);
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
        return data.train().features();
    }

    @Override
    public int outputs() {
        return 1;
    }

    @Override
    public Head head() {
        return Head.IDENTITY;
    }

    @Override
    public Scorer scorer(NetworkSpec spec) {
        return new MinibatchScorer(spec, data.train(), batchSize, null, threads);
    }

    /** The validation rows' R², as gradient training picks its best epoch. */
    @Override
    public Scorer reassessor(NetworkSpec spec, int evaluations) {
        return new ValidationScorer(spec, data.validation(), (net, rows, w) -> assess(net, rows, w)[1], false, threads);
    }

    @Override
    public Trainer trainer(NetworkSpec spec, int batchSize) {
        return new EpochTrainer(spec, data.train(), data.validation(), batchSize, threads,
                (net, rows, w) -> assess(net, rows, w)[1]);
    }

    @Override
    public boolean trainable() {
        return true;
    }

    /** The features' and the target's standardisation: a model file then predicts from raw rows in the target's units. */
    @Override
    public RawInputs rawInputs() {
        return new RawInputs(data.mean(), data.std(), null, new double[] {data.targetMean(), data.targetStd()});
    }

    @Override
    public FinalEvaluation finalEvaluation(NetworkSpec spec, double[] weights, long seed) {
        BatchInvoker net = new BatchInvoker(spec, ASSESS_BATCH, threads);
        double[] test = assess(net, data.test(), weights);
        double[] validation = assess(net, data.validation(), weights);
        double[] train = assess(net, data.train(), weights);
        double scale = data.targetStd() * data.targetStd();
        Map<String, Object> fields = new LinkedHashMap<>();
        ClassificationTask.describe(fields, source, testSource, data);
        fields.put("target_mean", data.targetMean());
        fields.put("target_std", data.targetStd());
        fields.put("test_mse", ClassificationTask.finite(test[0] * scale));
        fields.put("validation_mse", ClassificationTask.finite(validation[0] * scale));
        fields.put("train_mse", ClassificationTask.finite(train[0] * scale));
        fields.put("test_r2", ClassificationTask.finite(test[1]));
        fields.put("validation_r2", ClassificationTask.finite(validation[1]));
        fields.put("train_r2", ClassificationTask.finite(train[1]));
        fields.put("target_r2", targetR2);
        return new FinalEvaluation(fields, test[1], test[1] >= targetR2);
    }

    /**
     * Mean squared error (in the rows' target units) and R², {@code 1 - SSE / sum (t - mean t)^2}
     * with the mean of these rows, over every row (NaN for no rows).
     */
    static double[] assess(BatchInvoker net, Dataset rows, double[] weights) {
        int n = rows.rows();
        double total = rows.targetSpread()[1];
        double[] targets = new double[net.capacity()];
        double sse = 0;
        for (int from = 0; from < n; from += net.capacity()) {
            int count = Math.min(net.capacity(), n - from);
            rows.gather(null, from, count, net.input(), net.capacity(), null);
            rows.targets(null, from, count, targets, net.capacity());
            sse += squaredError(net.forward(weights, count), targets, count);
        }
        return new double[] {sse / n, 1 - sse / total};
    }

    /** The summed squared error of the first {@code count} outputs (column 0) against their targets. */
    static double squaredError(double[] outputs, double[] targets, int count) {
        double sum = 0;
        for (int b = 0; b < count; b++) {
            double e = outputs[b] - targets[b];
            sum += e * e;
        }
        return sum;
    }
}
