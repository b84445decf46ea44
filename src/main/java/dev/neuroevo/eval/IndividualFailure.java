package dev.neuroevo.eval;

/** A task threw while scoring an individual; names the task and the individual. */
public final class IndividualFailure extends RuntimeException {

    public IndividualFailure(String task, int generation, int individual, Throwable cause) {
        super("task " + task + " failed scoring individual " + individual + " of generation " + generation
                + ": " + cause, cause);
    }
}
