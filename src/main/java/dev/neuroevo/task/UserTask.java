package dev.neuroevo.task;

import dev.neuroevo.network.Head;
import dev.neuroevo.network.NetworkInvoker;
import dev.neuroevo.network.NetworkSpec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A task scored by a user's {@link Fitness}: a class named in the job (only the name travels to
 * the executors; each partition instantiates it through the context class loader, which Spark
 * extends with the jars given by {@code --jars}), or an instance given through the Java API (it
 * travels serialized, and each partition scores with a copy of its own, so an instance is never
 * shared between threads).
 */
public final class UserTask implements Task {
    private final String id;
    private final String className;
    private final byte[] instance;
    private final int inputs;
    private final int outputs;

    private UserTask(String id, String className, byte[] instance, int inputs, int outputs) {
        this.id = id;
        this.className = className;
        this.instance = instance;
        this.inputs = inputs;
        this.outputs = outputs;
    }

    /** Loads and checks the class on the driver, so a bad name fails before Spark starts; IllegalArgumentException if bad. */
    public static UserTask of(String className) {
        Fitness f = instantiate(className);
        return new UserTask(className, className, null, f.inputs(), f.outputs());
    }

    /** A task scored by copies of {@code fitness}, named {@code id} in the model file and summary. */
    public static UserTask of(String id, Fitness fitness) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(fitness);
        } catch (IOException e) {
            throw new IllegalArgumentException("the fitness " + id + " cannot be serialized (a lambda must capture"
                    + " only serializable values): " + e, e);
        }
        return new UserTask(id, null, bytes.toByteArray(), fitness.inputs(), fitness.outputs());
    }

    /** A fitness of this partition's own. */
    private Fitness fitness() {
        if (className != null) {
            return instantiate(className);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(instance)) {
            @Override
            protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
                return Class.forName(desc.getName(), false, Thread.currentThread().getContextClassLoader());
            }
        }) {
            return (Fitness) in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("the fitness " + id + " cannot be deserialized: " + e, e);
        }
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
        return id;
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
        Fitness fitness = fitness();
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
