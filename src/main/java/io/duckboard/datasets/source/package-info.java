/** Where dataset files come from: a local folder or an S3 bucket (AWS SDK v2), listed and fetched with progress. */
@NullMarked
package io.duckboard.datasets.source;

import org.jspecify.annotations.NullMarked;
