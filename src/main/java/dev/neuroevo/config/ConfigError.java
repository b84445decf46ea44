package dev.neuroevo.config;

/** Bad input: a one-line message naming the setting or file and what is wrong. Exit code 2. */
public final class ConfigError extends RuntimeException {

    public ConfigError(String message) {
        super(message);
    }
}
