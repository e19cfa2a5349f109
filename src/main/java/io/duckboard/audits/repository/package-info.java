@NullMarked
package io.duckboard.audits.repository;

import org.jspecify.annotations.NullMarked;
