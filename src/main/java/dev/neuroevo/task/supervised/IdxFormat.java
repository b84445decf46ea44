package dev.neuroevo.task.supervised;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * The IDX format of the MNIST and Fashion-MNIST files (LeCun et al., "THE MNIST DATABASE of
 * handwritten digits"): two zero bytes, a type byte, a dimension count, each dimension as a
 * big-endian int32, then the values big-endian in row-major order. Gzipped files are recognised by
 * their magic bytes, whatever their name.
 */
public final class IdxFormat {
    private IdxFormat() {
    }

    /** An IDX array: its dimensions and its values in row-major order. */
    public record Array(int[] dims, float[] values) {

        /** Values per entry of the first dimension (pixels per image; 1 for labels). */
        public int rowSize() {
            int s = 1;
            for (int d = 1; d < dims.length; d++) {
                s *= dims[d];
            }
            return s;
        }
    }

    public static Array read(InputStream raw) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(raw, 1 << 16);
        buffered.mark(2);
        int b0 = buffered.read();
        int b1 = buffered.read();
        buffered.reset();
        InputStream in = b0 == 0x1f && b1 == 0x8b ? new BufferedInputStream(new GZIPInputStream(buffered, 1 << 16), 1 << 16)
                : buffered;
        DataInputStream data = new DataInputStream(in);
        if (data.readUnsignedByte() != 0 || data.readUnsignedByte() != 0) {
            throw new IOException("not an IDX file: it does not start with two zero bytes");
        }
        int type = data.readUnsignedByte();
        int rank = data.readUnsignedByte();
        if (rank < 1) {
            throw new IOException("IDX file with no dimensions");
        }
        int[] dims = new int[rank];
        long count = 1;
        for (int d = 0; d < rank; d++) {
            dims[d] = data.readInt();
            if (dims[d] < 0) {
                throw new IOException("IDX dimension " + d + " is negative: " + dims[d]);
            }
            count *= dims[d];
        }
        if (count > Integer.MAX_VALUE - 8) {
            throw new IOException("IDX file too large: " + count + " values");
        }
        float[] values = new float[(int) count];
        try {
            switch (type) {
                case 0x08, 0x09 -> {
                    byte[] bytes = new byte[values.length];
                    data.readFully(bytes);
                    for (int i = 0; i < bytes.length; i++) {
                        values[i] = type == 0x08 ? bytes[i] & 0xff : bytes[i];
                    }
                }
                case 0x0B -> readEach(values, data::readShort);
                case 0x0C -> readEach(values, data::readInt);
                case 0x0D -> readEach(values, data::readFloat);
                case 0x0E -> readEach(values, data::readDouble);
                default -> throw new IOException("IDX type 0x" + Integer.toHexString(type) + " is not one of"
                        + " 0x08 ubyte, 0x09 byte, 0x0B short, 0x0C int, 0x0D float, 0x0E double");
            }
        } catch (EOFException e) {
            throw new IOException("IDX file ends before its " + count + " values", e);
        }
        return new Array(dims, values);
    }

    private interface NumberReader {
        double next() throws IOException;
    }

    private static void readEach(float[] values, NumberReader reader) throws IOException {
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) reader.next();
        }
    }
}
