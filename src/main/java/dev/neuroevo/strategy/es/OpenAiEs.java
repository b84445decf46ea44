package dev.neuroevo.strategy.es;

import dev.neuroevo.optim.Moments;
import dev.neuroevo.random.Purpose;
import dev.neuroevo.random.SplitMix64;
import dev.neuroevo.strategy.Individual;
import dev.neuroevo.strategy.Plan;
import dev.neuroevo.strategy.Ranking;
import dev.neuroevo.strategy.StateView;
import dev.neuroevo.strategy.Strategy;
import java.util.ArrayList;
import java.util.List;

/**
 * OpenAI's evolution strategy (Salimans, Ho, Chen, Sidor and Sutskever 2017, "Evolution Strategies
 * as a Scalable Alternative to Reinforcement Learning"): perturb the mean theta with Gaussian
 * noise, optionally in antithetic pairs, shape the returns (centered ranks, or evostra's z-scores),
 * and step theta along {@code g = 1/(n sigma) sum_i w_i eps_i - weightDecay theta} with SGD,
 * momentum or Adam.
 *
 * <p>As in that paper's distributed version, no perturbation crosses the network: the broadcast is
 * theta and sigma, an individual ({@link Perturbation}) is a noise seed keyed by (run seed,
 * generation, pair, NOISE), a sign (+1 or -1; 0 for the mean) and its pair index, and the gradient's
 * noise sum regenerates the same noise from the seeds, so only fitness scalars come back. That sum
 * is formed by a {@link NoiseSum}: on the driver, or on the executors as partial sums combined by a
 * tree aggregation, where only the shaped weights go out. Individual 0 of every generation is theta itself, unperturbed: its
 * score is the run's reported best fitness (evostra screens its mean the same way), for one extra
 * evaluation in the same Spark job.
 */
public final class OpenAiEs implements Strategy<EsState> {
    private final long seed;
    private final EsOptions params;
    private final boolean[] biasMask;
    private final NoiseSum noiseSum;

    /** Sums the gradient's noise on the driver. */
    public OpenAiEs(long seed, EsOptions params, boolean[] biasMask) {
        this(seed, params, biasMask, NoiseSum.DRIVER);
    }

    public OpenAiEs(long seed, EsOptions params, boolean[] biasMask, NoiseSum noiseSum) {
        this.seed = seed;
        this.params = params;
        this.biasMask = biasMask.clone();
        this.noiseSum = noiseSum;
    }

    /** The same strategy with its gradient's noise summed by {@code sum}; the run is bit for bit the same. */
    public OpenAiEs withNoiseSum(NoiseSum sum) {
        return new OpenAiEs(seed, params, biasMask, sum);
    }

    @Override
    public String name() {
        return "es";
    }

    public EsOptions params() {
        return params;
    }

    /** Where the gradient's noise sum is formed. */
    public NoiseSum noiseSum() {
        return noiseSum;
    }

    @Override
    public EsState restore(StateView view) {
        return EsState.of(view);
    }

    /** Sigma and learning rate for the next generation, and the length of the step just taken. */
    @Override
    public List<String> diagnosticNames() {
        return List.of("sigma", "learning_rate", "update_norm");
    }

    @Override
    public double[] diagnostics(EsState state) {
        double sq = 0;
        if (state.incumbent().weights() != null) {
            for (int i = 0; i < state.theta().length; i++) {
                double d = state.theta()[i] - state.incumbent().weights()[i];
                sq += d * d;
            }
        }
        return new double[] {state.sigma(), state.learningRate(), Math.sqrt(sq)};
    }

    /** Theta starts N(0, initStd) on the weights and zero on the biases; initStd 0 gives zeros. */
    @Override
    public EsState init() {
        double[] theta = new double[biasMask.length];
        if (params.initStd() > 0) {
            SplitMix64 rng = new SplitMix64(SplitMix64.key(seed, 0, 0, Purpose.INIT));
            for (int i = 0; i < theta.length; i++) {
                theta[i] = biasMask[i] ? 0 : params.initStd() * rng.nextGaussian();
            }
        }
        return new EsState(0, theta, params.optimizer().init(theta.length), params.learningRate(), params.sigma(),
                null, Double.NEGATIVE_INFINITY);
    }

    /** The mean the next generation perturbs (the incumbent is the one this generation scored). */
    @Override
    public List<double[]> candidates(EsState state, Plan plan, double[] fitness, int count) {
        return List.of(state.theta());
    }

    @Override
    public Plan ask(EsState state) {
        int g = state.generation();
        List<Individual> individuals = new ArrayList<>(params.population() + 1);
        individuals.add(Perturbation.mean(0));
        for (int k = 0; k < params.population(); k++) {
            int pair = pair(k);
            // with common random numbers both members of a pair play the episodes of its first (id 2 pair + 1)
            int episodes = params.mirrored() && params.commonRandomNumbers() ? 2 * pair + 1 : k + 1;
            individuals.add(new Perturbation(k + 1, noiseSeed(g, pair), sign(k), pair, episodes));
        }
        return new Plan(g, new EsBreed(state.theta(), state.sigma()), individuals);
    }

    /** The step from the perturbations' fitness; {@code fitness[0]}, the mean's, becomes the reported best. */
    @Override
    public EsState tell(EsState state, Plan plan, double[] fitness) {
        int n = params.population();
        double[] perturbed = new double[n];
        System.arraycopy(fitness, 1, perturbed, 0, n);
        double[] g = gradient(plan.generation(), state.sigma(), params.shaping().weights(perturbed));
        double[] theta = state.theta();
        // The shared optimizers descend; ascending the fitness is descending its negation, and
        // negating is exact, so theta moves by the same bits as an ascent rule would move it.
        for (int i = 0; i < g.length; i++) {
            g[i] = -g[i];
        }
        double[] next = theta.clone();
        Moments moments = state.moments().copy();
        params.optimizer().step(next, g, moments, state.learningRate(), params.weightDecay());
        double lr = Math.max(params.lrMin(), state.learningRate() * params.lrDecay());
        double sigma = Math.max(params.sigmaMin(), state.sigma() * params.sigmaDecay());
        return new EsState(plan.generation() + 1, next, moments, lr, sigma, theta, fitness[0]);
    }

    /** The goal is met when theta itself, individual 0, scores it (evostra's rule), not a lucky perturbation. */
    @Override
    public double goalFitness(Plan plan, double[] fitness) {
        return Ranking.rankable(fitness[0]);
    }

    /**
     * {@code 1/(n sigma) sum_i w_i a_i eps_pair(i)} over the n perturbations of generation {@code g},
     * each eps regenerated from its seed; a mirrored pair's eps is drawn once, weighted
     * {@code w+ - w-}.
     */
    private double[] gradient(int generation, double sigma, double[] weights) {
        int n = weights.length;
        double[] c = new double[params.mirrored() ? n / 2 : n];
        for (int p = 0; p < c.length; p++) {
            c[p] = (params.mirrored() ? weights[2 * p] - weights[2 * p + 1] : weights[p]) / (n * sigma);
        }
        return noiseSum.sum(new WeightedNoise(seed, generation, c, biasMask.length));
    }

    private long noiseSeed(int generation, int pair) {
        return WeightedNoise.seed(seed, generation, pair);
    }

    private int pair(int k) {
        return params.mirrored() ? k / 2 : k;
    }

    private int sign(int k) {
        return params.mirrored() && k % 2 == 1 ? -1 : 1;
    }
}
