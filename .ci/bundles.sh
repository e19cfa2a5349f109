#!/usr/bin/env bash
# Is the committed Vaadin frontend bundle still right for the code? Vaadin 25 needs Node >= 24 to
# build one and cannot download Node here, so builds rely on committed bundles
# (src/main/bundles/*.bundle) and Node is only fetched when they are stale.
#
#   .ci/bundles.sh check     exit 0 when no Node is needed, 1 when the bundles must be rebuilt
#   .ci/bundles.sh rebuild   fetch Node 24, rebuild the production bundle, record its inputs
set -euo pipefail
cd "$(dirname "$0")/.."
stamp=src/main/bundles/inputs.sha256

# What the bundles are built from: the Vaadin version, every frontend annotation in our code, and
# our own frontend sources (not the files Vaadin generates there). The bundle is not optimised per
# route (pom: optimizeBundle=false), so it holds every Vaadin component: new views need no rebuild.
fingerprint() {
  {
    grep -o '<vaadin.version>[^<]*' pom.xml
    grep -rhoE '@(NpmPackage|JsModule|JavaScript|CssImport)\([^)]*\)' src/main/java | sort
    find src/main/frontend -type f ! -path '*/generated/*' ! -name index.html 2>/dev/null | sort | xargs -r sha256sum
  } | sha256sum | cut -d' ' -f1
}

uses_own_frontend() {
  [ -f "$stamp" ] && return 0
  grep -rqE '@(NpmPackage|JsModule|JavaScript)\(' src/main/java \
    || [ -n "$(find src/main/frontend -type f ! -path '*/generated/*' ! -name index.html 2>/dev/null)" ]
}

case "${1:-check}" in
  check)
    if ! uses_own_frontend; then
      echo "bundles: only Vaadin's own components are used; its prebuilt bundle serves, no Node needed"
      exit 0
    fi
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$(fingerprint)" ]; then
      echo "bundles: committed bundles match the frontend inputs, no Node needed"
      exit 0
    fi
    echo "bundles: frontend inputs changed since the bundles were built"
    exit 1
    ;;
  rebuild)
    PATH="$(bash .ci/node24.sh):$PATH"
    export PATH
    rm -f src/main/bundles/prod.bundle
    ./mvnw -B -q -DskipTests package   # build-frontend writes src/main/bundles/prod.bundle
    mkdir -p src/main/bundles
    fingerprint > "$stamp"
    ls -la src/main/bundles
    ;;
  *)
    echo "usage: $0 check|rebuild" >&2
    exit 2
    ;;
esac
