package dev.neuroevo.cli;

/** The process exit codes, as documented in the README. */
public final class ExitCode {
    /** The run finished (whether or not the task was solved; summary.json says). */
    public static final int OK = 0;
    /** The run failed: Spark, the file system or an unexpected error. */
    public static final int FAILED = 1;
    /** Bad input: command line, job file or settings. Nothing ran. */
    public static final int BAD_INPUT = 2;
    /** The task threw while scoring an individual (for instance a user's fitness class). */
    public static final int TASK_FAILED = 3;
    /** The output (or a checkpoint in it) cannot be read or written; checked before the first generation. */
    public static final int STORAGE = 4;

    private ExitCode() {
    }
}
