#!/usr/bin/env bash
# The packaging, tested like code: `cmake --install` into a prefix inside the
# build directory, then the consumer in examples/consumer is built against it
# with find_package(claimcheck), and once more with pkg-config; both run.
# Usage: install_consumer.sh BUILD_DIR SOURCE_DIR WORK_DIR [EXTRA_FLAGS]
# EXTRA_FLAGS: compile and link flags the library was built with that its
# users need too (the sanitizers of a -DCLAIMCHECK_SANITIZE=ON build).
set -euo pipefail
build=$1 src=$2 work=$3 extra_flags=${4:-}
rm -rf "$work"
mkdir -p "$work"
prefix=$work/prefix

cmake --install "$build" --prefix "$prefix" >"$work/install.log"
config=$(find "$prefix" -name claimcheckConfig.cmake | head -1)
[[ -n $config ]] || { echo "FAIL: no claimcheckConfig.cmake installed"; exit 1; }
for f in claimcheckConfigVersion.cmake claimcheckTargets.cmake; do
  [[ -f $(dirname "$config")/$f ]] || { echo "FAIL: no $f next to the config"; exit 1; }
done
[[ -f $prefix/include/claimcheck/claimcheck.hpp ]] || { echo "FAIL: headers not installed"; exit 1; }
pc=$(find "$prefix" -name claimcheck.pc | head -1)
[[ -n $pc ]] || { echo "FAIL: no claimcheck.pc installed"; exit 1; }
echo "ok:   installed $(ls "$prefix"/lib*/libclaimcheck* "$prefix"/lib/*/libclaimcheck* 2>/dev/null | xargs -n1 basename | tr '\n' ' ')"

a="Meta's \$143 investment in Scale AI was large."
b="Meta's \$148 investment in Scale AI was large."
check_output() {  # program
  set +e
  out=$("$1" "$a" "$b")
  rc=$?
  set -e
  echo "$out"
  [[ $rc -eq 1 ]] || { echo "FAIL: $1 exited $rc, expected 1 (a discrepancy)"; exit 1; }
  grep -q '"\$143" (a:1:8) "\$148" (b:1:8)' <<<"$out" || { echo "FAIL: $1 did not print both values"; exit 1; }
  "$1" "$a" "$a" >/dev/null || { echo "FAIL: $1 found a discrepancy in agreeing texts"; exit 1; }
}

# find_package(claimcheck), with a foreign compiler cache and nothing but the prefix.
cmake -S "$src/examples/consumer" -B "$work/consumer" -DCMAKE_PREFIX_PATH="$prefix" \
  -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS="$extra_flags" \
  -DCMAKE_EXE_LINKER_FLAGS="$extra_flags" >"$work/consumer-configure.log"
cmake --build "$work/consumer" >"$work/consumer-build.log" 2>&1 ||
  { cat "$work/consumer-build.log"; echo "FAIL: the consumer does not build"; exit 1; }
check_output "$work/consumer/consumer"
echo "ok:   find_package(claimcheck) consumer builds and runs"

# pkg-config, when it is there.
if command -v pkg-config >/dev/null; then
  export PKG_CONFIG_PATH=$(dirname "$pc")
  library_version=$("$work/consumer/consumer" "" "" | sed -n 's/^claimcheck \([^:]*\):.*/\1/p')
  [[ $(pkg-config --modversion claimcheck) == "$library_version" ]] ||
    { echo "FAIL: pkg-config says $(pkg-config --modversion claimcheck), the library $library_version"; exit 1; }
  # shellcheck disable=SC2046,SC2086
  ${CXX:-c++} -std=c++20 $extra_flags "$src/examples/consumer/main.cpp" -o "$work/consumer-pc" \
    $(pkg-config --cflags --libs --static claimcheck)
  check_output "$work/consumer-pc"
  echo "ok:   pkg-config consumer builds and runs"
else
  echo "note: no pkg-config, its check skipped"
fi
