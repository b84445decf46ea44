package dev.neuroevo.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** An enum whose constants a job names in lower case with dashes, e.g. SINGLE_POINT as "single-point". */
public interface Choice {

    default String id() {
        return ((Enum<?>) this).name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant of {@code type} named {@code id}; the error lists the names there are. */
    static <E extends Enum<E> & Choice> E of(Class<E> type, String id) {
        for (E e : type.getEnumConstants()) {
            if (e.id().equals(id)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown " + type.getSimpleName().toLowerCase(Locale.ROOT) + " '" + id
                + "' (" + Arrays.stream(type.getEnumConstants()).map(Choice::id).collect(Collectors.joining(", ")) + ")");
    }
}
