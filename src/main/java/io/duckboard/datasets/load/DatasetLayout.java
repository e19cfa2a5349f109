package io.duckboard.datasets.load;

import io.duckboard.datasets.source.SourceObject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which shape of files a source holds: our Parquet lake ({@code recipes/*.parquet},
 * {@code interactions/*.parquet}, optional {@code users/*.parquet}) or the Kaggle Food.com CSVs
 * ({@code RAW_recipes.csv}, {@code RAW_interactions.csv}). Only the files that matter are kept, so
 * unrelated objects in the same prefix neither load nor trigger reloads.
 */
public record DatasetLayout(Kind kind, Map<String, List<SourceObject>> filesByTable) {

    public enum Kind { PARQUET, KAGGLE_CSV }

    static final String KAGGLE_RECIPES = "RAW_recipes.csv";
    static final String KAGGLE_INTERACTIONS = "RAW_interactions.csv";

    public static DatasetLayout detect(List<SourceObject> objects, String sourceDescription) {
        Map<String, List<SourceObject>> parquet = objects.stream()
                .filter(o -> o.key().endsWith(".parquet") && o.key().indexOf('/') > 0)
                .filter(o -> TableSpec.TABLES.contains(o.key().substring(0, o.key().indexOf('/'))))
                .collect(Collectors.groupingBy(o -> o.key().substring(0, o.key().indexOf('/'))));
        if (parquet.containsKey("recipes") && parquet.containsKey("interactions")) {
            return new DatasetLayout(Kind.PARQUET, parquet);
        }
        Map<String, SourceObject> byName = objects.stream()
                .collect(Collectors.toMap(SourceObject::key, o -> o, (a, b) -> a));
        if (byName.containsKey(KAGGLE_RECIPES) && byName.containsKey(KAGGLE_INTERACTIONS)) {
            return new DatasetLayout(Kind.KAGGLE_CSV, Map.of(
                    "recipes", List.of(byName.get(KAGGLE_RECIPES)),
                    "interactions", List.of(byName.get(KAGGLE_INTERACTIONS))));
        }
        throw new DatasetLoadException(objects.isEmpty()
                ? "The source " + sourceDescription + " is empty: nothing to load."
                : "No dataset found in " + sourceDescription + ": expected recipes/*.parquet and "
                  + "interactions/*.parquet (users/*.parquet optional), or RAW_recipes.csv and "
                  + "RAW_interactions.csv. Found " + objects.size() + " other file(s), e.g. " + objects.getFirst().key() + ".");
    }

    public List<SourceObject> allFiles() {
        return filesByTable.values().stream().flatMap(List::stream).sorted(java.util.Comparator.comparing(SourceObject::key)).toList();
    }

    public long totalBytes() {
        return allFiles().stream().mapToLong(SourceObject::size).sum();
    }

    /** Changes whenever any relevant file is added, removed or replaced. */
    public String manifestHash() {
        String lines = allFiles().stream().map(o -> o.key() + " " + o.size() + " " + o.version())
                .collect(Collectors.joining("\n"));
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(lines.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
