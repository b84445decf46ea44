package dev.neuroevo.strategy.ga;

/**
 * The fixed settings of a GA run: population, elites copied unchanged, parents selected (by
 * truncation, or tournaments of {@code tournamentSize}), crossover, and Gaussian mutation of
 * standard deviation {@code sigma} applied to each weight with probability {@code rate}; initial
 * weights are N(0, initStd), biases zero.
 */
public record GaOptions(int population, int elites, int parents, Selection selection, int tournamentSize,
                        Crossover crossover, double sigma, double rate, double initStd) {

    public GaOptions {
        if (population < 2 || elites < 0 || elites >= population || parents < 1 || tournamentSize < 1
                || (selection == Selection.TRUNCATION && parents > population)) {
            throw new IllegalArgumentException("need population >= 2, 0 <= elites < population, parents >= 1"
                    + " (at most population with truncation), tournament size >= 1");
        }
    }

    /** The elitist GA of Such et al. 2017: keep the best; every other individual is a Gaussian mutant of it. */
    public static GaOptions elitist(int population, double sigma, double initStd) {
        return new GaOptions(population, 1, 1, Selection.TRUNCATION, 1, Crossover.NONE, sigma, 1.0, initStd);
    }
}
