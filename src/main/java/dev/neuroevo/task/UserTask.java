package dev.neuroevo.task;

import dev.neuroevo.network.Head;
import dev.neuroevo.network.NetworkInvoker;
import dev.neuroevo.network.NetworkSpec;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A task scored by a user's {@link Fitness} class. Only the class name travels to the executors;
 * each partition instantiates it through the context class loader, which Spark extends with the
 * jars given by {@code --jars}.
 */
public final class UserTask implements Task {
    private final String className;
    private final int inputs;
    private final int outputs;

    private UserTask(String className, int inputs, int outputs) {
        this.className = className;
        this.inputs = inputs;
        this.outputs = outputs;
    }

    /** Loads and checks the class on the driver, so a bad name fails before Spark starts; IllegalArgumentException if bad. */
    public static UserTask of(String className) {
        Fitness f = instantiate(className);
        return new UserTask(className, f.inputs(), f.outputs());
    }

    static Fitness instantiate(String className) {
        Class<?> c;
        try {
            c = Class.forName(className, true, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalArgumentException("class " + className + " not found (give its jar with --jars)");
        }
        if (!Fitness.class.isAssignableFrom(c)) {
            throw new IllegalArgumentException("class " + className + " does not implement "
                    + Fitness.class.getName());
        }
        try {
            return (Fitness) c.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("class " + className
                    + " cannot be instantiated with a public no-argument constructor: " + e);
        }
    }

    @Override
    public String id() {
        return className;
    }

    @Override
    public int inputs() {
        return inputs;
    }

    @Override
    public int outputs() {
        return outputs;
    }

    @Override
    public Head head() {
        return Head.ARGMAX;
    }

    @Override
    public Scorer scorer(NetworkSpec spec) {
        Fitness fitness = instantiate(className);
        NetworkInvoker invoker = new NetworkInvoker(spec);
        return new Scorer() {
            private final View view = new View(invoker);

            @Override
            public double score(double[] weights, long seed) {
                view.weights = weights;
                return fitness.evaluate(view, seed);
            }

            @Override
            public long lastSteps() {
                return 1;
            }
        };
    }

    @Override
    public FinalEvaluation finalEvaluation(NetworkSpec spec, double[] weights, long seed) {
        double f = scorer(spec).score(weights, seed);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("fitness", f);
        return new FinalEvaluation(fields, f, false);
    }

    private static final class View implements Fitness.Network {
        private final NetworkInvoker invoker;
        private double[] weights;

        View(NetworkInvoker invoker) {
            this.invoker = invoker;
        }

        @Override
        public double[] forward(double[] input) {
            return invoker.forward(weights, input);
        }

        @Override
        public int argmax(double[] input) {
            return invoker.argmax(weights, input);
        }

        @Override
        public double[] weights() {
            return weights;
        }
    }
}
