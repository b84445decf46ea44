package dev.neuroevo.run;

/** The run's output cannot be read or written (exit code 4): the message names the path. */
public final class StorageError extends RuntimeException {
    public StorageError(String message, Throwable cause) {
        super(message, cause);
    }

    public StorageError(String message) {
        super(message);
    }
}
