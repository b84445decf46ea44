package dev.neuroevo.report;

import java.io.PrintStream;
import java.util.Locale;

/**
 * The console: one line per generation (generation, best, mean, evaluations and steps per second,
 * elapsed time, and the time the generation budget still needs at the recent pace), other lines,
 * warnings, and the result. {@link Level#QUIET} keeps only warnings and results.
 */
public final class Progress {
    /** How much a run prints; {@code VERBOSE} adds Spark's own progress and per-partition timings. */
    public enum Level { QUIET, NORMAL, VERBOSE }

    /** Generations the time-left estimate averages over: recent enough to follow a slowing run. */
    private static final int PACE_WINDOW = 10;

    private final PrintStream out;
    private final PrintStream err;
    private final Level level;
    private final double[] recent = new double[PACE_WINDOW];
    private int seen;
    private int budget;

    public Progress(PrintStream out) {
        this(out, System.err, Level.NORMAL);
    }

    public Progress(PrintStream out, PrintStream err, Level level) {
        this.out = out;
        this.err = err;
        this.level = level;
    }

    public Level level() {
        return level;
    }

    /** The run's generation budget (stop.generations), from which the time left is estimated. */
    public void budget(int generations) {
        this.budget = generations;
    }

    public void generation(GenerationMetrics m, int population, long steps, double elapsed) {
        recent[seen++ % PACE_WINDOW] = m.seconds();
        if (level == Level.QUIET) {
            return;
        }
        double evalsPerSecond = m.seconds() > 0 ? population / m.seconds() : 0;
        double stepsPerSecond = m.seconds() > 0 ? steps / m.seconds() : 0;
        out.printf(Locale.ROOT, "gen %4d  best %11s  mean %11s  %9.0f evals/s  %7.2fM steps/s  %7.1f s%s%n",
                m.generation(), fitness(m.best()), fitness(m.mean()), evalsPerSecond, stepsPerSecond / 1e6, elapsed,
                left(m.generation() + 1));
        out.flush();
    }

    /** The time the generations left in the budget take at the mean pace of the last few; empty without a budget. */
    private String left(int done) {
        if (budget <= 0 || done >= budget) {
            return "";
        }
        int n = Math.min(seen, PACE_WINDOW);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += recent[i];
        }
        double s = sum / n * (budget - done);
        return s < 60 ? String.format(Locale.ROOT, "  %.1f s left", s)
                : s < 3600 ? String.format(Locale.ROOT, "  %d min %02d s left", (long) s / 60, (long) s % 60)
                : String.format(Locale.ROOT, "  %d h %02d min left", (long) s / 3600, (long) s % 3600 / 60);
    }

    /** Returns like 475.250 print fixed; tiny function values (CMA-ES near an optimum) in scientific notation. */
    private static String fitness(double f) {
        double a = Math.abs(f);
        return a != 0 && (a < 1e-2 || a >= 1e7) ? String.format(Locale.ROOT, "%.4e", f)
                : String.format(Locale.ROOT, "%.3f", f);
    }

    /** An informational line: not printed when quiet. */
    public void line(String text) {
        if (level != Level.QUIET) {
            out.println(text);
            out.flush();
        }
    }

    /** What the run came to: printed at every level. */
    public void result(String text) {
        out.println(text);
        out.flush();
    }

    /** On standard error, at every level. */
    public void warn(String text) {
        err.println("neuroevo: warning: " + text);
        err.flush();
    }
}
