package dev.neuroevo.cli;

import java.io.PrintStream;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Lets the cluster tests run bin/neuroevo submit's code in this JVM, spark-submit's output to a file. */
public final class SubmitRunner {
    private SubmitRunner() {
    }

    public static int run(List<String> args, Map<String, String> env, PrintStream out, PrintStream err, Path log) {
        return Submit.run(args, Path.of("."), env, out, err, Redirect.to(log.toFile()));
    }
}
