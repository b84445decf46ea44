package dev.neuroevo.bench;

import dev.neuroevo.TestJobs;
import dev.neuroevo.run.Job;
import dev.neuroevo.config.Settings;
import dev.neuroevo.eval.LocalEvaluator;
import dev.neuroevo.report.Progress;
import java.io.File;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * A job file run in this thread with no Spark at all, for the benchmark's in-process reference:
 * what the same generation loop, strategy and rollouts reach on one core when nothing schedules
 * them. Prints one JSON line: environment steps, loop seconds and steps per second.
 */
public final class InProcessRun {
    private InProcessRun() {
    }

    public static void main(String[] args) {
        Job job = TestJobs.fromFile(args[0]);
        TestJobs.Run r = TestJobs.run(job, new LocalEvaluator(job.task(), job.spec(), job.seed()));
        System.out.printf(Locale.ROOT, "{\"env_steps\": %d, \"loop_seconds\": %.3f, \"steps_per_second\": %.0f}%n",
                r.result().envSteps(), r.result().wallSeconds(), r.result().envSteps() / r.result().wallSeconds());
    }
}
