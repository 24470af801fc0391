#!/usr/bin/env bash
# Builds TokenDesk's Windows installer, TokenDesk-VERSION-x64.msi, with wixl (Debian's msitools)
# from the cross build's shipped programs (build-windows/shipped/: the test build's own programs
# may take "now" from the environment, these never), the translations, the document templates
# and the IPAex Mincho font with its licence.
#
#   installer/build-msi.sh [--version X.Y.Z] [--out DIR]
#
# VERSION defaults to the project's (CMakeLists.txt); the upgrade test gives a higher one. The
# MSI goes to DIR (default build-windows/installer/) and its path is printed last.
# Code signing: set TD_SIGN_COMMAND to a command that signs the file named by its last argument
# in place (for example osslsigncode or signtool wrapped in a script); it is run on both programs
# before they are packed and on the MSI after. Unset, nothing is signed.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

version=$(sed -n 's/^project(TokenDesk VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
out=$root/build-windows/installer
while [ $# -gt 0 ]; do
  case "$1" in
    --version) version=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    *) echo "usage: $0 [--version X.Y.Z] [--out DIR]" >&2; exit 2 ;;
  esac
done
[[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || { echo "build-msi: bad version '$version'" >&2; exit 2; }

need=
for p in wixl msitools fonts-ipaexfont-mincho; do dpkg -s "$p" >/dev/null 2>&1 || need="$need $p"; done
if [ -n "$need" ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  # shellcheck disable=SC2086
  apt-get install -y -q --no-install-recommends $need
fi

# The shipped programs and the translations, in the cross build's tree.
bash scripts/build-windows.sh --target tokendesk-shipped tokendesk-cli-shipped td_translations \
  >/dev/null

work=$root/build-windows/installer/work-$version
stage=$work/stage
rm -rf "$work"
mkdir -p "$stage/fonts" "$stage/locale" "$out"
for program in tokendesk tokendesk-cli; do
  x86_64-w64-mingw32-strip -o "$stage/$program.exe" "build-windows/shipped/$program.exe"
  [ -n "${TD_SIGN_COMMAND:-}" ] && $TD_SIGN_COMMAND "$stage/$program.exe"
done
cp -r build-windows/locale/. "$stage/locale/"
cp -r reports "$stage/reports"
cp /usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf "$stage/fonts/"
# The IPA Font License Agreement v1.0 (Japanese and English), as Debian ships it.
cp /usr/share/doc/fonts-ipaexfont-mincho/copyright "$stage/fonts/IPA_Font_License.txt"

(cd "$stage" && find locale reports fonts -type f | sort) |
  sed "s|^|$stage/|" |
  wixl-heat -p "$stage/" --component-group DataFiles --directory-ref INSTALLDIR --var var.Stage \
    --win64 > "$work/data.wxs"

cp resources/windows/tokendesk.ico "$work/"
msi=$out/TokenDesk-$version-x64.msi
# wixl finds sources by paths relative to where it runs.
(cd "$work" && wixl -a x64 -D Win64=yes -D Version="$version" -D Stage=stage -D Resources=. \
  -o "$msi" "$root/installer/tokendesk.wxs" data.wxs)
[ -n "${TD_SIGN_COMMAND:-}" ] && $TD_SIGN_COMMAND "$msi"
rm -rf "$work"
echo "$msi"
