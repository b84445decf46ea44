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
        out.printf(Locale.ROOT, "gen %4d  best %10.3f  mean %10.3f  %9.0f evals/s  %7.2fM steps/s  %7.1f s%n",
                m.generation(), m.best(), m.mean(), evalsPerSecond, stepsPerSecond / 1e6, elapsed);
        out.flush();
    }

    public void line(String text) {
        out.println(text);
        out.flush();
    }
}
