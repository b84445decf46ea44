package dev.neuroevo.task.supervised;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Comparator;
import java.util.TreeMap;

/**
 * A data set held in memory: {@code rows} examples of {@code features} values each, row major in
 * one float array (half the bytes of doubles, which matters when the task is broadcast), and per
 * row either a class index into {@code classes}, the class names in sorted order (classification),
 * or a real target (regression, {@link #regression}).
 */
public final class Dataset implements Serializable {
    private final int rows;
    private final int features;
    private final float[] x;
    private final int[] y;
    private final String[] classes;
    private final double[] t;

    public Dataset(int features, float[] x, int[] y, String[] classes) {
        this(features, x, y, classes.clone(), null);
        for (int label : y) {
            if (label < 0 || label >= classes.length) {
                throw new IllegalArgumentException("label " + label + " outside 0.." + (classes.length - 1));
            }
        }
    }

    private Dataset(int features, float[] x, int[] y, String[] classes, double[] t) {
        int n = y != null ? y.length : t.length;
        if (features < 1 || x.length != (long) n * features) {
            throw new IllegalArgumentException("need features >= 1 and " + n + " x " + features
                    + " values, got " + x.length);
        }
        this.rows = n;
        this.features = features;
        this.x = x;
        this.y = y;
        this.classes = classes;
        this.t = t;
    }

    /** A data set with one real target per row (regression). */
    public static Dataset regression(int features, float[] x, double[] targets) {
        return new Dataset(features, x, null, null, targets);
    }

    /** True when rows carry real targets rather than classes. */
    public boolean regression() {
        return t != null;
    }

    /**
     * Builds a data set from raw labels: numbers (ordered by value, named without a trailing .0
     * when whole) or anything else (ordered by its text). The class of a label is its rank.
     */
    public static Dataset labelled(int features, float[] x, Object[] labels) {
        boolean numeric = Arrays.stream(labels).allMatch(l -> l instanceof Number);
        Comparator<Object> order = numeric
                ? Comparator.comparingDouble(l -> ((Number) l).doubleValue())
                : Comparator.comparing(Object::toString);
        TreeMap<Object, Integer> index = new TreeMap<>(order);
        for (Object l : labels) {
            if (l == null) {
                throw new IllegalArgumentException("a row has no label");
            }
            index.put(l, 0);
        }
        String[] classes = new String[index.size()];
        int k = 0;
        for (var e : index.entrySet()) {
            e.setValue(k);
            classes[k++] = name(e.getKey());
        }
        int[] y = new int[labels.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = index.get(labels[i]);
        }
        return new Dataset(features, x, y, classes);
    }

    private static String name(Object label) {
        if (label instanceof Number n) {
            double d = n.doubleValue();
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
        }
        return label.toString();
    }

    public int rows() {
        return rows;
    }

    public int features() {
        return features;
    }

    /** The classes of a classification set; 0 for regression. */
    public int classCount() {
        return classes == null ? 0 : classes.length;
    }

    /** The network outputs the rows call for: one per class, or one real value. */
    public int outputs() {
        return regression() ? 1 : classes.length;
    }

    public String[] classes() {
        return classes == null ? null : classes.clone();
    }

    /** Feature {@code j} of row {@code i}. */
    public float value(int i, int j) {
        return x[i * features + j];
    }

    public int label(int i) {
        return y[i];
    }

    /** The real target of row {@code i} (regression). */
    public double target(int i) {
        return t[i];
    }

    /** The targets' mean and their summed squared deviation from it, {@code {mean, sum (t - mean)^2}}. */
    public double[] targetSpread() {
        double mean = 0;
        for (int i = 0; i < rows; i++) {
            mean += t[i];
        }
        mean /= rows;
        double squares = 0;
        for (int i = 0; i < rows; i++) {
            double v = t[i] - mean;
            squares += v * v;
        }
        return new double[] {mean, squares};
    }

    /** The rows at {@code index}, in that order, with the same classes. */
    public Dataset select(int[] index) {
        float[] sx = new float[index.length * features];
        int[] sy = y == null ? null : new int[index.length];
        double[] st = t == null ? null : new double[index.length];
        for (int k = 0; k < index.length; k++) {
            System.arraycopy(x, index[k] * features, sx, k * features, features);
            if (sy != null) {
                sy[k] = y[index[k]];
            } else {
                st[k] = t[index[k]];
            }
        }
        return new Dataset(features, sx, sy, classes, st);
    }

