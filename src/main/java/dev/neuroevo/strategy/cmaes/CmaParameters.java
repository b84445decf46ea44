package dev.neuroevo.strategy.cmaes;

import java.io.Serializable;

/**
 * The constants of CMA-ES for a dimension and population size, computed once: Hansen, "The CMA
 * Evolution Strategy: A Tutorial" (arXiv:1604.00772), Table 1, with pycma's choices where the two
 * differ (c_sigma's denominator n + mueff + 3, c_mu's offset 1/4, c_1 scaled by min(1, lambda/6),
 * the log step-size change clipped to [-1, 1]). The weights are the tutorial's active ones:
 * log-weights, positive for the better half and negative for the worse half, the negative ones
 * scaled so that the covariance matrix stays positive definite.
 *
 * @param weights  one weight per rank, best first; the first {@code mu} are positive and sum to 1
 * @param eigenGap generations between eigendecompositions (pycma's lazy update)
 */
public record CmaParameters(int dimension, int lambda, int mu, double[] weights, double weightSum, double mueff,
                            double cSigma, double dSigma, double cc, double c1, double cMu, double chiN,
                            double eigenGap) implements Serializable {

    /** The default population size 4 + floor(3 ln n). */
    public static int defaultLambda(int n) {
        return 4 + (int) Math.floor(3 * Math.log(n));
    }

    public static CmaParameters of(int n, int lambda) {
        return make(n, lambda, 1);
    }

    /**
     * sep-CMA-ES: with a diagonal covariance matrix the rank-one and rank-mu learning rates may be
     * (n + 2) / 3 times larger (Ros and Hansen, "A Simple Modification in CMA-ES Achieving Linear
     * Time and Space Complexity", PPSN 2008).
     */
    public static CmaParameters separable(int n, int lambda) {
        return make(n, lambda, (n + 2) / 3.0);
    }

    private static CmaParameters make(int n, int lambda, double rateFactor) {
        if (n < 1 || lambda < 2) {
            throw new IllegalArgumentException("CMA-ES needs dimension >= 1 and population >= 2, got " + n + ", "
                    + lambda);
        }
        int mu = lambda / 2;
        double[] w = new double[lambda];
        double pos = 0;
        double posSq = 0;
        double neg = 0;
        double negSq = 0;
        for (int i = 0; i < lambda; i++) {
            w[i] = Math.log((lambda + 1) / 2.0) - Math.log(i + 1);
            if (i < mu) {
                pos += w[i];
                posSq += w[i] * w[i];
            } else if (w[i] < 0) {
                neg -= w[i];
                negSq += w[i] * w[i];
            }
        }
        double mueff = pos * pos / posSq;
        double mueffMinus = negSq > 0 ? neg * neg / negSq : 0;
        double c1 = Math.min(1, lambda / 6.0) * 2 / ((n + 1.3) * (n + 1.3) + mueff);
        double cMu = Math.min(1 - c1, 2 * (0.25 + mueff + 1 / mueff - 2) / ((n + 2.0) * (n + 2.0) + mueff));
        c1 = Math.min(1, c1 * rateFactor);
        cMu = Math.min(1 - c1, cMu * rateFactor);
        // Sum of the negative weights' magnitudes: tutorial eq. (53), pycma's finalize_negative_weights.
        double negativeSum = Math.min(1 + c1 / cMu,
                Math.min(1 + 2 * mueffMinus / (mueff + 2), (1 - c1 - cMu) / (n * cMu)));
        double sum = 0;
        for (int i = 0; i < lambda; i++) {
            w[i] = i < mu ? w[i] / pos : w[i] < 0 ? negativeSum * w[i] / neg : 0;
            sum += w[i];
        }
        double cSigma = (mueff + 2) / (n + mueff + 3);
        double dSigma = 1 + 2 * Math.max(0, Math.sqrt((mueff - 1) / (n + 1)) - 1) + cSigma;
        double cc = (4 + mueff / n) / (n + 4 + 2 * mueff / n);
        double chiN = Math.sqrt(n) * (1 - 1 / (4.0 * n) + 1 / (21.0 * n * n));
        double eigenGap = 1 / ((c1 + cMu) * n * 10);
        return new CmaParameters(n, lambda, mu, w, sum, mueff, cSigma, dSigma, cc, c1, cMu, chiN, eigenGap);
    }

    /** The evolution path p_sigma after a generation whose mean moved by sigma C^(1/2) {@code isotropicShift} (B z_w). */
    double[] nextPs(double[] ps, double[] isotropicShift) {
        double a = Math.sqrt(cSigma * (2 - cSigma) * mueff);
        double[] out = new double[ps.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (1 - cSigma) * ps[i] + a * isotropicShift[i];
        }
        return out;
    }

    /** Cumulative step-size adaptation (tutorial eq. 44). */
    double nextSigma(double sigma, double[] ps) {
        double change = cSigma / dSigma * (Math.sqrt(dot(ps, ps)) / chiN - 1);
        return sigma * Math.exp(Math.max(-1, Math.min(1, change)));
    }

    /** h_sigma: stalls the rank-one update while p_sigma is long, early or after a jump of sigma. */
    boolean hSigma(double[] ps, int generations) {
        double norm = Math.sqrt(dot(ps, ps) / (1 - Math.pow(1 - cSigma, 2.0 * generations)));
        return norm < (1.4 + 2.0 / (dimension + 1)) * chiN;
    }

    /** The evolution path p_c after a generation whose weighted mean step is {@code yw}. */
    double[] nextPc(double[] pc, double[] yw, boolean hSigma) {
        double a = hSigma ? Math.sqrt(cc * (2 - cc) * mueff) : 0;
        double[] out = new double[pc.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (1 - cc) * pc[i] + a * yw[i];
        }
        return out;
    }

    /** The factor on the old covariance matrix: 1 + c1 delta(h_sigma) - c1 - c_mu sum w (tutorial eq. 47). */
    double decay(boolean hSigma) {
        double delta = hSigma ? 0 : cc * (2 - cc);
        return 1 + c1 * delta - c1 - cMu * weightSum;
    }

    /**
     * The weight of rank {@code rank} in the rank-mu update: negative weights are rescaled by
     * n / ||z||^2, the squared Mahalanobis length of the step, so a long bad step cannot push C
     * towards indefiniteness (tutorial eq. 46).
     */
    double activeWeight(int rank, double zNormSq) {
        double w = weights[rank];
        return w >= 0 ? w : w * dimension / Math.max(zNormSq, 1e-300);
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
