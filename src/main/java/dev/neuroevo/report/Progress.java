package dev.neuroevo.report;

import java.io.PrintStream;
import java.util.Locale;

/** One console line per generation: generation, best, mean, evaluations per second, elapsed time. */
public final class Progress {
    private final PrintStream out;

    public Progress(PrintStream out) {
        this.out = out;
    }

    public void generation(GenerationMetrics m, int population, long steps, double elapsed) {
        double evalsPerSecond = m.seconds() > 0 ? population / m.seconds() : 0;
        double stepsPerSecond = m.seconds() > 0 ? steps / m.seconds() : 0;
        out.printf(Locale.ROOT, "gen %4d  best %11s  mean %11s  %9.0f evals/s  %7.2fM steps/s  %7.1f s%n",
                m.generation(), fitness(m.best()), fitness(m.mean()), evalsPerSecond, stepsPerSecond / 1e6, elapsed);
        out.flush();
    }

    /** Returns like 475.250 print fixed; tiny function values (CMA-ES near an optimum) in scientific notation. */
    private static String fitness(double f) {
        double a = Math.abs(f);
        return a != 0 && (a < 1e-2 || a >= 1e7) ? String.format(Locale.ROOT, "%.4e", f)
                : String.format(Locale.ROOT, "%.3f", f);
    }

    public void line(String text) {
        out.println(text);
        out.flush();
    }
}
