package dev.neuroevo.strategy.sgd;

import dev.neuroevo.network.NetworkSpec;
import dev.neuroevo.random.Purpose;
import dev.neuroevo.random.SplitMix64;
import dev.neuroevo.strategy.Incumbent;
import dev.neuroevo.strategy.Plan;
import dev.neuroevo.strategy.StateView;
import dev.neuroevo.strategy.Strategy;
import dev.neuroevo.strategy.Trained;
import java.util.List;

/**
 * One network trained by minibatch gradient descent, fitted to the generation loop: a generation
 * is an epoch, whose plan is one individual carrying the weights and the optimizer's moments
 * ({@link SgdBreed}) and the epoch's shuffle seed, keyed by (run seed, epoch, 0, SHUFFLE). The
 * evaluation trains it where the data is and returns its validation fitness with the trained
 * weights and moments, which {@code tell} keeps. One individual is one partition, so the run is
 * the same on any number of cores. The single-network baseline that Population Based Training
 * must beat.
 */
public final class SgdTraining implements Strategy<SgdState> {
    private final long seed;
    private final SgdOptions params;
    private final NetworkSpec spec;

    public SgdTraining(long seed, SgdOptions params, NetworkSpec spec) {
        this.seed = seed;
        this.params = params;
        this.spec = spec;
    }

    @Override
    public String name() {
        return "sgd";
    }

    public SgdOptions params() {
        return params;
    }

    /**
     * Weights N(0, initStd^2 / fan-in) (He et al. 2015 with initStd = sqrt 2, LeCun's with 1),
     * biases zero, all from (run seed, 0, 0, INIT).
     */
    @Override
    public SgdState init() {
        double[] w = initialWeights(spec, params.initStd(), SplitMix64.key(seed, 0, 0, Purpose.INIT));
        return new SgdState(0, w, params.optimizer().init(w.length), params.rate(0), Double.NaN,
                Incumbent.NONE);
    }

    /** Weights N(0, initStd^2 / fan-in) per layer, biases zero, drawn from the stream {@code key}. */
    public static double[] initialWeights(NetworkSpec spec, double initStd, long key) {
        double[] w = new double[spec.parameterCount()];
        SplitMix64 rng = new SplitMix64(key);
        int[] sizes = spec.sizes();
        for (int l = 0; l < spec.layers(); l++) {
            double std = initStd / Math.sqrt(sizes[l]);
            int off = spec.offset(l);
            for (int i = 0; i < sizes[l] * sizes[l + 1]; i++) {
                w[off + i] = std * rng.nextGaussian();
            }
        }
        return w;
    }

    @Override
    public Plan ask(SgdState state) {
        int epoch = state.generation();
        SgdBreed breed = new SgdBreed(state.weights(), params.optimizer(), state.moments(), params.rate(epoch),
                params.weightDecay(), params.batchSize());
        return new Plan(epoch, breed, List.of(new Epoch(0, SplitMix64.key(seed, epoch, 0, Purpose.SHUFFLE))));
    }

    @Override
    public SgdState tell(SgdState state, Plan plan, double[] fitness) {
        throw new IllegalStateException("sgd needs the trained weights: tell it the evaluation's Trained results");
    }

    /** Keeps the trained weights and moments; the best are the weights of the best validation fitness so far. */
    @Override
    public SgdState tell(SgdState state, Plan plan, double[] fitness, Trained[] trained) {
        if (trained == null || trained[0] == null) {
            throw new IllegalStateException("the evaluation did not train the network");
        }
        Trained t = trained[0];
        int epoch = plan.generation();
        return new SgdState(epoch + 1, t.weights(), t.moments(), ((SgdBreed) plan.breed()).learningRate(), t.loss(),
                state.incumbent().challengedBy(t.weights(), fitness[0], epoch));
    }

    @Override
    public SgdState restore(StateView view) {
        return SgdState.of(view);
    }

    /** The learning rate and mean training loss of the epoch just trained. */
    @Override
    public List<String> diagnosticNames() {
        return List.of("learning_rate", "train_loss");
    }

    @Override
    public double[] diagnostics(SgdState state) {
        return new double[] {state.learningRate(), state.trainLoss()};
    }
}
