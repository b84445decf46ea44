package dev.neuroevo.task.control;

import dev.neuroevo.task.box2d.LunarLander;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** The registry of environment ids, each with its time limit and reward threshold, as Gymnasium registers them. */
public final class Environments {
    private record Entry(EnvSpec spec, Function<EnvSpec, Environment> factory) { }

    private static final Map<String, Entry> REGISTRY = new LinkedHashMap<>();

    static {
        register(CartPole.spec("CartPole-v1", 500, 475.0), CartPole::new);
        register(CartPole.spec("CartPole-v0", 200, 195.0), CartPole::new);
        register(MountainCar.spec("MountainCar-v0", 200, -110.0), MountainCar::new);
        register(MountainCarContinuous.spec("MountainCarContinuous-v0", 999, 90.0), MountainCarContinuous::new);
        register(Acrobot.spec("Acrobot-v1", 500, -100.0), Acrobot::new);
        // Gymnasium registers Pendulum-v1 without a reward threshold; -200 is this project's bar.
        register(Pendulum.spec("Pendulum-v1", 200, -200.0), Pendulum::new);
        register(LunarLander.spec("LunarLander-v3", false, 1000, 200.0), LunarLander::new);
        register(LunarLander.spec("LunarLanderContinuous-v3", true, 1000, 200.0), LunarLander::new);
    }

    private Environments() {
    }

    private static void register(EnvSpec spec, Function<EnvSpec, Environment> factory) {
        REGISTRY.put(spec.id(), new Entry(spec, factory));
    }

    public static boolean exists(String id) {
        return REGISTRY.containsKey(id);
    }

    public static Iterable<String> ids() {
        return REGISTRY.keySet();
    }

    public static EnvSpec spec(String id) {
        Entry e = REGISTRY.get(id);
        if (e == null) {
            throw new IllegalArgumentException("unknown environment '" + id + "'; known: " + REGISTRY.keySet());
        }
        return e.spec();
    }

    /** A new environment with the registered time limit. */
    public static Environment make(String id) {
        return REGISTRY.get(spec(id).id()).factory().apply(spec(id));
    }
}
