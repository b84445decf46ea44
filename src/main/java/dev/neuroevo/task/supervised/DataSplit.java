package dev.neuroevo.task.supervised;

import dev.neuroevo.config.Choice;

/** How the test rows are chosen: by a hash of each row and the seed, or as a separate file (an official split). */
public enum DataSplit implements Choice {
    HASH, FILES
}
