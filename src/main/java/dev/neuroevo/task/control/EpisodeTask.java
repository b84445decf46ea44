package dev.neuroevo.task.control;

import dev.neuroevo.network.Head;
import dev.neuroevo.network.NetworkInvoker;
import dev.neuroevo.network.NetworkSpec;
import dev.neuroevo.random.SplitMix64;
import dev.neuroevo.task.FinalEvaluation;
import dev.neuroevo.task.InputNormalizer;
import dev.neuroevo.task.ObservationStats;
import dev.neuroevo.task.Scorer;
import dev.neuroevo.task.Task;
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

    @Override
    public FinalEvaluation finalEvaluation(NetworkSpec spec, double[] weights, long seed) {
        return finalEvaluation(spec, weights, null, seed);
    }

    @Override
    public FinalEvaluation finalEvaluation(NetworkSpec spec, double[] weights, InputNormalizer normalizer, long seed) {
        Rollout rollout = new Rollout(spec, finalEpisodes);
        rollout.normalizer = normalizer;
        double[] returns = new double[finalEpisodes];
        for (int e = 0; e < finalEpisodes; e++) {
            returns[e] = rollout.episode(weights, SplitMix64.child(seed, e));
        }
        double mean = 0;
        for (double r : returns) {
            mean += r;
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
        fields.put("reward_threshold", envSpec().rewardThreshold());
        return new FinalEvaluation(fields, mean, mean >= envSpec().rewardThreshold(), returns, null, null);
    }

    /** Plays episodes with one environment, one forward-pass invoker and one action buffer. */
    private final class Rollout implements Scorer {
        private final Environment env = Environments.make(envId);
        private final NetworkInvoker net;
        private final int count;
        private final boolean discrete;
        private final double[] action;
        private final double[] low;
        private final double[] high;
        private final double[] normalized;
        private InputNormalizer normalizer;
        private ObservationStats.Accumulator observations;
        private long steps;

        Rollout(NetworkSpec spec, int count) {
            this.net = new NetworkInvoker(spec);
            this.count = count;
            ActionSpace space = env.spec().actionSpace();
            this.discrete = space.isDiscrete();
            this.action = new double[space.size()];
            this.low = space.low();
            this.high = space.high();
            this.normalized = new double[env.spec().observationSize()];
        }

        @Override
        public void normalizeInputs(InputNormalizer n) {
            normalizer = n;
            observations = new ObservationStats.Accumulator(normalized.length);
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
                total += episode(weights, SplitMix64.child(seed, e));
            }
            return total / count;
        }

        double episode(double[] weights, long seed) {
            double[] obs = env.reset(seed);
            double ret = 0;
            while (true) {
                double[] input = obs;
                if (normalizer != null) {
                    if (observations != null) {
                        observations.add(obs);
                    }
                    normalizer.apply(obs, normalized);
                    input = normalized;
                }
                if (discrete) {
                    env.step(net.argmax(weights, input));
                } else {
                    net.tanh(weights, input, action);
                    for (int j = 0; j < action.length; j++) {
                        action[j] = low[j] + (action[j] + 1) * 0.5 * (high[j] - low[j]);
                    }
                    env.step(action);
                }
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
