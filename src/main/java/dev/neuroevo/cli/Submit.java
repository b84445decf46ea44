package dev.neuroevo.cli;

import dev.neuroevo.config.ConfigError;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code bin/neuroevo submit [spark-submit options] JOB.conf [neuroevo run options]}: runs the spark-submit
 * of {@code SPARK_HOME} (else the one on PATH) with the job jar, after printing the command with its
 * secrets redacted; exits with spark-submit's code, or 2 on bad input without submitting anything.
 */
public final class Submit {
    private Submit() {
    }

    public static void main(String[] args) {
        Path home = Path.of(System.getProperty("neuroevo.home", "."));
        System.exit(run(Arrays.asList(args), home, System.getenv(), System.out, System.err, Redirect.INHERIT));
    }

    /**
     * {@code home} is the project (conf/spark-defaults.conf, target/neuroevo-job.jar); spark-submit's output
     * goes to {@code output} (its stdin is this process's).
     */
    static int run(List<String> args, Path home, Map<String, String> env, PrintStream out, PrintStream err,
            Redirect output) {
        List<String> command;
        SubmitCommand submit;
        Path dir;
        try {
            submit = new SubmitCommand(args);
            dir = Files.createTempDirectory("neuroevo-submit");
            String sparkHome = env.get("SPARK_HOME");
            String sparkSubmit = sparkHome == null || sparkHome.isEmpty() ? "spark-submit"
                    : Path.of(sparkHome, "bin", "spark-submit").toString();
            Path jar = env.containsKey("NEUROEVO_JOB_JAR") ? Path.of(env.get("NEUROEVO_JOB_JAR"))
                    : home.resolve("target/neuroevo-job.jar");
            command = submit.build(sparkSubmit, jar, home.resolve("conf/spark-defaults.conf"), dir);
        } catch (ConfigError e) {
            err.println("neuroevo: " + Redaction.redact(e.getMessage()));
            return ExitCode.BAD_INPUT;
        } catch (IOException e) {
            err.println("neuroevo: " + e.getMessage());
            return ExitCode.FAILED;
        }
        out.println("neuroevo: " + Redaction.commandLine(command));
        out.flush();
        try {
            ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
            if (output != Redirect.INHERIT) {
                pb.redirectErrorStream(true).redirectOutput(output);
            }
            pb.environment().putAll(env);
            int code = pb.start().waitFor();
            // A driver on a standalone or Kubernetes cluster may read the file after spark-submit returns.
            if (submit.deployMode().equals("client")) {
                try (var files = Files.list(dir)) {
                    for (Path f : files.toList()) {
                        Files.delete(f);
                    }
                }
                Files.delete(dir);
            }
            return code;
        } catch (IOException e) {
            err.println("neuroevo: cannot run " + command.get(0) + " (set SPARK_HOME or put spark-submit on PATH): "
                    + e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCode.FAILED;
        }
    }
}
