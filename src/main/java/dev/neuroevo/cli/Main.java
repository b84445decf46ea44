package dev.neuroevo.cli;

import dev.neuroevo.api.RecordedRun;
import dev.neuroevo.checkpoint.CheckpointStore;
import dev.neuroevo.config.ConfigError;
import dev.neuroevo.config.Settings;
import dev.neuroevo.eval.Evaluator;
import dev.neuroevo.eval.IndividualFailure;
import dev.neuroevo.eval.LocalEvaluator;
import dev.neuroevo.network.MatrixThreads;
import dev.neuroevo.report.Progress;
import dev.neuroevo.report.RunOutput;
import dev.neuroevo.run.Job;
import dev.neuroevo.run.StorageError;
import dev.neuroevo.spark.PartitionTimings;
import dev.neuroevo.wiring.Wiring;
import java.io.File;
import java.io.PrintStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code neuroevo run JOB.conf [--set key=value ...] [--master URL] [--output URI] [--jars a.jar,...]}
 * [--restart], {@code neuroevo check JOB.conf [--set key=value ...]}, {@code neuroevo checkpoints OUTPUT},
 * {@code neuroevo report OUTPUT ...}, and {@link Evaluate evaluate} and {@link Render render} of a saved model.
 */
@Command(name = "neuroevo", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        description = "Trains neural networks by neuroevolution on Apache Spark.",
        subcommands = {Main.Run.class, Main.Check.class, Main.Checkpoints.class, Report.class, Evaluate.class,
            Render.class})
public final class Main implements Callable<Integer> {

    @Override
    public Integer call() {
        CommandLine.usage(this, System.err);
        return ExitCode.BAD_INPUT;
    }

    public static void main(String[] args) {
        ExitRule.end(execute(args, System.out, System.err));
    }

