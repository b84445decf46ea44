package dev.neuroevo;

import com.typesafe.config.ConfigFactory;
import dev.neuroevo.config.Settings;
import dev.neuroevo.eval.Evaluator;
import dev.neuroevo.eval.LocalEvaluator;
import dev.neuroevo.report.GenerationMetrics;
import dev.neuroevo.report.Progress;
import dev.neuroevo.report.RunReport;
import dev.neuroevo.run.Experiment;
import dev.neuroevo.run.Job;
import dev.neuroevo.run.RunResult;
import dev.neuroevo.task.FinalEvaluation;
import dev.neuroevo.task.InputNormalizer;
import dev.neuroevo.wiring.Wiring;
import java.io.File;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;

/** Small jobs for tests, written as HOCON like a job file, and runs of them that keep their metrics. */
public final class TestJobs {
    public static final Progress QUIET = new Progress(new PrintStream(OutputStream.nullOutputStream()));

    private TestJobs() {
    }

    public static Job job(String hocon, String... overrides) {
        Wiring w = wiring(hocon, overrides);
        return w.job(w.task());
    }

    public static Wiring wiring(String hocon, String... overrides) {
        return Wiring.of(Settings.of(ConfigFactory.parseString(hocon), List.of(overrides)));
    }

    /** The job a job file describes (it must read no data set). */
    public static Job fromFile(String path, String... overrides) {
        Wiring w = Wiring.of(Settings.load(new File(path), List.of(overrides)));
        return w.job(w.task());
    }

    /** The job as `neuroevo run` wires it to a Spark context (ES may sum its gradient on the executors). */
    public static Job onCluster(JavaSparkContext jsc, String hocon, String... overrides) {
        Wiring w = wiring(hocon, overrides);
        return w.onCluster(w.job(w.task()), jsc);
    }

    /** A finished run and the metrics it recorded. */
    public record Run(RunResult result, List<GenerationMetrics> metrics) {
        public String stopReason() {
            return result.stopReason();
        }

        public double[] bestWeights() {
            return result.bestWeights();
        }

        public double bestFitness() {
            return result.bestFitness();
        }

        public InputNormalizer bestNormalizer() {
            return result.bestNormalizer();
        }

        public FinalEvaluation finalEvaluation() {
            return result.finalEvaluation();
        }
    }

    public static Run run(Job job, Evaluator evaluator) {
        RunReport report = new RunReport(null, QUIET);
        RunResult r = new Experiment(job, evaluator, report).run();
        return new Run(r, report.metrics().rows());
    }

    /** The job run in this thread, without Spark. */
    public static Run run(Job job) {
        return run(job, new LocalEvaluator(job.task(), job.spec(), job.seed()));
    }
}
