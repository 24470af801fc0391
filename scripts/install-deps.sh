#!/usr/bin/env bash
# Installs what TokenDesk needs to build, run and test on Debian 12 (as root, or with sudo).
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  libssl-dev openssl libpugixml-dev libsoci-dev libboost-dev libsqlite3-dev sqlite3 nlohmann-json3-dev
  libgtest-dev libgmock-dev
  liboath-dev oathtool
  libhpdf-dev libharfbuzz-dev fonts-ipaexfont qpdf poppler-utils poppler-data python3-reportlab
  libwxgtk3.2-dev wx3.2-i18n xvfb xauth x11-utils imagemagick gettext cups-client bc
  postgresql libpq-dev unixodbc-dev odbc-postgresql
  libcurl4-openssl-dev
  clang libclang-rt-14-dev
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: everything is installed"
  exit 0
fi

as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get -o DPkg::Lock::Timeout=600 update -q
"${as_root[@]}" apt-get -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends "${missing[@]}"
