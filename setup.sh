#!/usr/bin/env bash
# Model Atlas set-up: installs what is missing (Debian / Ubuntu), builds, then either opens the
# app on the built-in catalog or runs every test headless.
#   ./setup.sh run     build and open the window
#   ./setup.sh test    build and run all tests (ctest, offscreen), then build again with
#                      AddressSanitizer and UndefinedBehaviorSanitizer and run them all again
set -euo pipefail
mode=${1:-run}
case $mode in run|test) ;; *) echo "usage: $0 run|test" >&2; exit 2 ;; esac
cd "$(dirname "$0")"

packages=(cmake ninja-build g++ qt6-base-dev qt6-charts-dev qt6-webengine-dev qt6-tools-dev
          qt6-svg-dev qt6-l10n-tools qt6-translations-l10n libgl-dev
          libcmark-dev libtomlplusplus-dev libsqlite3-dev libicu-dev clang-format pkgconf xvfb xauth fonts-wqy-microhei)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    echo "Installing: ${missing[*]}"
    sudo=""; [[ $(id -u) == 0 ]] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

build=${ATLAS_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --parallel "$(nproc)"

# QtWebEngine refuses to start as root unless its sandbox is off.
[[ $(id -u) == 0 ]] && export QTWEBENGINE_DISABLE_SANDBOX=1
if [[ $mode == test ]]; then
    (cd "$build" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 600)
    # The same suite under the sanitizers, in a folder of its own, once the normal run passed.
    # Any report fails the test that made it (UBSan stops at the first; see CMakeLists.txt).
    sanitized=${ATLAS_SANITIZE_BUILD_DIR:-build-sanitize}
    cmake -S . -B "$sanitized" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DATLAS_SANITIZE=ON >/dev/null
    cmake --build "$sanitized" --parallel "$(nproc)"
    cd "$sanitized" && QT_QPA_PLATFORM=offscreen \
        ASAN_OPTIONS=detect_leaks=0:abort_on_error=1:detect_stack_use_after_return=1 \
        UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        ctest --output-on-failure --timeout 900
else
    exec "$build/app/model-atlas" "${@:2}"
fi
