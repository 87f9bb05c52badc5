#!/usr/bin/env bash
# Installs the pinned MCP TypeScript SDK (package.json, package-lock.json)
# and interop.mjs into SCRATCH, a folder of the build tree that is never
# committed. Fails, naming the cause, when node or npm is missing or the
# npm registry cannot be reached: the interop test must not pass unseen.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
scratch="${1:?usage: setup.sh SCRATCH_DIR}"
for tool in node npm; do
  if ! command -v "$tool" >/dev/null; then
    echo "FAIL: $tool is missing; installer/deps.sh installs Debian's nodejs and npm" >&2
    exit 1
  fi
done
mkdir -p "$scratch"
cp "$here/interop.mjs" "$scratch/"
# Reinstall only when the pinned versions changed.
if cmp -s "$here/package-lock.json" "$scratch/package-lock.json" &&
   [ -f "$scratch/node_modules/@modelcontextprotocol/sdk/package.json" ]; then
  echo "MCP SDK already installed in $scratch"
  exit 0
fi
cp "$here/package.json" "$here/package-lock.json" "$scratch/"
cd "$scratch"
if ! npm ci --no-audit --no-fund --loglevel=error; then
  rm -f "$scratch/package-lock.json"
  echo "FAIL: could not install @modelcontextprotocol/sdk from $(npm config get registry)" >&2
  exit 1
fi
echo "installed @modelcontextprotocol/sdk $(node -p "require('./node_modules/@modelcontextprotocol/sdk/package.json').version") in $scratch"
