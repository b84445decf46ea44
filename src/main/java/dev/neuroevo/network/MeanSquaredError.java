package dev.neuroevo.network;

/** Mean squared error over every output of every example: {@code sum (y - t)^2 / (count * outputs)}. */
public final class MeanSquaredError implements Loss {

    @Override
    public double evaluate(double[] y, double[] target, int capacity, int outputs, int count, double[] dy) {
        double sum = 0;
        double scale = 1.0 / ((double) count * outputs);
        for (int j = 0; j < outputs; j++) {
            int col = j * capacity;
            for (int b = 0; b < count; b++) {
                double e = y[col + b] - target[col + b];
                sum += e * e;
                dy[col + b] = 2 * e * scale;
            }
        }
        return sum * scale;
    }
}
