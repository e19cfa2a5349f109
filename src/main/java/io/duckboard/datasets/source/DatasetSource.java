package io.duckboard.datasets.source;

import java.nio.file.Path;
import java.util.List;

/** A place dataset files come from. */
public interface DatasetSource {

    /** For people: {@code local folder /srv/lake} or {@code s3://bucket/prefix (endpoint)}. */
    String description();

    /** Every file under the root or prefix. */
    List<SourceObject> list();

    /**
     * Makes the given objects readable as local files and returns the folder that holds them under
     * their keys. A local source returns its own folder; a remote one downloads into {@code staging}.
     */
    Path fetch(List<SourceObject> objects, Path staging, FetchProgress progress);
}
