package dev.neuroevo.strategy.cmaes;

import java.io.Serializable;

/**
 * How one (re)start of CMA-ES begins: its population (lambda), start point, initial step size, and
 * the most generations it may run ({@link #DEFAULT_MAX_ITER}: the formula of {@link Termination}).
 */
public record Launch(int population, double[] x0, double sigma0, int maxIter) implements Serializable {
    public static final int DEFAULT_MAX_ITER = Integer.MAX_VALUE;

    public Launch {
        x0 = x0.clone();
    }

    /** A launch with the default generation limit. */
    public static Launch of(int population, double[] x0, double sigma0) {
        return new Launch(population, x0, sigma0, DEFAULT_MAX_ITER);
    }
}
