package dev.neuroevo.spark;

import dev.neuroevo.config.ConfigError;
import dev.neuroevo.task.supervised.DataFormat;
import dev.neuroevo.task.supervised.DataSource;
import dev.neuroevo.task.supervised.Dataset;
import dev.neuroevo.task.supervised.IdxFormat;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;

/**
 * Reads a labelled data set into driver memory with Spark SQL (csv, parquet, LibSVM text) or the
 * Hadoop file system API (IDX), from any path Hadoop can open (file:, hdfs:, s3a:, ...).
 * Every column but the label must be numeric or an array of numbers; arrays are spread out. A
 * regression's label is its real target, or comes from a second file of the same rows in the same
 * order (a single file, read in one ordered collect, as the data file).
 */
public final class DatasetReader {
    private DatasetReader() {
    }

    /** The data set; bad data throws a {@link ConfigError} naming the path and what is wrong. */
    public static Dataset read(SparkSession spark, DataSource source) {
        try {
            return readUnchecked(spark, source);
        } catch (ConfigError e) {
            throw new ConfigError("data set '" + source.path() + "' (" + source.format().id() + "): " + e.getMessage());
        }
    }

    private static Dataset readUnchecked(SparkSession spark, DataSource source) {
        Path path = new Path(source.path());
        try {
            FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
            FileStatus[] found = fs.globStatus(path);
            if (found == null || found.length == 0) {
                throw new ConfigError("nothing there");
            }
            if (source.targetPath() != null) {
                Path targets = new Path(source.targetPath());
                FileStatus[] t = targets.getFileSystem(spark.sparkContext().hadoopConfiguration()).globStatus(targets);
                if (t == null || t.length == 0) {
                    throw new ConfigError("the target file '" + source.targetPath() + "' is not there");
                }
                return withTargets(frame(spark, source, source.path()), frame(spark, source, source.targetPath()),
                        source.targetPath());
            }
            return switch (source.format()) {
                case CSV, PARQUET -> source.realTargets()
                        ? regression(table(frame(spark, source, source.path()), source.labelColumn()))
                        : fromFrame(frame(spark, source, source.path()), source.labelColumn());
                case LIBSVM -> libsvm(spark.read().text(source.path()).as(Encoders.STRING()).collectAsList(),
                        source.libsvmFeatures());
                case IDX -> idx(fs, found);
            };
        } catch (IOException e) {
            throw new ConfigError("cannot be read: " + e.getMessage());
        }
    }

    /** A csv or parquet file as a data frame, with the source's csv options. */
    private static org.apache.spark.sql.Dataset<Row> frame(SparkSession spark, DataSource source, String path) {
        return source.format() == DataFormat.CSV
                ? spark.read().option("header", source.csvHeader()).option("sep", source.csvSeparator())
                        .option("inferSchema", true).csv(path)
                : spark.read().parquet(path);
    }

    /** Rows of a data frame: the label column, and every other column as one or more features. */
    static Dataset fromFrame(org.apache.spark.sql.Dataset<Row> frame, String labelColumn) {
        Table t = table(frame, labelColumn);
        return labelled(t.features(), t.x(), t.labels());
    }

    /** A frame's features, in row order, and its label column's values (null without a label column). */
    private record Table(int features, float[] x, Object[] labels) {
    }

    /** Rows with real targets: every column of {@code features} is a feature, the one column of {@code targets} (same rows, same order) the target. */
    private static Dataset withTargets(org.apache.spark.sql.Dataset<Row> features,
                                       org.apache.spark.sql.Dataset<Row> targets, String targetPath) {
        Table x = table(features, null);
        if (targets.schema().fields().length != 1) {
            throw new ConfigError("the target file '" + targetPath + "' has " + targets.schema().fields().length
                    + " columns; it must hold one target per line");
        }
        List<Row> rows = targets.collectAsList();
        if (rows.size() != x.labels().length) {
            throw new ConfigError("the target file '" + targetPath + "' has " + rows.size()
                    + " rows, the data " + x.labels().length);
        }
        Object[] y = new Object[rows.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = rows.get(i).get(0);
        }
        return regression(new Table(x.features(), x.x(), y));
    }

