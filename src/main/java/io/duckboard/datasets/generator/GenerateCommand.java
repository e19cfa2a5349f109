package io.duckboard.datasets.generator;

import io.duckboard.platform.duckdb.DuckDbProperties;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * {@code java -jar duckboard.jar generate [--scale 1.0] [--seed 42] [--out data/lake]}: writes the demo
 * dataset without starting the application.
 */
public final class GenerateCommand {

    public static final String NAME = "generate";
    private static final String USAGE = "usage: java -jar duckboard.jar generate [--scale 1.0] [--seed 42] [--out data/lake]";

    private GenerateCommand() {
    }

    /** Returns the process exit code: 0 done, 2 bad arguments, 1 failure. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        double scale = 1.0;
        long seed = GeneratorSpec.DEFAULT_SEED;
        Path folder = Path.of("data", "lake");
        try {
            for (int i = 1; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--scale" -> scale = number(args[i], value);
                    case "--seed" -> seed = (long) number(args[i], value);
                    case "--out" -> folder = Path.of(required(args[i], value));
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
                i++;
            }
            GeneratorSpec spec = new GeneratorSpec(scale, seed);
            out.printf("Generating demo data at scale %s (seed %d) into %s …%n", scale, seed, folder.toAbsolutePath());
            GenerationResult result = new DemoDataGenerator(new DuckDbProperties(Path.of("unused"), 0, null))
                    .generate(spec, folder);
            out.println("Generated " + result);
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("generate: " + e.getMessage());
            err.println(USAGE);
            return 2;
        } catch (RuntimeException e) {
            err.println("generate failed: " + e.getMessage());
            return 1;
        }
    }

    private static double number(String option, String value) {
        try {
            return Double.parseDouble(required(option, value));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, got '" + value + "'");
        }
    }

    private static String required(String option, String value) {
        if (value == null || value.startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }
}
