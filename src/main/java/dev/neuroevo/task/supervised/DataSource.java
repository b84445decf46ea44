package dev.neuroevo.task.supervised;

import java.io.Serializable;

/**
 * Where a data set is and how to read it: a path on any Hadoop file system, its format (csv,
 * parquet, libsvm, idx), the label column of csv and parquet data ("last", "first", a 0-based index
 * or a name), whether a csv file starts with a header, and the feature count of libsvm data (null:
 * the largest index found).
 */
public record DataSource(String path, DataFormat format, String labelColumn, boolean csvHeader, Integer libsvmFeatures)
        implements Serializable {
}