    /** Rows whose label (or target file) holds a number: a regression's target. */
    private static Dataset regression(Table t) {
        double[] y = new double[t.labels().length];
        for (int i = 0; i < y.length; i++) {
            if (!(t.labels()[i] instanceof Number n)) {
                throw new ConfigError("row " + i + " has no numeric target: '" + t.labels()[i] + "'");
            }
            y[i] = n.doubleValue();
        }
        return Dataset.regression(t.features(), t.x(), y);
    }

    /**
     * The features of a frame, every column but the label's, and its label values; a null
     * {@code labelColumn} makes every column a feature (the labels are then one null per row).
     */
    private static Table table(org.apache.spark.sql.Dataset<Row> frame, String labelColumn) {
        StructField[] fields = frame.schema().fields();
        int label = labelColumn == null ? -1 : labelIndex(fields, labelColumn);
        for (int c = 0; c < fields.length; c++) {
            DataType t = fields[c].dataType();
            boolean numeric = t instanceof NumericType
                    || t instanceof ArrayType a && a.elementType() instanceof NumericType;
            if (c != label && !numeric) {
                throw new ConfigError("column '" + fields[c].name() + "' is " + t.simpleString()
                        + "; every column but the label must be numeric or an array of numbers");
            }
        }
        List<Row> rows = frame.collectAsList();
        if (rows.isEmpty()) {
            throw new ConfigError("the data set has no rows");
        }
        int features = 0;
        for (int c = 0; c < fields.length; c++) {
            if (c != label) {
                features += fields[c].dataType() instanceof ArrayType ? rows.get(0).getList(c).size() : 1;
            }
        }
        if (features == 0) {
            throw new ConfigError("the data set has no feature columns");
        }
        float[] x = new float[rows.size() * features];
        Object[] labels = new Object[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            int at = i * features;
            for (int c = 0; c < fields.length; c++) {
                if (c == label) {
                    labels[i] = row.get(c);
                    continue;
                }
                if (row.isNullAt(c)) {
                    throw new ConfigError("row " + i + " has no value in column '"
                            + fields[c].name() + "'");
                }
                if (fields[c].dataType() instanceof ArrayType) {
                    List<Object> values = row.getList(c);
                    if (at + values.size() > (i + 1) * features) {
                        throw new ConfigError("row " + i + " has a longer '" + fields[c].name()
                                + "' array than the first row");
                    }
                    for (Object v : values) {
                        x[at++] = ((Number) v).floatValue();
                    }
                } else {
                    x[at++] = ((Number) row.get(c)).floatValue();
                }
            }
            if (at != (i + 1) * features) {
                throw new ConfigError("row " + i + " has " + (at - i * features)
                        + " features, the first row " + features);
            }
        }
        return new Table(features, x, labels);
    }

    private static int labelIndex(StructField[] fields, String labelColumn) {
        String[] names = Arrays.stream(fields).map(StructField::name).toArray(String[]::new);
        int index = switch (labelColumn) {
            case "last" -> fields.length - 1;
            case "first" -> 0;
            default -> labelColumn.matches("\\d+") ? Integer.parseInt(labelColumn) : Arrays.asList(names).indexOf(labelColumn);
        };
        if (index < 0 || index >= fields.length) {
            throw new ConfigError("the label column '" + labelColumn + "' is none of its columns: "
                    + String.join(", ", names));
        }
        return index;
    }

