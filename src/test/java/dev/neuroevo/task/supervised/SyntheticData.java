package dev.neuroevo.task.supervised;

import dev.neuroevo.random.SplitMix64;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * A small two-class problem for tests: whole-number features in 0..255 (so every format, IDX bytes
 * included, holds them exactly), class 1 when the first two features outweigh the next two, and a
 * last feature that is always 7.
 */
public final class SyntheticData {
    public static final int FEATURES = 5;

    public final int[][] x;
    public final int[] y;

    public SyntheticData(int rows, long seed) {
        SplitMix64 rng = new SplitMix64(seed);
        x = new int[rows][FEATURES];
        y = new int[rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < FEATURES - 1; j++) {
                x[i][j] = rng.nextInt(256);
            }
            x[i][FEATURES - 1] = 7;
            y[i] = x[i][0] + x[i][1] > x[i][2] + x[i][3] ? 1 : 0;
        }
    }

    public Dataset dataset() {
        float[] v = new float[x.length * FEATURES];
        Object[] labels = new Object[x.length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < FEATURES; j++) {
                v[i * FEATURES + j] = x[i][j];
            }
            labels[i] = y[i];
        }
        return Dataset.labelled(FEATURES, v, labels);
    }

    /** Features then the label, comma-separated, with an optional header line. */
    public void writeCsv(Path file, boolean header) throws IOException {
        StringBuilder b = new StringBuilder();
        if (header) {
            b.append("a,b,c,d,e,label\n");
        }
        for (int i = 0; i < x.length; i++) {
            for (int v : x[i]) {
                b.append(v).append(',');
            }
            b.append(y[i]).append('\n');
        }
        Files.writeString(file, b);
    }

    /** LibSVM lines with zero values left out, as the format allows. */
    public void writeLibsvm(Path file) throws IOException {
        StringBuilder b = new StringBuilder("# synthetic\n");
        for (int i = 0; i < x.length; i++) {
            b.append(y[i]);
            for (int j = 0; j < FEATURES; j++) {
                if (x[i][j] != 0) {
                    b.append(' ').append(j + 1).append(':').append(x[i][j]);
                }
            }
            b.append('\n');
        }
        Files.writeString(file, b);
    }

    /** Rows from..to as {@code <prefix>-images-idx2-ubyte} (n x FEATURES) and {@code <prefix>-labels-idx1-ubyte}. */
    public void writeIdx(Path dir, String prefix, int from, int to, boolean gzip) throws IOException {
        String suffix = gzip ? ".gz" : "";
        byte[] images = new byte[(to - from) * FEATURES];
        byte[] labels = new byte[to - from];
        for (int i = from; i < to; i++) {
            for (int j = 0; j < FEATURES; j++) {
                images[(i - from) * FEATURES + j] = (byte) x[i][j];
            }
            labels[i - from] = (byte) y[i];
        }
        writeIdx(dir.resolve(prefix + "-images-idx2-ubyte" + suffix), new int[] {to - from, FEATURES}, images, gzip);
        writeIdx(dir.resolve(prefix + "-labels-idx1-ubyte" + suffix), new int[] {to - from}, labels, gzip);
    }

    public static void writeIdx(Path file, int[] dims, byte[] values, boolean gzip) throws IOException {
        OutputStream raw = Files.newOutputStream(file);
        try (DataOutputStream out = new DataOutputStream(gzip ? new GZIPOutputStream(raw) : raw)) {
            out.writeByte(0);
            out.writeByte(0);
            out.writeByte(0x08);
            out.writeByte(dims.length);
            for (int d : dims) {
                out.writeInt(d);
            }
            out.write(values);
        }
    }
}
