package dev.neuroevo.report;

import dev.neuroevo.run.GenerationRecord;
import java.util.Locale;

/**
 * One line of metrics.csv: the generation's fitness statistics (population standard deviation),
 * cumulative evaluations and environment steps, its wall time, how many fitness values were NaN or
 * infinite, and the strategy's diagnostics.
 */
public record GenerationMetrics(int generation, double best, double mean, double std, double min,
                                long evaluations, long envSteps, double seconds, int nonfinite,
                                double[] diagnostics) {

    public static GenerationMetrics of(GenerationRecord r) {
        double best = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        double sum = 0;
        int nonfinite = 0;
        for (double f : r.fitness()) {
            best = Math.max(best, f);
            min = Math.min(min, f);
            sum += f;
            nonfinite += Double.isFinite(f) ? 0 : 1;
        }
        double mean = sum / r.fitness().length;
        double ss = 0;
        for (double f : r.fitness()) {
            ss += (f - mean) * (f - mean);
        }
        return new GenerationMetrics(r.generation(), best, mean, Math.sqrt(ss / r.fitness().length), min,
                r.evaluations(), r.envSteps(), r.seconds(), nonfinite, r.diagnostics());
    }

    /** The row in the order of {@link MetricsTable#header}. */
    public String csv() {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%d,%s,%s,%s,%s,%d,%d,%.4f,%d", generation,
                best, mean, std, min, evaluations, envSteps, seconds, nonfinite));
        for (double d : diagnostics) {
            b.append(',').append(d);
        }
        return b.toString();
    }

    /** The fitness columns only: what must not depend on where or how fast the run went. */
    public String fitnessColumns() {
        return String.format(Locale.ROOT, "%d,%s,%s,%s,%s,%d,%d", generation, best, mean, std, min, evaluations,
                envSteps);
    }
}
