/** Deterministic, scalable demo data shaped like the Food.com recipes and interactions, written as Parquet. */
@NullMarked
package io.duckboard.datasets.generator;

import org.jspecify.annotations.NullMarked;
