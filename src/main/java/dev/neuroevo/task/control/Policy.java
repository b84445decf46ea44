package dev.neuroevo.task.control;

import dev.neuroevo.network.NetworkInvoker;
import dev.neuroevo.network.NetworkSpec;
import dev.neuroevo.task.InputNormalizer;

/**
 * A network acting in an environment: the observation (normalised when the network was trained
 * behind a normaliser) goes through the forward pass, and the argmax or the tanh output scaled to
 * the action bounds is the step taken. Owns its buffers, so a step allocates nothing; training
 * rollouts, {@code evaluate} and {@code render} all act through it.
 */
public final class Policy {
    private final NetworkInvoker net;
    private final boolean discrete;
    private final double[] action;
    private final double[] low;
    private final double[] high;
    private final double[] normalized;
    private InputNormalizer normalizer;
    private int lastDiscrete;

    public Policy(NetworkSpec spec, EnvSpec env) {
        this.net = new NetworkInvoker(spec);
        ActionSpace space = env.actionSpace();
        this.discrete = space.isDiscrete();
        this.action = new double[space.size()];
        this.low = space.low();
        this.high = space.high();
        this.normalized = new double[env.observationSize()];
    }

    /** Inputs go through {@code n} from now on (null: raw observations). */
    public void normalizeInputs(InputNormalizer n) {
        normalizer = n;
    }

    /** Chooses the action for {@code obs} and steps {@code env} with it. */
    public void act(Environment env, double[] weights, double[] obs) {
        double[] input = obs;
        if (normalizer != null) {
            normalizer.apply(obs, normalized);
            input = normalized;
        }
        if (discrete) {
            lastDiscrete = net.argmax(weights, input);
            env.step(lastDiscrete);
        } else {
            net.tanh(weights, input, action);
            for (int j = 0; j < action.length; j++) {
                action[j] = low[j] + (action[j] + 1) * 0.5 * (high[j] - low[j]);
            }
            env.step(action);
        }
    }

    /** The last discrete action taken. */
    public int lastDiscreteAction() {
        return lastDiscrete;
    }

    /** The last continuous action taken; a buffer that is reused. */
    public double[] lastContinuousAction() {
        return action;
    }

    public boolean discrete() {
        return discrete;
    }
}
