#!/usr/bin/env bash
# The README's "test" command: installs what is missing, builds everything
# (warnings are errors here) and the .deb, and runs the whole CTest suite.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$here/installer/deps.sh"
build="${BODEGA_BUILD_DIR:-$here/build}"
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBODEGA_WERROR=ON
cmake --build "$build" -j "$(nproc)"
cd "$build"
cpack -G DEB
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j "$(nproc)" --timeout 900
