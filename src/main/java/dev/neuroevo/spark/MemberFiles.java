package dev.neuroevo.spark;

import dev.neuroevo.optim.Moments;
import dev.neuroevo.report.RunOutput;
import dev.neuroevo.run.StorageError;
import dev.neuroevo.strategy.pbt.Hyperparameters;
import dev.neuroevo.strategy.pbt.Member;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * A snapshot of PBT members, written by the executors that hold them: one raw little-endian
 * float64 file per member, {@code <dir>/<rounds done, 8 digits>/member-<id>.f64}
 * ({@code numpy.fromfile(f, "<f8")} reads it): steps, the optimizer's steps, learning rate,
 * momentum, weight decay, batch size, score, copied from, then the weights, the first and the second
 * moments (each as long as the weights, or absent where the step rule keeps none). Written whole
 * (temporary name, then renamed); one file per member, so a snapshot reads back on any number of
 * partitions.
 */
final class MemberFiles {
    private static final int HEADER = 8;

    private MemberFiles() {
    }

    static Path file(String dir, int rounds, int id) {
        return new Path(new Path(dir, String.format("%08d", rounds)), String.format("member-%06d.f64", id));
    }

    static void write(Configuration hadoop, String dir, int rounds, Member m) {
        Path p = file(dir, rounds, m.id());
        double[] first = m.moments().first();
        double[] second = m.moments().second();
        ByteBuffer buf = ByteBuffer.allocate((int) ((HEADER - 1 + m.values()) * Double.BYTES))
                .order(ByteOrder.LITTLE_ENDIAN);
        DoubleBuffer d = buf.asDoubleBuffer();
        Hyperparameters h = m.hyper();
        d.put(new double[] {m.steps(), m.moments().steps(), h.learningRate(), h.momentum(), h.weightDecay(),
                h.batchSize(), m.score(), m.copiedFrom()});
        d.put(m.weights()).put(first).put(second);
        try {
            RunOutput.write(p.getFileSystem(hadoop), p, buf.array());
        } catch (IOException e) {
            throw new StorageError("cannot write PBT member " + p + ": " + e.getMessage(), e);
        }
    }

    /** Member {@code id} of the snapshot after {@code rounds} rounds; {@code moments} arrays per the step rule. */
    static Member read(Configuration hadoop, String dir, int rounds, int id, int dimension, int moments) {
        Path p = file(dir, rounds, id);
        byte[] bytes;
        try {
            FileSystem fs = p.getFileSystem(hadoop);
            try (InputStream in = fs.open(p)) {
                bytes = in.readAllBytes();
            }
        } catch (IOException e) {
            throw new StorageError("cannot read PBT member " + p + ": " + e.getMessage(), e);
        }
        long expected = (long) (HEADER + (1 + moments) * dimension) * Double.BYTES;
        if (bytes.length != expected) {
            throw new StorageError("PBT member " + p + " has " + bytes.length + " bytes, expected " + expected);
        }
        DoubleBuffer d = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer();
        double[] head = new double[HEADER];
        d.get(head);
        double[] w = new double[dimension];
        double[] first = new double[moments >= 1 ? dimension : 0];
        double[] second = new double[moments >= 2 ? dimension : 0];
        d.get(w).get(first).get(second);
        return new Member(id, w, new Moments(first, second, (long) head[1]),
                new Hyperparameters(head[2], head[3], head[4], (int) head[5]), (long) head[0], head[6], (int) head[7]);
    }
}
