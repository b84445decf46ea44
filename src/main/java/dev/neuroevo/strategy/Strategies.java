package dev.neuroevo.strategy;

import dev.neuroevo.config.ConfigError;
import dev.neuroevo.config.Settings;
import dev.neuroevo.network.NetworkSpec;
import dev.neuroevo.strategy.cmaes.CmaOptions;
import dev.neuroevo.strategy.es.EsParams;
import dev.neuroevo.strategy.es.OpenAiEs;
import dev.neuroevo.strategy.ga.Crossover;
import dev.neuroevo.strategy.ga.CrossoverBreeder;
import dev.neuroevo.strategy.ga.GaussianMutation;
import dev.neuroevo.strategy.ga.GeneticAlgorithm;
import dev.neuroevo.strategy.ga.Selection;
import java.util.LinkedHashMap;
import java.util.Map;

/** The registry of strategies by the name a job gives in {@code strategy.name}. */
public final class Strategies {

    /** Builds a strategy from the settings, for networks of a given spec. */
    @FunctionalInterface
    public interface Factory {
        Strategy<? extends StrategyState> create(Settings s, NetworkSpec spec, long seed);
    }

    private static final Map<String, Factory> REGISTRY = new LinkedHashMap<>();

    static {
        REGISTRY.put("elitist", (s, spec, seed) -> GeneticAlgorithm.elitist(seed, s.integer("strategy.population"),
                s.number("mutation.sigma"), spec.biasMask(), s.number("network.init-std")));
        REGISTRY.put("ga", Strategies::ga);
        REGISTRY.put("es", (s, spec, seed) -> new OpenAiEs(seed, EsParams.of(s), spec.biasMask()));
        REGISTRY.put("cmaes", (s, spec, seed) -> CmaOptions.of(s, spec.parameterCount()).strategy(seed, false));
        REGISTRY.put("sep-cmaes", (s, spec, seed) -> CmaOptions.of(s, spec.parameterCount()).strategy(seed, true));
    }

    private Strategies() {
    }

    private static GeneticAlgorithm ga(Settings s, NetworkSpec spec, long seed) {
        int population = s.integer("strategy.population");
        int elites = s.integer("ga.elites");
        if (elites >= population) {
            throw new ConfigError("setting 'ga.elites' must be below strategy.population (" + population + "), got "
                    + elites);
        }
        String crossover = s.string("ga.crossover");
        GaussianMutation mutation = new GaussianMutation(s.number("mutation.sigma"), s.number("mutation.rate"));
        boolean crosses = !crossover.equals("none");
        return new GeneticAlgorithm("ga", seed, population, elites, s.integer("ga.parents"),
                Selection.of(s.string("ga.selection")), s.integer("ga.tournament-size"), crosses,
                crosses ? new CrossoverBreeder(Crossover.of(crossover), mutation) : mutation,
                spec.biasMask(), s.number("network.init-std"));
    }

    public static Strategy<? extends StrategyState> create(Settings s, NetworkSpec spec) {
        String name = s.string("strategy.name");
        Factory f = REGISTRY.get(name);
        if (f == null) {
            throw new ConfigError("setting 'strategy.name' names no known strategy: '" + name + "'; known: "
                    + String.join(", ", REGISTRY.keySet()));
        }
        return f.create(s, spec, s.longValue("run.seed"));
    }
}
