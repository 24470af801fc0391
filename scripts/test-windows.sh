#!/usr/bin/env bash
# The Windows stage of the test command: cross-builds TokenDesk for Windows (build-windows/,
# after the Windows libraries: scripts/build-windows-deps.sh) and runs the Windows test programs
# under Wine, in a Wine prefix of its own (build-windows/wine), then the desktop program's
# start-up (tests/windows/desktop_demo.sh: --demo to the sign-in and the main window), the
# same scenario on both platforms (tests/windows/cli_same_json.sh) and the installer's test
# (tests/installer/msi_lifecycle.sh: install, use, upgrade, uninstall the MSI under Wine). The
# PostgreSQL suite runs against the server in TD_TEST_PG when it is set; the ODBC suite is
# Debian's only (Wine has no ANSI SQLDriverConnect). Extra arguments go to ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
need=
for p in wine wine64 xvfb xdotool x11-utils wixl msitools fonts-ipaexfont-gothic; do dpkg -s "$p" >/dev/null 2>&1 || need="$need $p"; done
# shellcheck disable=SC2086
[ -z "$need" ] || DEBIAN_FRONTEND=noninteractive apt-get install -y -q $need
bash scripts/build-windows.sh
# The Japanese font the Windows programs would find beside them once installed.
export TOKENDESK_FONT=/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf
# A counter PC set to another zone than Japan's, named as Windows names it (Wine takes it from
# TZ when its server starts): every rule must still read Japan time.
export TZ=America/Los_Angeles TD_EXPECT_PC_ZONE="Pacific Standard Time"
export WINEPREFIX="$PWD/build-windows/wine"
wineserver -k 2>/dev/null || true
. scripts/wine-env.sh
status=0
# Under Wine a test program has been seen to stop dead once (no CPU, no database connection, its
# threads gone, the main one waiting on wineserver; the same suite passes at once when run
# again): a program that runs ten minutes is stopped and run once more, and only a second
# failure fails the stage.
ctest --test-dir build-windows --output-on-failure -j2 --timeout 600 --repeat until-pass:2 "$@" ||
  status=$?
wineserver -k 2>/dev/null || true
bash tests/windows/desktop_demo.sh || status=1
# The same scenario through the Debian program gives the same JSON (TD_NATIVE_CLI, else the
# test command's build-ci or a developer's build).
native=${TD_NATIVE_CLI:-}
for candidate in build-ci/src/cli/tokendesk-cli build/src/cli/tokendesk-cli; do
  [ -z "$native" ] && [ -x "$candidate" ] && native=$candidate
done
if [ -n "$native" ]; then
  bash tests/windows/cli_same_json.sh "$native" || status=1
else
  echo "test-windows: FAILED: no Debian tokendesk-cli to compare with (set TD_NATIVE_CLI)" >&2
  status=1
fi
bash tests/installer/msi_lifecycle.sh || status=1
exit $status
