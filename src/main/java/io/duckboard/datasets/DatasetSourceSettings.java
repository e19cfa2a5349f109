package io.duckboard.datasets;

/**
 * Where loads read from, asked at the start of every load. The settings feature provides the
 * version edited in the UI (with environment pins); without it, the configuration properties apply.
 */
public interface DatasetSourceSettings {

    DatasetsProperties effective();
}
