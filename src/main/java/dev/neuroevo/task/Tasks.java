package dev.neuroevo.task;

import dev.neuroevo.config.ConfigError;
import dev.neuroevo.config.Settings;
import dev.neuroevo.task.control.Environments;
import dev.neuroevo.task.functions.FunctionTask;
import dev.neuroevo.task.functions.TestFunction;
import dev.neuroevo.task.supervised.ClassificationTask;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Makes the task a job names in {@code task.name}. */
public final class Tasks {
    private Tasks() {
    }

    /** True when the task reads a data set, which takes a running Spark, before it knows its inputs and outputs. */
    public static boolean readsData(Settings s) {
        return s.isNull("task.class") && s.string("task.name").equals(ClassificationTask.NAME);
    }

    public static Task create(Settings s) {
        if (!s.isNull("task.class")) {
            return UserTask.of(s.string("task.class"));
        }
        String name = s.string("task.name");
        if (Environments.exists(name)) {
            return new EpisodeTask(name, s.integer("task.episodes"), s.integer("task.final-episodes"));
        }
        if (TestFunction.exists(name)) {
            return FunctionTask.of(s);
        }
        if (name.equals(ClassificationTask.NAME)) {
            return ClassificationTask.of(s);
        }
        throw new ConfigError("setting 'task.name' names no known task: '" + name + "'; environments: "
                + String.join(", ", Environments.ids()) + "; functions: "
                + Arrays.stream(TestFunction.values()).map(TestFunction::id).collect(Collectors.joining(", ")));
    }
}
