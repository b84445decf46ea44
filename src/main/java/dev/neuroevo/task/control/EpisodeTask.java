package dev.neuroevo.task.control;

import dev.neuroevo.network.Head;
import dev.neuroevo.network.NetworkSpec;
import dev.neuroevo.random.SplitMix64;
import dev.neuroevo.task.FinalEvaluation;
import dev.neuroevo.task.InputNormalizer;
import dev.neuroevo.task.ObservationStats;
import dev.neuroevo.task.Scorer;
import dev.neuroevo.task.StandardError;
import dev.neuroevo.task.Task;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fitness is the mean undiscounted return over {@code episodes} episodes of an environment, each
 * started from its own seed derived from the evaluation's seed.
 */
public final class EpisodeTask implements Task {
    private final String envId;
    private final int episodes;
    private final int finalEpisodes;

    public EpisodeTask(String envId, int episodes, int finalEpisodes) {
        Environments.spec(envId);
        this.envId = envId;
        this.episodes = episodes;
        this.finalEpisodes = finalEpisodes;
    }

    public EnvSpec envSpec() {
        return Environments.spec(envId);
    }

    @Override
    public String id() {
        return envId;
    }

    @Override
    public int inputs() {
        return envSpec().observationSize();
    }

    @Override
    public int outputs() {
        return envSpec().actionSpace().size();
    }

    @Override
    public Head head() {
        return envSpec().actionSpace().isDiscrete() ? Head.ARGMAX : Head.TANH;
    }

    @Override
    public Scorer scorer(NetworkSpec spec) {
        return new Rollout(spec, episodes);
    }

    /** Plays {@code evaluations} episodes per network, seeded as training's are, from the seed it is given. */
    @Override
    public Scorer reassessor(NetworkSpec spec, int evaluations) {
        return new Rollout(spec, evaluations);
    }

    @Override
    public FinalEvaluation finalEvaluation(NetworkSpec spec, double[] weights, long seed) {
        return finalEvaluation(spec, weights, null, seed);
    }

    /**
     * {@code finalEpisodes} episodes seeded as Gymnasium's {@code reset(seed=seed)} then {@code reset()}:
     * the first from the seed, each next one from the environment's generator as it stands, so that
     * {@code neuroevo evaluate --seed} (and Gymnasium itself) replays them from the seed alone.
     */
    @Override
    public FinalEvaluation finalEvaluation(NetworkSpec spec, double[] weights, InputNormalizer normalizer, long seed) {
        Rollout rollout = new Rollout(spec, finalEpisodes);
        rollout.policy.normalizeInputs(normalizer);
        double[] returns = new double[finalEpisodes];
        for (int e = 0; e < finalEpisodes; e++) {
            returns[e] = rollout.play(weights, e == 0 ? rollout.env.reset(seed) : rollout.env.reset());
        }
        double mean = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double r : returns) {
            mean += r;
            min = Math.min(min, r);
            max = Math.max(max, r);
        }
        mean /= finalEpisodes;
        double var = 0;
        for (double r : returns) {
            var += (r - mean) * (r - mean);
        }
        double std = Math.sqrt(var / finalEpisodes);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("episodes", finalEpisodes);
        fields.put("mean_return", mean);
        fields.put("std_return", std);
        double error = StandardError.ofMean(returns, finalEpisodes);
        fields.put("standard_error", Double.isNaN(error) ? null : error);
        fields.put("reward_threshold", envSpec().rewardThreshold());
        fields.put("min_return", min);
        fields.put("max_return", max);
        // unsigned, as Gymnasium reads it: reset(seed=...) in Python takes this number as it is
        fields.put("seed", new BigInteger(Long.toUnsignedString(seed)));
        return new FinalEvaluation(fields, mean, mean >= envSpec().rewardThreshold(), returns, null, null);
    }

    /** Plays episodes with one environment and one policy. */
    private final class Rollout implements Scorer {
        private final Environment env = Environments.make(envId);
        private final Policy policy;
        private final int count;
        private final double[] returns;
        private ObservationStats.Accumulator observations;
        private long steps;

        Rollout(NetworkSpec spec, int count) {
            this.policy = new Policy(spec, env.spec());
            this.count = count;
            this.returns = new double[count];
        }

        @Override
        public void normalizeInputs(InputNormalizer n) {
            policy.normalizeInputs(n);
            observations = new ObservationStats.Accumulator(env.spec().observationSize());
        }

        @Override
        public ObservationStats lastObservations() {
            return observations == null ? null : observations.snapshot();
        }

        @Override
        public double score(double[] weights, long seed) {
            steps = 0;
            if (observations != null) {
                observations.clear();
            }
            double total = 0;
            for (int e = 0; e < count; e++) {
                returns[e] = play(weights, env.reset(SplitMix64.child(seed, e)));
                total += returns[e];
            }
            return total / count;
        }

        @Override
        public double lastStandardError() {
            return StandardError.ofMean(returns, count);
        }

        /** The return of the episode that {@code obs}, just reset, starts. */
        double play(double[] weights, double[] obs) {
            double ret = 0;
            while (true) {
                if (observations != null) {
                    observations.add(obs);
                }
                policy.act(env, weights, obs);
                ret += env.reward();
                if (env.terminated() || env.truncated()) {
                    break;
                }
            }
            steps += env.elapsedSteps();
            return ret;
        }

        @Override
        public long lastSteps() {
            return steps;
        }
    }
}
