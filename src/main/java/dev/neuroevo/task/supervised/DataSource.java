package dev.neuroevo.task.supervised;

import java.io.Serializable;

/**
 * Where a data set is and how to read it: a path on any Hadoop file system, its format (csv,
 * parquet, libsvm, idx), the label column of csv and parquet data ("last", "first", a 0-based index
 * or a name), whether a csv file starts with a header, the feature count of libsvm data (null:
 * the largest index found), the csv column separator, whether the rows carry real targets
 * (regression) rather than classes, and for those a file holding one target per line for the same
 * rows in the same order (null: the label column holds the target).
 */
public record DataSource(String path, DataFormat format, String labelColumn, boolean csvHeader, Integer libsvmFeatures,
                         String csvSeparator, boolean realTargets, String targetPath) implements Serializable {

    /** A classification data set's, comma-separated. */
    public DataSource(String path, DataFormat format, String labelColumn, boolean csvHeader, Integer libsvmFeatures) {
        this(path, format, labelColumn, csvHeader, libsvmFeatures, ",", false, null);
    }
}
