package dev.neuroevo.cli;

import dev.neuroevo.config.ConfigError;
import dev.neuroevo.config.Settings;
import dev.neuroevo.wiring.Wiring;
import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * The spark-submit command of {@code bin/neuroevo submit [spark-submit options] JOB.conf [neuroevo options]}:
 * options before the job file are spark-submit's, those after it go to {@code neuroevo run}. The job is
 * checked here (bad input exits 2 before anything is submitted), and its effective configuration, includes
 * resolved, is what ships with {@code --files}: an include would not be found on the cluster.
 */
final class SubmitCommand {
    static final String MAIN_CLASS = "dev.neuroevo.cli.Main";
    /** spark-submit options that take no value. */
    private static final Set<String> FLAGS = Set.of("--verbose", "-v", "--supervise", "--load-spark-defaults");
    private static final String USAGE = "usage: bin/neuroevo submit [spark-submit options] JOB.conf [neuroevo run options]";

    final List<String> sparkOptions = new ArrayList<>();
    final String job;
    final List<String> runOptions = new ArrayList<>();

    SubmitCommand(List<String> args) {
        int i = 0;
        while (i < args.size() && args.get(i).startsWith("-")) {
            String option = args.get(i++);
            sparkOptions.add(option);
            if (!option.contains("=") && !FLAGS.contains(option)) {
                if (i == args.size()) {
                    throw new ConfigError("spark-submit option " + option + " needs a value; " + USAGE);
                }
                sparkOptions.add(args.get(i++));
            }
        }
        if (i == args.size()) {
            throw new ConfigError("no job file; " + USAGE);
        }
        job = args.get(i++);
        runOptions.addAll(args.subList(i, args.size()));
        for (String o : runOptions) {
            if (o.equals("--master") || o.startsWith("--master=") || o.equals("--jars") || o.startsWith("--jars=")) {
                throw new ConfigError(o.replaceFirst("=.*", "") + " is spark-submit's: give it before the job file");
            }
        }
    }

    /** The value of a spark-submit option ({@code --name value} or {@code --name=value}), or null. */
    String option(String name) {
        String value = null;
        for (int i = 0; i < sparkOptions.size(); i++) {
            String o = sparkOptions.get(i);
            if (o.equals(name) && i + 1 < sparkOptions.size()) {
                value = sparkOptions.get(i + 1);
            } else if (o.startsWith(name + "=")) {
                value = o.substring(name.length() + 1);
            }
        }
        return value;
    }

    /** A Spark setting given with --conf, or null. */
    String conf(String key) {
        String value = null;
        for (int i = 0; i < sparkOptions.size(); i++) {
            String o = sparkOptions.get(i);
            String kv = o.equals("--conf") && i + 1 < sparkOptions.size() ? sparkOptions.get(i + 1)
                    : o.startsWith("--conf=") ? o.substring("--conf=".length()) : null;
            if (kv != null && kv.startsWith(key + "=")) {
                value = kv.substring(key.length() + 1);
            }
        }
        return value;
    }

    String deployMode() {
        String mode = option("--deploy-mode");
        mode = mode != null ? mode : conf("spark.submit.deployMode");
        return mode != null ? mode : "client";
    }

    String master() {
        String master = option("--master");
        return master != null ? master : conf("spark.master");
    }

    /** The neuroevo run options' overrides (--set), to check the job as it will run. */
    List<String> overrides() {
        List<String> sets = new ArrayList<>();
        for (int i = 0; i < runOptions.size(); i++) {
            if (runOptions.get(i).equals("--set") && i + 1 < runOptions.size()) {
                sets.add(runOptions.get(i + 1));
            } else if (runOptions.get(i).startsWith("--set=")) {
                sets.add(runOptions.get(i).substring("--set=".length()));
            }
        }
        return sets;
    }

    /** True when the job file is on a remote file system (hdfs://, s3a://): the driver reads it there. */
    boolean remoteJob() {
        try {
            String scheme = new URI(job).getScheme();
            return scheme != null && scheme.length() > 1 && !scheme.equals("file");
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /**
     * Checks the job and writes its effective configuration into {@code dir}; returns the command.
     * {@code sparkDefaults} is conf/spark-defaults.conf: each of its settings is passed unless given.
     */
    List<String> build(String sparkSubmit, Path jobJar, Path sparkDefaults, Path dir) {
        Settings asRun = JobFile.load(job, overrides());
        Wiring wiring = Wiring.of(asRun);
        if (!wiring.readsData()) {
            wiring.job(wiring.task());
        }
        if (!Files.isRegularFile(jobJar)) {
            throw new ConfigError("job jar '" + jobJar + "' does not exist (mvn -B -DskipTests package builds it)");
        }
        Path effective;
        try {
            effective = dir.resolve(fileName());
            Files.writeString(effective, "# " + job + " with its includes resolved, by bin/neuroevo submit\n"
                    + JobFile.load(job, List.of()).render());
        } catch (IOException e) {
            throw new ConfigError("cannot write the effective configuration in " + dir + ": " + e.getMessage());
        }

        List<String> command = new ArrayList<>();
        command.add(sparkSubmit);
        String files = option("--files");
        for (int i = 0; i < sparkOptions.size(); i++) {
            String o = sparkOptions.get(i);
            if (o.equals("--files") || o.startsWith("--files=")) {
                i += o.equals("--files") ? 1 : 0; // added below, with the configuration
                continue;
            }
            command.add(o);
        }
        Properties defaults = defaults(sparkDefaults);
        for (String key : defaults.stringPropertyNames().stream().sorted().toList()) {
            boolean given = conf(key) != null
                    || key.equals("spark.driver.extraJavaOptions") && option("--driver-java-options") != null;
            if (!given) {
                command.add("--conf");
                command.add(key + "=" + defaults.getProperty(key));
            }
        }
        command.add("--files");
        command.add(files == null ? effective.toString() : files + "," + effective);
        if (option("--class") == null) {
            command.add("--class");
            command.add(MAIN_CLASS);
        }
        command.add(jobJar.toString());
        command.add("run");
        command.add(jobArgument(effective));
        command.addAll(runOptions);
        return command;
    }

    /**
     * Where the driver finds the job: in client mode the local file; on YARN in cluster mode the copy that
     * --files put in the ApplicationMaster's working directory; elsewhere in cluster mode a remote job file
     * as given (includes are not followed there), or the local file by URI (one machine only).
     */
    String jobArgument(Path effective) {
        if (!deployMode().equals("cluster")) {
            return effective.toAbsolutePath().toString();
        }
        String master = master();
        if (master != null && master.startsWith("yarn")) {
            return effective.getFileName().toString();
        }
        return remoteJob() ? job : effective.toAbsolutePath().toUri().toString();
    }

    private String fileName() {
        String name = new File(remoteJob() ? URI.create(job).getPath() : job).getName();
        return name.endsWith(".conf") ? name : name + ".conf";
    }

    private static Properties defaults(Path file) {
        Properties p = new Properties();
        if (file != null && Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file)) {
                p.load(in); // spark-defaults.conf is a properties file: Spark reads it the same way
            } catch (IOException e) {
                throw new ConfigError("cannot read " + file + ": " + e.getMessage());
            }
        }
        return p;
    }
}
