@NullMarked
package io.duckboard.audits.ui;

import org.jspecify.annotations.NullMarked;
