package io.duckboard.datasets.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A folder on this machine (default {@code data/lake}); files are read in place. */
public final class LocalFolderSource implements DatasetSource {

    private final Path root;

    public LocalFolderSource(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public String description() {
        return "local folder " + root;
    }

    @Override
    public List<SourceObject> list() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(this::describe)
                    .filter(object -> !object.key().startsWith(".") && !object.key().contains("/."))
                    .sorted(java.util.Comparator.comparing(SourceObject::key))
                    .toList();
        } catch (IOException e) {
            throw new SourceException("Cannot read the folder " + root + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Path fetch(List<SourceObject> objects, Path staging, FetchProgress progress) {
        for (SourceObject object : objects) {
            if (!Files.isRegularFile(root.resolve(object.key()))) {
                throw new SourceException(object.key() + " disappeared from " + root + " while loading");
            }
            progress.advanced(object.size(), true);
        }
        return root;
    }

    private SourceObject describe(Path file) {
        try {
            String key = root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
            var modified = Files.getLastModifiedTime(file);
            return new SourceObject(key, Files.size(file), Long.toString(modified.toMillis()), modified.toInstant());
        } catch (NoSuchFileException e) {
            throw new SourceException(file + " disappeared while listing " + root, e);
        } catch (IOException e) {
            throw new SourceException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
