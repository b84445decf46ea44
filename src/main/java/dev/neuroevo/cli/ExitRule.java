package dev.neuroevo.cli;

import java.util.Properties;

/**
 * How {@code main} ends. Outside YARN it exits with the code (Spark and Hadoop leave non-daemon threads
 * behind, and the shell wants the code). Inside a YARN ApplicationMaster (cluster deploy mode) the
 * user's main runs in a thread of the AM, and any {@code System.exit}, even 0, ends the application
 * FAILED ("Shutdown hook called before final status was reported"): there a success returns normally
 * and a failure throws, which the AM reports as FAILED with the message.
 */
public final class ExitRule {
    /** What main does with an exit code. */
    public enum Ending { EXIT, RETURN, THROW }

    private ExitRule() {
    }

    /** Ends the process (or returns, or throws) as the rule says for this JVM. */
    public static void end(int code) {
        switch (of(code, System.getProperties())) {
            case RETURN -> {
            }
            case THROW -> throw new IllegalStateException("neuroevo failed with exit code " + code);
            default -> System.exit(code);
        }
    }

    /** The rule: Spark's ApplicationMaster sets spark.yarn.app.id (cluster mode only) before it calls main. */
    public static Ending of(int code, Properties system) {
        boolean inApplicationMaster = system.getProperty("spark.yarn.app.id") != null
                && "yarn".equals(system.getProperty("spark.master"));
        if (!inApplicationMaster) {
            return Ending.EXIT;
        }
        return code == ExitCode.OK ? Ending.RETURN : Ending.THROW;
    }
}
