#!/usr/bin/env bash
# The package check: the .deb the build folder's CPack makes is what a store
# installs. It is unpacked into a scratch root (dpkg -x), and the installed
# bodegactl and bodega run from there against a fresh store.
# Usage: check-deb.sh BUILD_DIR VERSION
set -euo pipefail
build="$1"
version="$2"
fail() {
  echo "FAIL: $*" >&2
  exit 1
}

arch="$(dpkg --print-architecture)"
deb="$build/bodega_${version}_${arch}.deb"
# A package older than the executables would test yesterday's build: make it
# again (a developer running ctest alone; tests/run-all.sh runs cpack first).
stale=""
for exe in "$build/app/bodega" "$build/app/bodegactl"; do
  [ -x "$exe" ] || fail "$exe is not built: run cmake --build $build first"
  if [ ! -f "$deb" ] || [ "$exe" -nt "$deb" ]; then stale="$exe"; fi
done
if [ -n "$stale" ]; then
  echo "package missing or older than $stale: running cpack -G DEB in $build"
  (cd "$build" && cpack -G DEB) || fail "cpack -G DEB failed in $build"
fi
[ -f "$deb" ] || fail "cpack did not write $deb"

field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = bodega ] || fail "Package is '$(field Package)', not bodega"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', not $version"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
depends="$(field Depends)"
echo "Depends: $depends"
# Linked libraries (found by dpkg-shlibdeps) and the plugins Qt loads at run
# time (listed by hand in installer/CMakeLists.txt).
for pkg in libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6network6 libqt6printsupport6 \
  libpqxx-6.4 libsodium23 libqt6keychain1 libsqlite3-0 libqt6sql6-sqlite libqt6svg6; do
  echo "$depends" | tr ',' '\n' | grep -Eq "^ *$pkg( |\$)" || fail "Depends lacks $pkg"
done
# Every name in Depends is a real Debian package: this machine has it installed.
for pkg in $(echo "$depends" | tr ',' '\n' | sed -E 's/^ *([^ ]+).*/\1/'); do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" ||
    fail "Depends names $pkg, which is not an installed Debian package here"
done

contents="$(dpkg-deb -c "$deb" | awk '{print $NF}')"
desktop=usr/share/applications/io.github.bodega.Bodega.desktop
icon=usr/share/icons/hicolor/scalable/apps/bodega.svg
metainfo=usr/share/metainfo/io.github.bodega.Bodega.metainfo.xml
for f in usr/bin/bodega usr/bin/bodegactl "$desktop" "$icon" "$metainfo"; do
  echo "$contents" | grep -qx "\./$f" || fail "the package lacks /$f"
done

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
root="$scratch/root"
dpkg -x "$deb" "$root"
desktop-file-validate "$root/$desktop" || fail "desktop-file-validate rejects /$desktop"
appstreamcli validate --no-net "$root/$metainfo" || fail "appstreamcli rejects /$metainfo"
grep -qx 'Exec=bodega' "$root/$desktop" || fail "the desktop entry does not start bodega"
grep -qx 'Icon=bodega' "$root/$desktop" || fail "the desktop entry's icon is not bodega"
grep -q '<svg' "$root/$icon" || fail "/$icon is not an SVG"
for exe in bodega bodegactl; do
  if readelf -d "$root/usr/bin/$exe" | grep -E 'R(UN)?PATH' | grep -q "$build"; then
    fail "the installed $exe still looks for libraries in the build folder"
  fi
done

# The installed programs, with a home of their own (settings, logs, keys).
export HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/home/.config" \
  XDG_DATA_HOME="$scratch/home/.local/share" BODEGA_LOG="$scratch/bodega.jsonl"
unset BODEGA_DB
mkdir -p "$HOME"
ctl="$root/usr/bin/bodegactl"
out="$("$ctl" --version)" || fail "bodegactl --version failed"
[ "$out" = "bodegactl $version" ] || fail "bodegactl --version printed '$out'"
out="$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/bodega" --version)" || fail "bodega --version failed"
echo "$out" | grep -q "$version" || fail "bodega --version printed '$out'"

store="$scratch/store.sqlite"
"$ctl" --db "$store" --json init | grep -q '"created":true' || fail "bodegactl init did not create a store"
"$ctl" --db "$store" --json product add --name "Arroz Diana 500 g" --price 4500 --stock 3 --no-ai \
  >/dev/null || fail "bodegactl product add failed"
out="$("$ctl" --db "$store" --json product list)" || fail "bodegactl product list failed"
echo "$out" | grep -q '"count":1' || fail "product list: $out"
echo "$out" | grep -q '"name":"Arroz Diana 500 g"' || fail "product list: $out"
out="$("$ctl" --db "$store" --json health)" || fail "bodegactl health failed: $out"
echo "$out" | grep -q '"status":"ok"' || fail "health: $out"
echo "$out" | grep -q '"products":1' || fail "health: $out"
echo "OK: $deb ($(stat -c %s "$deb") bytes) installs and runs from a scratch root"
