package io.duckboard.audits.run;

/** Who asked for a run. */
public enum RunTrigger { MANUAL, SCHEDULE, API }
