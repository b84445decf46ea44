package dev.neuroevo.strategy.es;

import dev.neuroevo.config.ConfigError;
import dev.neuroevo.config.Settings;

/**
 * The fixed settings of an OpenAI-ES run. {@code population} counts perturbations (pairs times two
 * when mirrored); the mean is scored besides them. Learning rate and sigma shrink by their decay
 * factor after every generation, down to their floors.
 */
public record EsParams(int population, boolean mirrored, Shaping shaping, Optimizer optimizer, double learningRate,
                       double lrDecay, double lrMin, double sigma, double sigmaDecay, double sigmaMin,
                       double weightDecay, double initStd) {

    public EsParams {
        if (population < 2 || (mirrored && population % 2 != 0)) {
            throw new IllegalArgumentException("need population >= 2, and even when mirrored: " + population);
        }
    }

    public static EsParams of(Settings s) {
        int population = s.integer("strategy.population");
        boolean mirrored = s.bool("es.mirrored");
        if (mirrored && population % 2 != 0) {
            throw new ConfigError("setting 'strategy.population' must be even when es.mirrored = true (antithetic pairs), got "
                    + population);
        }
        return new EsParams(population, mirrored, Shaping.of(s.string("es.shaping")), optimizer(s),
                s.number("es.learning-rate"), s.number("es.lr-decay"), s.number("es.lr-min"), s.number("es.sigma"),
                s.number("es.sigma-decay"), s.number("es.sigma-min"), s.number("es.weight-decay"),
                s.number("network.init-std"));
    }

    private static Optimizer optimizer(Settings s) {
        String name = s.string("es.optimizer");
        return switch (name) {
            case "sgd" -> new Sgd();
            case "momentum" -> new Momentum(belowOne(s, "es.momentum"));
            case "adam" -> new Adam(belowOne(s, "es.beta1"), belowOne(s, "es.beta2"));
            default -> throw new ConfigError("setting 'es.optimizer' names no known optimizer: '" + name + "'");
        };
    }

    private static double belowOne(Settings s, String key) {
        double v = s.number(key);
        if (v >= 1) {
            throw new ConfigError("setting '" + key + "' must be below 1, got " + v);
        }
        return v;
    }
}
