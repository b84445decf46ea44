package dev.neuroevo.strategy;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A strategy state as plain data, for checkpoints: names mapped to integers ({@code long}),
 * numbers ({@code double}), texts and arrays of numbers ({@code double[]}), in the order they were
 * put. A nested state's names carry its prefix ({@code inner.mean}). Absent means null: a state
 * puts no entry for a null array or text. Arrays are not copied and must not be written.
 */
public final class StateView {
    private final Map<String, Object> values;

    private StateView(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Names to values: {@code Long}, {@code Double}, {@code String} or {@code double[]}. */
    public Map<String, Object> values() {
        return values;
    }

    public long integer(String name) {
        return (Long) require(name);
    }

    public int smallInteger(String name) {
        return Math.toIntExact(integer(name));
    }

    public double number(String name) {
        return (Double) require(name);
    }

    /** The text, or null when absent. */
    public String text(String name) {
        return (String) values.get(name);
    }

    /** What {@link Builder#incumbent} wrote. */
    public Incumbent incumbent() {
        return new Incumbent(array("bestWeights"), number("bestFitness"), smallInteger("bestGeneration"));
    }

    /** The array, or null when absent. */
    public double[] array(String name) {
        return (double[]) values.get(name);
    }

    /** The entries under {@code prefix.}, with the prefix taken off. */
    public StateView nested(String prefix) {
        Map<String, Object> inner = new LinkedHashMap<>();
        String p = prefix + ".";
        values.forEach((k, v) -> {
            if (k.startsWith(p)) {
                inner.put(k.substring(p.length()), v);
            }
        });
        return new StateView(inner);
    }

    private Object require(String name) {
        Object v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("state has no '" + name + "'");
        }
        return v;
    }

    /** Equal names and values, numbers compared bit for bit. */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof StateView other) || !values.keySet().equals(other.values.keySet())) {
            return false;
        }
        for (Map.Entry<String, Object> e : values.entrySet()) {
            Object a = e.getValue();
            Object b = other.values.get(e.getKey());
            boolean same = a instanceof double[] x && b instanceof double[] y
                    ? Arrays.equals(x, y)
                    : a instanceof Double x && b instanceof Double y
                    ? Double.doubleToRawLongBits(x) == Double.doubleToRawLongBits(y)
                    : Objects.equals(a, b);
            if (!same) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return values.keySet().hashCode();
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("{");
        values.forEach((k, v) -> b.append(b.length() > 1 ? ", " : "").append(k).append('=')
                .append(v instanceof double[] a ? "double[" + a.length + "]" : v));
        return b.append('}').toString();
    }

    /** Puts entries in order; the view it builds is immutable. */
    public static final class Builder {
        private final Map<String, Object> values = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder integer(String name, long value) {
            return put(name, value);
        }

        public Builder number(String name, double value) {
            return put(name, value);
        }

        /** Puts nothing for null. */
        public Builder text(String name, String value) {
            return value == null ? this : put(name, value);
        }

        /** Puts nothing for null. */
        public Builder array(String name, double[] value) {
            return value == null ? this : put(name, value);
        }

        /** {@code bestWeights} (nothing before the first tell), {@code bestFitness} and {@code bestGeneration}. */
        public Builder incumbent(Incumbent best) {
            return array("bestWeights", best.weights()).number("bestFitness", best.fitness())
                    .integer("bestGeneration", best.generation());
        }

        /** Every entry of {@code view} under {@code prefix.}. */
        public Builder nested(String prefix, StateView view) {
            view.values.forEach((k, v) -> put(prefix + "." + k, v));
            return this;
        }

        private Builder put(String name, Object value) {
            if (values.putIfAbsent(name, value) != null) {
                throw new IllegalArgumentException("state name '" + name + "' given twice");
            }
            return this;
        }

        public StateView build() {
            return new StateView(new LinkedHashMap<>(values));
        }
    }
}
