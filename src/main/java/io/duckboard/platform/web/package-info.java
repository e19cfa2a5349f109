/** HTTP plumbing shared by every API: problem details, fallbacks. */
@NullMarked
package io.duckboard.platform.web;

import org.jspecify.annotations.NullMarked;
