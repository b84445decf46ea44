package dev.neuroevo.wiring;

import dev.neuroevo.config.Choice;
import dev.neuroevo.config.ConfigError;
import dev.neuroevo.config.Settings;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads checked settings and remembers which were read: the settings that apply to the job. */
final class TrackedSettings {
    private final Settings settings;
    private final Set<String> read = new LinkedHashSet<>();

    TrackedSettings(Settings settings) {
        this.settings = settings;
    }

    Set<String> read() {
        return read;
    }

    private Settings use(String key) {
        read.add(key);
        return settings;
    }

    String string(String key) {
        return use(key).string(key);
    }

    /** The string, or null when the setting is null. */
    String optionalString(String key) {
        return use(key).isNull(key) ? null : settings.string(key);
    }

    int integer(String key) {
        return use(key).integer(key);
    }

    /** The integer, or null when the setting is null. */
    Integer optionalInteger(String key) {
        return use(key).isNull(key) ? null : settings.integer(key);
    }

    long longInteger(String key) {
        return use(key).longInteger(key);
    }

    double real(String key) {
        return use(key).real(key);
    }

    /** The real number, or null when the setting is null. */
    Double optionalReal(String key) {
        return use(key).isNull(key) ? null : settings.real(key);
    }

    /** A real number that must be below 1 (a decay rate whose declared range allows 1). */
    double belowOne(String key) {
        double v = real(key);
        if (v >= 1) {
            throw new ConfigError("setting '" + key + "' must be below 1, got " + v);
        }
        return v;
    }

    boolean bool(String key) {
        return use(key).bool(key);
    }

    int[] integers(String key) {
        return use(key).integers(key).stream().mapToInt(Integer::intValue).toArray();
    }

    List<Double> reals(String key) {
        return use(key).config().getDoubleList(key);
    }

    /** The real numbers, or null when the setting is null. */
    List<Double> optionalReals(String key) {
        return use(key).isNull(key) ? null : settings.config().getDoubleList(key);
    }

    /** The constant of the enum {@link Choices} declares for {@code key}. */
    <E extends Enum<E> & Choice> E choice(String key, Class<E> type) {
        if (Choices.BY_KEY.get(key) != type) {
            throw new IllegalStateException("Choices declares no " + type.getSimpleName() + " for " + key);
        }
        return Choice.of(type, string(key));
    }
}
