package dev.neuroevo.task.supervised;

import dev.neuroevo.network.BatchInvoker;

/** A trained network's fitness on held-out rows (higher is better): accuracy for classes, R² for real targets. */
interface ValidationFitness {

    double of(BatchInvoker net, Dataset rows, double[] weights);
}