    /** Runs the command line; returns the exit code instead of exiting (tests call this). */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new java.io.PrintWriter(out, true));
        cli.setErr(new java.io.PrintWriter(err, true));
        cli.setExitCodeExceptionMapper(e -> ExitCode.BAD_INPUT);
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("neuroevo: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((e, c, p) -> {
            if (e instanceof ConfigError) {
                err.println("neuroevo: " + e.getMessage());
                return ExitCode.BAD_INPUT;
            }
            StorageError storage = causeOf(e, StorageError.class);
            if (storage != null) {
                err.println("neuroevo: storage: " + storage.getMessage());
                return ExitCode.STORAGE;
            }
            IndividualFailure failure = causeOf(e, IndividualFailure.class);
            if (failure != null) {
                err.println("neuroevo: " + failure.getMessage());
                return ExitCode.TASK_FAILED;
            }
            err.println("neuroevo: run failed: " + e);
            e.printStackTrace(err);
            return ExitCode.FAILED;
        });
        Run.stdout = out;
        Run.stderr = err;
        return cli.execute(args);
    }

    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    @Command(name = "run", mixinStandardHelpOptions = true, description = "Runs an experiment described by a job file.")
    static final class Run implements Callable<Integer> {
        static PrintStream stdout = System.out;
        static PrintStream stderr = System.err;

        @Parameters(index = "0", paramLabel = "JOB.conf", description = "The job file (HOCON), e.g. jobs/cartpole-ga.conf; a path or a Hadoop URI.")
        String job;

        @Option(names = "--set", paramLabel = "key=value", description = "Overrides a setting; may repeat.")
        List<String> overrides = new ArrayList<>();

        @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: spark-submit's, else local[*]).")
        String master;

        @Option(names = "--output", paramLabel = "URI", description = "Output directory on any Hadoop file system (default: runs/<job name>).")
        String output;

        @Option(names = "--jars", paramLabel = "a.jar,b.jar", split = ",", description = "Jars shipped to the executors (a user's fitness class).")
        List<String> jars = new ArrayList<>();

        @Option(names = "--quiet", description = "Prints only warnings and the final line.")
        boolean quiet;

        @Option(names = "--verbose", description = "Adds Spark's own progress bar and each partition's task time per Spark job.")
        boolean verbose;

        @Option(names = "--restart", description = "Discards the output's earlier run (its checkpoints and outputs) instead of resuming it.")
        boolean restart;

        @Override
        public Integer call() {
            Settings settings = JobFile.load(job, overrides);
            useJars();
            Wiring wiring = Wiring.of(settings);
            // A task that reads a data set learns its inputs and outputs from the data, which needs Spark:
            // before Spark starts only the settings are checked.
            Job checked = wiring.readsData() ? null : wiring.job(wiring.task());
            if (quiet && verbose) {
                throw new ConfigError("--quiet and --verbose: choose one");
            }
            SparkConf conf = RunSparkConf.of(wiring.name(), master, jars, verbose);
            Progress progress = new Progress(stdout, stderr,
                    quiet ? Progress.Level.QUIET : verbose ? Progress.Level.VERBOSE : Progress.Level.NORMAL);
            progress.line("neuroevo: job " + wiring.name() + " (" + job + "), the settings that apply:");
            progress.line(settings.render(wiring.applied()).strip().replaceAll("(?m)^", "  "));
            try (JavaSparkContext jsc = new JavaSparkContext(conf)) {
                jsc.setLogLevel("WARN");
                if (verbose) {
                    PartitionTimings.attach(jsc, progress::line);
                }
                MatrixThreads.bound(jsc.getConf().getInt("spark.task.cpus", 1));
                Job built = wiring.onCluster(checked != null ? checked
                        : wiring.job(wiring.supervised(SparkSession.builder().sparkContext(jsc.sc()).getOrCreate())),
                        jsc);
                RunOutput out = new RunOutput(output != null ? output : "runs/" + built.name(), jsc.hadoopConfiguration());
                // on a local master's threads no Spark job reports the partitions' times: the evaluator does
                // (a lambda capturing the context would put a Spark type in this class's methods, which --help reflects on)
                String app = jsc.appName();
                UnaryOperator<Evaluator> timed = e -> verbose && e instanceof LocalEvaluator local
                        ? local.printingTimes(app, progress::line) : e;
                if (RecordedRun.run(settings, wiring, built, jsc, out, restart, progress, timed) == null) {
                    return ExitCode.OK;
                }
                progress.line("outputs in " + out.location());
            }
            return ExitCode.OK;
        }

        /** Lets the driver load a user's classes from the --jars it will ship to the executors. */
        private void useJars() {
            if (jars.isEmpty()) {
                return;
            }
            URL[] urls = new URL[jars.size()];
            for (int i = 0; i < urls.length; i++) {
                File jar = new File(jars.get(i));
                if (!jar.isFile()) {
                    throw new ConfigError("--jars: '" + jars.get(i) + "' does not exist");
                }
                try {
                    urls[i] = jar.toURI().toURL();
                } catch (MalformedURLException e) {
                    throw new ConfigError("--jars: '" + jars.get(i) + "' is not a valid path");
                }
            }
            Thread.currentThread().setContextClassLoader(new URLClassLoader(urls, Main.class.getClassLoader()));
        }
    }

    @Command(name = "checkpoints", mixinStandardHelpOptions = true,
            description = "Lists the checkpoints of an output: generation, time written, size, and whether it is valid.")
    static final class Checkpoints implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "OUTPUT", description = "A run's output directory (any Hadoop path).")
        String output;

        @Override
        public Integer call() {
            RunOutput out = RunOutput.existing(output, HadoopProperties.configuration());
            List<CheckpointStore.Entry> entries = new CheckpointStore(out, "").list();
            Run.stdout.printf("%10s  %-27s %14s  %s%n", "generation", "written", "bytes", "valid");
            for (CheckpointStore.Entry e : entries) {
                Run.stdout.printf(Locale.ROOT, "%10d  %-27s %,14d  %s%n", e.generation(),
                        e.written() == null ? "-" : e.written(), e.bytes(),
                        e.valid() ? "yes" + (e.finished() ? " (end of run)" : "") : "no: " + e.problem());
            }
            if (entries.isEmpty()) {
                Run.stdout.println("# no checkpoints in " + out.location());
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Checks a job file without running it; prints the settings that apply to its task and strategy.")
    static final class Check implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "JOB.conf", description = "The job file (HOCON); a path or a Hadoop URI.")
        String job;

        @Option(names = "--set", paramLabel = "key=value", description = "Overrides a setting; may repeat.")
        List<String> overrides = new ArrayList<>();

        @Override
        public Integer call() {
            Settings settings = JobFile.load(job, overrides);
            Wiring wiring = Wiring.of(settings);
            if (!wiring.readsData()) {
                wiring.job(wiring.task());
            }
            Run.stdout.print(settings.render(wiring.applied()));
            Run.stdout.println("# " + job + ": valid" + (wiring.readsData()
                    ? " (the data set is read, and the network's size checked against it, when the job runs)" : ""));
            return ExitCode.OK;
        }
    }
}
