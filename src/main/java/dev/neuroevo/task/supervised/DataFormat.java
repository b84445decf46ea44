package dev.neuroevo.task.supervised;

import dev.neuroevo.config.Choice;

/** The file formats a data set can come in. */
public enum DataFormat implements Choice {
    /** Comma-separated text; numeric columns, one of them the label. */
    CSV,
    /** Parquet files; numeric or numeric-array columns, one of them the label. */
    PARQUET,
    /** LibSVM text: {@code label index:value ...}, indices from 1. */
    LIBSVM,
    /** MNIST-style IDX files, gzipped or not: *images-idx* beside their *labels-idx1* partners. */
    IDX
}
