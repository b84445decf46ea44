package dev.neuroevo.report;

import java.util.Locale;

/** One line of metrics.csv. */
public record GenerationMetrics(int generation, double best, double mean, double std, double min,
                                long evaluations, long envSteps, double seconds) {

    public static final String HEADER = "generation,best,mean,std,min,evaluations,env_steps,seconds";

    /** Statistics of one generation's fitness values (population standard deviation). */
    public static GenerationMetrics of(int generation, double[] fitness, long evaluations, long envSteps,
                                       double seconds) {
        double best = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        double sum = 0;
        for (double f : fitness) {
            best = Math.max(best, f);
            min = Math.min(min, f);
            sum += f;
        }
        double mean = sum / fitness.length;
        double ss = 0;
        for (double f : fitness) {
            ss += (f - mean) * (f - mean);
        }
        return new GenerationMetrics(generation, best, mean, Math.sqrt(ss / fitness.length), min, evaluations,
                envSteps, seconds);
    }

    public String csv() {
        return String.format(Locale.ROOT, "%d,%s,%s,%s,%s,%d,%d,%.4f", generation, best, mean, std, min,
                evaluations, envSteps, seconds);
    }

    /** The fitness columns only: what must not depend on where or how fast the run went. */
    public String fitnessColumns() {
        return String.format(Locale.ROOT, "%d,%s,%s,%s,%s,%d,%d", generation, best, mean, std, min, evaluations,
                envSteps);
    }
}
