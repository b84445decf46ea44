package dev.neuroevo.task.control;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The registry of environment ids, each with its time limit and reward threshold, as Gymnasium
 * registers them. The classic-control environments need nothing but this package; LunarLander's
 * class (and jbox2d with it) is loaded by name the first time one of its ids is asked for, so this
 * package does not depend on {@code dev.neuroevo.task.box2d} and runs without jbox2d.
 */
public final class Environments {
    private static final String LUNAR_LANDER = "dev.neuroevo.task.box2d.LunarLander";
    private static final Map<String, Entry> REGISTRY = new LinkedHashMap<>();

    static {
        register(CartPole.spec("CartPole-v1", 500, 475.0), CartPole::new);
        register(CartPole.spec("CartPole-v0", 200, 195.0), CartPole::new);
        register(MountainCar.spec("MountainCar-v0", 200, -110.0), MountainCar::new);
        register(MountainCarContinuous.spec("MountainCarContinuous-v0", 999, 90.0), MountainCarContinuous::new);
        register(Acrobot.spec("Acrobot-v1", 500, -100.0), Acrobot::new);
        // Gymnasium registers Pendulum-v1 without a reward threshold; -200 is this project's bar.
        register(Pendulum.spec("Pendulum-v1", 200, -200.0), Pendulum::new);
        REGISTRY.put("LunarLander-v3", new LazyEntry("LunarLander-v3", LUNAR_LANDER, false, 1000, 200.0));
        REGISTRY.put("LunarLanderContinuous-v3", new LazyEntry("LunarLanderContinuous-v3", LUNAR_LANDER, true, 1000, 200.0));
    }

    private Environments() {
    }

    private interface Entry {
        EnvSpec spec();

        Environment make(EnvSpec spec);
    }

    private record EagerEntry(EnvSpec spec, Function<EnvSpec, Environment> factory) implements Entry {
        @Override
        public Environment make(EnvSpec s) {
            return factory.apply(s);
        }
    }

    /**
     * An environment in another package, found by class name: its {@code public static EnvSpec
     * spec(String id, boolean continuous, int maxSteps, double threshold)} and its public
     * constructor from an {@link EnvSpec}, looked up once.
     */
    private static final class LazyEntry implements Entry {
        private final String id;
        private final String className;
        private final boolean continuous;
        private final int maxSteps;
        private final double threshold;
        private EnvSpec spec;
        private MethodHandle constructor;

        LazyEntry(String id, String className, boolean continuous, int maxSteps, double threshold) {
            this.id = id;
            this.className = className;
            this.continuous = continuous;
            this.maxSteps = maxSteps;
            this.threshold = threshold;
        }

        @Override
        public synchronized EnvSpec spec() {
            if (spec == null) {
                try {
                    Class<?> type = Class.forName(className);
                    MethodHandles.Lookup lookup = MethodHandles.publicLookup();
                    MethodHandle specOf = lookup.findStatic(type, "spec",
                            MethodType.methodType(EnvSpec.class, String.class, boolean.class, int.class, double.class));
                    constructor = lookup.findConstructor(type, MethodType.methodType(void.class, EnvSpec.class));
                    spec = (EnvSpec) specOf.invoke(id, continuous, maxSteps, threshold);
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new IllegalStateException(id + " needs " + className
                            + " and jbox2d (org.jbox2d:jbox2d-library) on the classpath: " + e, e);
                } catch (Throwable e) {
                    throw new IllegalStateException("cannot load " + className + " for " + id + ": " + e, e);
                }
            }
            return spec;
        }

        @Override
        public Environment make(EnvSpec s) {
            spec();
            try {
                return (Environment) constructor.invoke(s);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("cannot make " + id + ": " + e, e);
            }
        }
    }

    private static void register(EnvSpec spec, Function<EnvSpec, Environment> factory) {
        REGISTRY.put(spec.id(), new EagerEntry(spec, factory));
    }

    public static boolean exists(String id) {
        return REGISTRY.containsKey(id);
    }

    public static Iterable<String> ids() {
        return REGISTRY.keySet();
    }

    private static Entry entry(String id) {
        Entry e = REGISTRY.get(id);
        if (e == null) {
            throw new IllegalArgumentException("unknown environment '" + id + "'; known: " + REGISTRY.keySet());
        }
        return e;
    }

    /** The registered spec of {@code id}, options at their defaults. */
    public static EnvSpec spec(String id) {
        return entry(id).spec();
    }

    /** A new environment with the registered time limit and default options. */
    public static Environment make(String id) {
        return make(id, Map.of());
    }

    /**
     * A new environment with some options changed, as Gymnasium's {@code gym.make(id, **kwargs)}: e.g.
     * {@code make("Acrobot-v1", Map.of("book_or_nips", "nips"))} or {@code make("Pendulum-v1", Map.of("g",
     * 9.81))}. Its {@link Environment#spec()} lists the options it was made with; an option the id
     * does not have is refused.
     */
    public static Environment make(String id, Map<String, ?> options) {
        Entry e = entry(id);
        return e.make(e.spec().withOptions(options));
    }
}
