/** The record of every dataset load in the app database. */
@NullMarked
package io.duckboard.datasets.repository;

import org.jspecify.annotations.NullMarked;
