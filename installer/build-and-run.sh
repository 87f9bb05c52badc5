#!/usr/bin/env bash
# The README's "run" command: installs what is missing, builds, and opens
# Bodega on its embedded store (the first run offers a demo store).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$here/installer/deps.sh"
build="${BODEGA_BUILD_DIR:-$here/build}"
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build" --target bodega bodegactl
exec "$build/app/bodega" "$@"
