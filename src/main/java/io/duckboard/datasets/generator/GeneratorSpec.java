package io.duckboard.datasets.generator;

/**
 * How much demo data to make. Scale 1.0 is the Food.com seed: 178,265 recipes, 1,132,367
 * interactions, 25,076 users; 0.01 is enough for tests.
 */
public record GeneratorSpec(double scale, long seed) {

    public static final long DEFAULT_SEED = 42;
    static final long SEED_RECIPES = 178_265;
    static final long SEED_INTERACTIONS = 1_132_367;
    static final long SEED_USERS = 25_076;
    static final long SEED_CONTRIBUTORS = 27_926;

    public GeneratorSpec {
        if (!(scale > 0) || scale > 100) {
            throw new IllegalArgumentException("scale must be above 0 and at most 100, was " + scale);
        }
    }

    public long recipes() {
        return scaled(SEED_RECIPES);
    }

    public long interactions() {
        return Math.max(scaled(SEED_INTERACTIONS), recipes());
    }

    public long users() {
        return scaled(SEED_USERS);
    }

    long contributors() {
        return scaled(SEED_CONTRIBUTORS);
    }

    private long scaled(long seedCount) {
        return Math.max(1, Math.round(seedCount * scale));
    }
}
