package io.duckboard.datasets;

/** What started a load. */
public enum LoadTrigger { STARTUP, SCHEDULE, MANUAL }
