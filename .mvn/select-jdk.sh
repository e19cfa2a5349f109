# shellcheck shell=sh
# Sourced by ./mvnw and .ci/run: makes sure Maven runs on a JDK >= 21 (the Vaadin plugin and the
# Java 21 bytecode need it). Keeps JAVA_HOME or the java on PATH when it is new enough; otherwise
# picks the newest JDK >= 21 from the usual install folders and says so. Never fails by itself:
# when none is found, Maven's own error names the version it needs.
duckboard_java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p' | head -n 1
}
duckboard_select_jdk() {
  current_java="java"
  [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && current_java="$JAVA_HOME/bin/java"
  if command -v "$current_java" >/dev/null 2>&1; then
    major=$(duckboard_java_major "$current_java")
    [ -n "$major" ] && [ "$major" -ge 21 ] && return 0
  fi
  best_home="" best_major=0
  for candidate in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    [ -x "$candidate/bin/javac" ] || continue
    major=$(duckboard_java_major "$candidate/bin/java")
    if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
      best_home=$candidate best_major=$major
    fi
  done
  if [ -n "$best_home" ]; then
    JAVA_HOME=$best_home
    export JAVA_HOME
    echo "Duckboard: the default Java is older than 21; using JDK $best_major at $JAVA_HOME" >&2
  fi
}
duckboard_select_jdk
unset current_java major best_home best_major candidate
