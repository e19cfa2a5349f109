package io.duckboard.settings;

import java.util.Map;

/**
 * What the data-source page shows: the effective values, which fields the environment pins (field →
 * where), and the secret key masked ({@code ••••1234}) or empty when none is set.
 */
public record DataSourceForm(DataSourceSettings settings, Map<String, String> pinned, String maskedSecret) {
}