    /** LibSVM text: "label index:value ..." per line, indices from 1; blank lines and # comments skipped. */
    static Dataset libsvm(List<String> lines, Integer features) {
        List<Object> labels = new ArrayList<>();
        List<int[]> indices = new ArrayList<>();
        List<float[]> values = new ArrayList<>();
        int widest = 0;
        int lineNo = 0;
        for (String line : lines) {
            lineNo++;
            int hash = line.indexOf('#');
            String body = (hash >= 0 ? line.substring(0, hash) : line).trim();
            if (body.isEmpty()) {
                continue;
            }
            String[] tokens = body.split("\\s+");
            int[] idx = new int[tokens.length - 1];
            float[] val = new float[tokens.length - 1];
            int n = 0;
            try {
                labels.add(Double.parseDouble(tokens[0]));
                for (int t = 1; t < tokens.length; t++) {
                    if (tokens[t].startsWith("qid:")) {
                        continue;
                    }
                    int colon = tokens[t].indexOf(':');
                    idx[n] = Integer.parseInt(tokens[t].substring(0, colon));
                    val[n] = Float.parseFloat(tokens[t].substring(colon + 1));
                    if (idx[n] < 1) {
                        throw new NumberFormatException("index below 1");
                    }
                    widest = Math.max(widest, idx[n]);
                    n++;
                }
            } catch (RuntimeException e) {
                throw new ConfigError("LibSVM line " + lineNo + " is not 'label index:value ...': "
                        + e.getMessage());
            }
            indices.add(Arrays.copyOf(idx, n));
            values.add(Arrays.copyOf(val, n));
        }
        if (labels.isEmpty()) {
            throw new ConfigError("the data set has no rows");
        }
        int d = features != null ? features : widest;
        if (widest > d) {
            throw new ConfigError("the feature count given is " + d + " but the data has index " + widest);
        }
        float[] x = new float[labels.size() * d];
        for (int i = 0; i < labels.size(); i++) {
            int[] idx = indices.get(i);
            float[] val = values.get(i);
            for (int k = 0; k < idx.length; k++) {
                x[i * d + idx[k] - 1] = val[k];
            }
        }
        return labelled(d, x, labels.toArray());
    }

    /**
     * IDX image files with their label files: a path naming {@code *images-idx*} files (or a
     * directory of them) is read with each partner {@code *labels-idx1*} file, in name order.
     */
    static Dataset idx(FileSystem fs, FileStatus[] found) throws IOException {
        List<Path> images = new ArrayList<>();
        for (FileStatus s : found) {
            if (s.isDirectory()) {
                for (FileStatus child : fs.listStatus(s.getPath())) {
                    if (child.isFile() && child.getPath().getName().contains("images-idx")) {
                        images.add(child.getPath());
                    }
                }
            } else {
                images.add(s.getPath());
            }
        }
        images.sort(null);
        if (images.isEmpty()) {
            throw new ConfigError("no *images-idx* file at '" + found[0].getPath() + "'");
        }
        List<IdxFormat.Array> imageArrays = new ArrayList<>();
        List<IdxFormat.Array> labelArrays = new ArrayList<>();
        int features = -1;
        long rows = 0;
        for (Path image : images) {
            String name = image.getName();
            if (!name.contains("images-idx")) {
                throw new ConfigError("'" + image + "' is not an *images-idx* file");
            }
            Path labelPath = new Path(image.getParent(), name.replaceFirst("images-idx\\d", "labels-idx1"));
            if (!fs.exists(labelPath)) {
                throw new ConfigError("'" + image + "' has no label file '" + labelPath + "'");
            }
            IdxFormat.Array x = readIdx(fs, image);
            IdxFormat.Array y = readIdx(fs, labelPath);
            if (x.dims()[0] != y.dims()[0] || y.rowSize() != 1) {
                throw new ConfigError("'" + image + "' holds " + x.dims()[0] + " images but '"
                        + labelPath + "' " + y.dims()[0] + " labels of size " + y.rowSize());
            }
            if (features >= 0 && x.rowSize() != features) {
                throw new ConfigError("'" + image + "' has images of " + x.rowSize()
                        + " values, the files before it " + features);
            }
            features = x.rowSize();
            rows += x.dims()[0];
            imageArrays.add(x);
            labelArrays.add(y);
        }
        float[] all = new float[Math.toIntExact(rows * features)];
        Object[] labels = new Object[(int) rows];
        int at = 0;
        int row = 0;
        for (int f = 0; f < imageArrays.size(); f++) {
            float[] v = imageArrays.get(f).values();
            System.arraycopy(v, 0, all, at, v.length);
            at += v.length;
            for (float l : labelArrays.get(f).values()) {
                labels[row++] = (int) l;
            }
        }
        return labelled(features, all, labels);
    }

    private static IdxFormat.Array readIdx(FileSystem fs, Path p) throws IOException {
        try (InputStream in = fs.open(p)) {
            return IdxFormat.read(in);
        } catch (IOException e) {
            throw new IOException(p + ": " + e.getMessage(), e);
        }
    }

    private static Dataset labelled(int features, float[] x, Object[] labels) {
        try {
            return Dataset.labelled(features, x, labels);
        } catch (IllegalArgumentException e) {
            throw new ConfigError(e.getMessage());
        }
    }
}
