package dev.neuroevo.report;

import java.util.List;

/**
 * metrics.csv read back, column by column: what the report plots and metrics.parquet holds.
 * NaN and the infinities read as Java writes them.
 */
public record MetricsColumns(List<String> header, double[][] columns) {

    /** Parses {@code csv}; {@code source} names it in the message of an IllegalArgumentException. */
    public static MetricsColumns parse(String csv, String source) {
        List<String> lines = csv.lines().filter(l -> !l.isBlank()).toList();
        if (lines.isEmpty() || !lines.get(0).startsWith(MetricsTable.FIXED.get(0) + ",")) {
            throw new IllegalArgumentException(source + " has no metrics.csv header (generation,best,...)");
        }
        List<String> header = List.of(lines.get(0).split(","));
        double[][] columns = new double[header.size()][lines.size() - 1];
        for (int r = 1; r < lines.size(); r++) {
            String[] cells = lines.get(r).split(",", -1);
            if (cells.length != header.size()) {
                throw new IllegalArgumentException(source + " line " + (r + 1) + ": " + cells.length
                        + " values for " + header.size() + " columns");
            }
            for (int c = 0; c < cells.length; c++) {
                try {
                    columns[c][r - 1] = Double.parseDouble(cells[c]);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(source + " line " + (r + 1) + ", column " + header.get(c)
                            + ": '" + cells[c] + "' is not a number");
                }
            }
        }
        return new MetricsColumns(header, columns);
    }

    public int rows() {
        return columns[0].length;
    }

    /** The column {@code name}, or null when the table has none. */
    public double[] column(String name) {
        int i = header.indexOf(name);
        return i < 0 ? null : columns[i];
    }

    /** The strategy's diagnostics: the columns after the fixed and appended ones. */
    public List<String> diagnostics() {
        return header.stream().filter(h -> !MetricsTable.FIXED.contains(h) && !MetricsTable.APPENDED.contains(h))
                .toList();
    }

    /**
     * Per generation, how fast the cumulative column {@code name} grew: its increase over the
     * generation's seconds (the first row counts from zero).
     */
    public double[] rate(String name) {
        double[] total = column(name);
        double[] seconds = column("seconds");
        double[] out = new double[rows()];
        for (int r = 0; r < out.length; r++) {
            double grown = total[r] - (r == 0 ? 0 : total[r - 1]);
            out[r] = seconds[r] > 0 ? grown / seconds[r] : Double.NaN;
        }
        return out;
    }
}