    /** The same rows with every value mapped to {@code (v - mean[j]) / std[j]}. */
    public Dataset scaled(double[] mean, double[] std) {
        float[] sx = new float[x.length];
        for (int i = 0; i < rows; i++) {
            int row = i * features;
            for (int j = 0; j < features; j++) {
                sx[row + j] = (float) ((x[row + j] - mean[j]) / std[j]);
            }
        }
        return new Dataset(features, sx, y, classes, t);
    }

    /** The same rows with every real target mapped to {@code (t - mean) / std}. */
    public Dataset targetsScaled(double mean, double std) {
        double[] st = new double[rows];
        for (int i = 0; i < rows; i++) {
            st[i] = (t[i] - mean) / std;
        }
        return new Dataset(features, x, null, null, st);
    }

    /**
     * Copies rows {@code index[from..from+count)} into {@code out}, column-major with stride
     * {@code capacity} (the layout of {@link dev.neuroevo.network.BatchInvoker}), and, when
     * {@code labels} is given, their classes into {@code labels[0..count)}.
     */
    public void gather(int[] index, int from, int count, double[] out, int capacity, int[] labels) {
        for (int k = 0; k < count; k++) {
            int r = index == null ? from + k : index[from + k];
            int row = r * features;
            for (int j = 0; j < features; j++) {
                out[j * capacity + k] = x[row + j];
            }
            if (labels != null) {
                labels[k] = y[r];
            }
        }
    }

    /**
     * The training targets of rows {@code index[from..from+count)}, column-major with stride
     * {@code capacity} over {@link #outputs()} columns: one-hot classes, or the real target.
     */
    public void targets(int[] index, int from, int count, double[] target, int capacity) {
        if (t != null) {
            for (int k = 0; k < count; k++) {
                target[k] = t[index == null ? from + k : index[from + k]];
            }
            return;
        }
        for (int j = 0; j < classes.length; j++) {
            int col = j * capacity;
            for (int k = 0; k < count; k++) {
                target[col + k] = y[index == null ? from + k : index[from + k]] == j ? 1 : 0;
            }
        }
    }

    /** What the split's hash mixes in for row {@code i}'s target: the class, or the target's bits. */
    long targetKey(int i) {
        // + 0.0 folds -0 into 0, as for the features.
        return t != null ? Double.doubleToLongBits(t[i] + 0.0) : y[i] + 1L;
    }

    /** Orders rows {@code a} and {@code b} by their targets. */
    int compareTargets(int a, int b) {
        return t != null ? Double.compare(t[a] + 0.0, t[b] + 0.0) : Integer.compare(y[a], y[b]);
    }

    /**
     * The union of two class lists in {@link #labelled}'s order: by value when every name is a
     * number, else by text.
     */
    public static String[] mergedClasses(String[] a, String[] b) {
        java.util.Set<String> all = new java.util.HashSet<>(Arrays.asList(a));
        all.addAll(Arrays.asList(b));
        boolean numeric = all.stream().allMatch(Dataset::isNumber);
        Comparator<String> order = numeric ? Comparator.comparingDouble(Double::parseDouble)
                : Comparator.naturalOrder();
        return all.stream().sorted(order).toArray(String[]::new);
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The same rows with their labels renumbered into {@code names}, which must hold every class of this set. */
    public Dataset withClasses(String[] names) {
        if (Arrays.equals(names, classes)) {
            return this;
        }
        java.util.Map<String, Integer> index = new java.util.HashMap<>();
        for (int k = 0; k < names.length; k++) {
            index.put(names[k], k);
        }
        int[] mapped = new int[rows];
        for (int i = 0; i < rows; i++) {
            mapped[i] = index.get(classes[y[i]]);
        }
        return new Dataset(features, x, mapped, names);
    }

    /** True if both hold the same rows in the same order with the same classes. */
    public boolean sameAs(Dataset o) {
        return features == o.features && Arrays.equals(x, o.x) && Arrays.equals(y, o.y)
                && Arrays.equals(classes, o.classes) && Arrays.equals(t, o.t);
    }

    @Override
    public String toString() {
        return rows + " rows x " + features + " features, "
                + (regression() ? "real targets" : classes.length + " classes");
    }
}
