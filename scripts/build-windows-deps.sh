#!/usr/bin/env bash
# Builds, for 64-bit Windows (x86_64-w64-mingw32, posix-threads compiler), every library
# TokenDesk links, from Debian 12's source packages (the same upstream versions the Debian build
# uses), as static libraries into a prefix outside the checkout:
#   ${TD_WINDOWS_DEPS_DIR:-/var/cache/tokendesk}/windows-deps-HASH
# HASH is taken over this script (which pins every version) and the compiler's version, so a
# second run finds the prefix complete and does nothing, and a changed pin builds a new one.
#
#   scripts/build-windows-deps.sh              build (or find) the prefix; prints it last
#   scripts/build-windows-deps.sh --prefix     print the prefix's path only
#   scripts/build-windows-deps.sh --check      exit 0 when the prefix is complete, else 1
#
# Downloaded sources are kept in windows-sources/ beside the prefixes, so a rebuild needs no
# network. Only what TokenDesk uses is built: no shared libraries, tests, tools, docs or
# examples, and only the wxWidgets parts it links. zlib is Debian's own mingw-w64 build of its
# zlib source package (libz-mingw-w64-dev); GoogleTest is Debian's /usr/src/googletest.
set -euo pipefail

# Debian 12 source versions (bookworm point release). libharu's Debian part is no longer on the
# mirrors, so its orig tarball is built as released.
readonly VERSIONS=(
  "expat=2.5.0-1+deb12u2"
  "libpng1.6=1.6.39-2+deb12u5"
  "sqlite3=3.40.1-2+deb12u2"
  "pugixml=1.13-0.2"
  "openssl=3.0.20-1~deb12u2"
  "postgresql-15=15.18-0+deb12u1"
  "harfbuzz=6.0.0+dfsg-3"
  "libharu=2.3.0+dfsg-1"
  "soci=4.0.3-1"
  "wxwidgets3.2=3.2.2+dfsg-2"
)
readonly HOST=x86_64-w64-mingw32
readonly MINGW_PACKAGES="g++-mingw-w64-x86-64-posix mingw-w64-tools libz-mingw-w64-dev googletest
  nlohmann-json3-dev meson ninja-build tcl dpkg-dev xz-utils bzip2 pkgconf"

script_dir=$(cd "$(dirname "$0")" && pwd)
root=${TD_WINDOWS_DEPS_DIR:-/var/cache/tokendesk}
jobs=${TD_JOBS:-$(nproc)}

compiler_version() {
  if command -v "$HOST-g++-posix" >/dev/null; then "$HOST-g++-posix" --version | head -1; else echo none; fi
}
hash=$( { cat "$script_dir/build-windows-deps.sh"; compiler_version; } | sha256sum | cut -c1-16)
prefix="$root/windows-deps-$hash"
# A fixed prefix instead (while working on this script, so each edit does not start over).
[ -n "${TD_WINDOWS_DEPS_PREFIX:-}" ] && prefix=$TD_WINDOWS_DEPS_PREFIX

case "${1:-}" in
  --prefix) echo "$prefix"; exit 0 ;;
  --check) [ -f "$prefix/.complete" ]; exit ;;
  "") ;;
  *) echo "usage: $0 [--prefix|--check]" >&2; exit 2 ;;
esac

mkdir -p "$root"
# One build of a prefix at a time: a second run (another checkout's test command, say) waits
# for the first and then finds the prefix complete, rather than unpacking over its sources.
exec 9>"$prefix.lock"
flock 9
if [ -f "$prefix/.complete" ]; then
  echo "build-windows-deps: up to date"
  echo "$prefix"
  exit 0
fi

need_install=
for p in $MINGW_PACKAGES; do dpkg -s "$p" >/dev/null 2>&1 || need_install=1; done
if [ -n "$need_install" ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  # shellcheck disable=SC2086
  apt-get install -y -q --no-install-recommends $MINGW_PACKAGES
fi

started=$(date +%s)
sources="$root/windows-sources"
work="$root/windows-build-$hash"
stamps="$prefix/.stamps"
mkdir -p "$sources" "$work" "$stamps"

# Source packages come through an apt configuration of our own (deb-src lines for the archive
# and suites this machine uses), so the system's apt sources are never touched.
fetch_sources() {
  local missing=()
  for v in "${VERSIONS[@]}"; do
    local name=${v%%=*} version=${v#*=}
    ls "$sources/${name}_${version#*:}.dsc" >/dev/null 2>&1 || missing+=("$v")
  done
  [ ${#missing[@]} -eq 0 ] && return
  local apt="$work/apt"
  mkdir -p "$apt/lists/partial" "$apt/cache/archives/partial"
  local mirror suites
  mirror=$(grep -hoE 'https?://[^ ]+/debian/?' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list \
    2>/dev/null | grep -v security | head -1)
  mirror=${mirror:-http://deb.debian.org/debian}
  suites="bookworm bookworm-updates"
  {
    for s in $suites; do echo "deb-src ${mirror%/} $s main"; done
    echo "deb-src ${mirror%/debian*}/debian-security bookworm-security main"
  } > "$apt/sources.list"
  local opts=(-o "Dir::Etc::SourceList=$apt/sources.list" -o Dir::Etc::SourceParts=/nonexistent
    -o "Dir::State::Lists=$apt/lists" -o "Dir::Cache=$apt/cache" -o APT::Sandbox::User=root)
  apt-get "${opts[@]}" update -q
  # libharu's Debian part is gone from the mirrors: its failure is tolerated when the orig
  # tarball arrived.
  (cd "$sources" && apt-get "${opts[@]}" source --download-only "${missing[@]}") || true
  for v in "${missing[@]}"; do
    local name=${v%%=*}
    ls "$sources/${name}"_*.orig.tar.* >/dev/null 2>&1 || {
      echo "build-windows-deps: could not fetch $v (Debian may have replaced it: update its pin)" >&2
      exit 1
    }
  done
}

# Unpacks NAME's source into $work/NAME: with Debian's patches where the .dsc is whole,
# else the orig tarball as released.
unpack() {
  local name=$1 version=$2
  rm -rf "${work:?}/$name"
  if dpkg-source --no-check -x "$sources/${name}_${version#*:}.dsc" "$work/$name" >/dev/null 2>&1; then
    return
  fi
  mkdir -p "$work/$name"
  tar -xf "$sources/${name}"_*.orig.tar.* -C "$work/$name" --strip-components=1
}

version_of() {
  for v in "${VERSIONS[@]}"; do [ "${v%%=*}" = "$1" ] && { echo "${v#*=}"; return; }; done
  echo "no pinned version for $1" >&2; exit 1
}

# Runs build_NAME once per prefix; a stamp marks it done so an interrupted run resumes.
step() {
  local name=$1
  [ -f "$stamps/$name" ] && return
  local t0
  t0=$(date +%s)
  echo "build-windows-deps: $name"
  "build_${name//[-.]/_}" > "$work/$name.log" 2>&1 || {
    echo "build-windows-deps: $name failed; the last lines of $work/$name.log:" >&2
    tail -40 "$work/$name.log" >&2
    exit 1
  }
  echo "$(( $(date +%s) - t0 ))" > "$stamps/$name"
  echo "build-windows-deps: $name took $(cat "$stamps/$name") s"
}

export CC="$HOST-gcc-posix" CXX="$HOST-g++-posix" AR="$HOST-ar" RANLIB="$HOST-ranlib"
export RC="$HOST-windres" WINDRES="$HOST-windres" STRIP="$HOST-strip"
export CFLAGS="-O2" CXXFLAGS="-O2" CPPFLAGS="-I$prefix/include" LDFLAGS="-L$prefix/lib"
export PKG_CONFIG_LIBDIR="$prefix/lib/pkgconfig" PKG_CONFIG_PATH=""

toolchain="$work/toolchain.cmake"
cat > "$toolchain" <<EOF
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(CMAKE_C_COMPILER $CC)
set(CMAKE_CXX_COMPILER $CXX)
set(CMAKE_RC_COMPILER $RC)
set(CMAKE_FIND_ROOT_PATH /usr/$HOST $prefix)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
set(CMAKE_FIND_LIBRARY_SUFFIXES .a)
EOF
cmake_build() {  # SOURCE_DIR BUILD_DIR [cmake options...]
  local src=$1 bld=$2
  shift 2
  cmake -S "$src" -B "$bld" -G Ninja -DCMAKE_TOOLCHAIN_FILE="$toolchain" \
    -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$prefix" -DBUILD_SHARED_LIBS=OFF "$@"
  cmake --build "$bld" -j"$jobs"
  cmake --install "$bld"
}

build_expat() {
  unpack expat "$(version_of expat)"
  # Debian's security patches test `XML_DTD == 1` (as later expat does); expat 2.5's CMake
  # build defines XML_DTD empty, so its template is made to define it as 1.
  sed -i 's/^#cmakedefine XML_DTD$/#cmakedefine01 XML_DTD/' "$work/expat/expat/expat_config.h.cmake"
  cmake_build "$work/expat/expat" "$work/expat/build" -DEXPAT_SHARED_LIBS=OFF \
    -DEXPAT_BUILD_TOOLS=OFF -DEXPAT_BUILD_EXAMPLES=OFF -DEXPAT_BUILD_TESTS=OFF \
    -DEXPAT_BUILD_DOCS=OFF -DEXPAT_BUILD_FUZZERS=OFF -DEXPAT_BUILD_PKGCONFIG=ON
}

build_libpng() {
  unpack libpng1.6 "$(version_of libpng1.6)"
  cmake_build "$work/libpng1.6" "$work/libpng1.6/build" -DPNG_SHARED=OFF -DPNG_STATIC=ON \
    -DPNG_TESTS=OFF -DPNG_EXECUTABLES=OFF -DSKIP_INSTALL_PROGRAMS=ON -DSKIP_INSTALL_EXECUTABLES=ON
}

build_sqlite() {
  # The amalgamation is generated on the build machine (needs tclsh), then cross-compiled as
  # one file with the options Debian's libsqlite3 has that matter to TokenDesk.
  unpack sqlite3 "$(version_of sqlite3)"
  local s="$work/sqlite3"
  (cd "$s" && mkdir -p native && cd native &&
    CC=gcc CFLAGS=-O0 CPPFLAGS= LDFLAGS= ../configure --disable-tcl &&
    make sqlite3.c sqlite3.h >/dev/null)
  $CC -O2 -c "$s/native/sqlite3.c" -o "$s/sqlite3.o" -DSQLITE_THREADSAFE=1 \
    -DSQLITE_ENABLE_COLUMN_METADATA -DSQLITE_SECURE_DELETE -DSQLITE_ENABLE_UNLOCK_NOTIFY \
    -DSQLITE_ENABLE_DBSTAT_VTAB -DSQLITE_MAX_VARIABLE_NUMBER=250000
  mkdir -p "$prefix/lib" "$prefix/include"
  rm -f "$prefix/lib/libsqlite3.a"
  $AR rcs "$prefix/lib/libsqlite3.a" "$s/sqlite3.o"
  cp "$s/native/sqlite3.h" "$s/src/sqlite3ext.h" "$prefix/include/" 2>/dev/null ||
    cp "$s/native/sqlite3.h" "$prefix/include/"
}

build_pugixml() {
  unpack pugixml "$(version_of pugixml)"
  cmake_build "$work/pugixml" "$work/pugixml/build" -DPUGIXML_BUILD_TESTS=OFF
}

build_openssl() {
  unpack openssl "$(version_of openssl)"
  # libcrypto and libssl only (build_libs: no apps; no tests or loadable modules); TLS stays in for
  # libpq's sslmode and the server.
  (cd "$work/openssl" &&
    ./Configure mingw64 no-shared no-tests no-module no-legacy no-engine \
      no-dso no-ui-console --prefix="$prefix" --libdir=lib --openssldir="$prefix/ssl" \
      CC="$CC" AR="$AR" RANLIB="$RANLIB" RC="$RC" &&
    make -j"$jobs" build_libs &&
    make install_dev)
}

build_libpq() {
  unpack postgresql-15 "$(version_of postgresql-15)"
  # Only the static libpq (and the two support libraries a static libpq needs), with OpenSSL,
  # which static linking needs Windows' own crypto and socket libraries beside. The support
  # libraries are copied by hand: Debian's patches install them under /usr/lib/postgresql.
  (cd "$work/postgresql-15" &&
    LIBS="-lcrypt32 -lws2_32 -lgdi32 -luser32 -ladvapi32" ./configure --host="$HOST" \
      --prefix="$prefix" --without-readline --without-zlib --without-icu --with-ssl=openssl \
      --disable-rpath &&
    make -C src/include install &&
    make -C src/common -j"$jobs" libpgcommon.a &&
    make -C src/port -j"$jobs" libpgport.a &&
    cp src/common/libpgcommon.a src/port/libpgport.a "$prefix/lib/" &&
    make -C src/interfaces/libpq -j"$jobs" all-static-lib &&
    cp src/interfaces/libpq/libpq-fe.h src/interfaces/libpq/libpq-events.h "$prefix/include/")
  # On Windows PostgreSQL's libpq.a is the DLL's import library: the static library is made
  # from libpq's own objects (its version resource and its pthread stand-in, which winpthreads
  # replaces, left out).
  rm -f "$prefix/lib/libpq.a"
  (cd "$work/postgresql-15/src/interfaces/libpq" &&
    $AR rcs "$prefix/lib/libpq.a" $(ls ./*.o | grep -v -e 'rc\.o$' -e 'pthread-win32\.o$'))
}

build_harfbuzz() {
  unpack harfbuzz "$(version_of harfbuzz)"
  local cross="$work/meson-cross.txt"
  cat > "$cross" <<EOF
[binaries]
c = '$CC'
cpp = '$CXX'
ar = '$AR'
strip = '$STRIP'
windres = '$RC'
pkg-config = 'pkg-config'
[host_machine]
system = 'windows'
cpu_family = 'x86_64'
cpu = 'x86_64'
endian = 'little'
EOF
  (cd "$work/harfbuzz" &&
    meson setup build --cross-file "$cross" --prefix="$prefix" --libdir=lib \
      --buildtype=release -Db_ndebug=true --default-library=static --wrap-mode=nodownload \
      -Dglib=disabled -Dgobject=disabled -Dcairo=disabled -Dchafa=disabled -Dicu=disabled \
      -Dgraphite=disabled -Dgraphite2=disabled -Dfreetype=disabled -Dgdi=disabled \
      -Ddirectwrite=disabled -Dintrospection=disabled -Dtests=disabled -Ddocs=disabled \
      -Dbenchmark=disabled &&
    ninja -C build -j"$jobs" &&
    ninja -C build install)
}

build_libharu() {
  unpack libharu "$(version_of libharu)"
  cmake_build "$work/libharu" "$work/libharu/build" -DLIBHPDF_SHARED=OFF -DLIBHPDF_STATIC=ON \
    -DLIBHPDF_EXAMPLES=OFF -DDEVPAK=OFF
  # libharu's install copies the zlib it found (an import library of zlib1.dll) and its docs;
  # TokenDesk links zlib statically.
  rm -f "$prefix"/README "$prefix"/CHANGES "$prefix"/INSTALL "$prefix"/lib/libz.dll.a
  rm -rf "$prefix/if"
}

build_soci() {
  unpack soci "$(version_of soci)"
  local odbc_lib
  odbc_lib=$($CC -print-file-name=libodbc32.a)
  cmake_build "$work/soci" "$work/soci/build" -DSOCI_SHARED=OFF -DSOCI_STATIC=ON \
    -DSOCI_TESTS=OFF -DSOCI_CXX11=ON -DWITH_BOOST=OFF -DSOCI_EMPTY=OFF \
    -DWITH_SQLITE3=ON -DWITH_POSTGRESQL=ON -DWITH_ODBC=ON -DWITH_MYSQL=OFF \
    -DWITH_FIREBIRD=OFF -DWITH_ORACLE=OFF -DWITH_DB2=OFF \
    -DSQLITE3_INCLUDE_DIR="$prefix/include" -DSQLITE3_LIBRARY="$prefix/lib/libsqlite3.a" \
    -DPOSTGRESQL_INCLUDE_DIR="$prefix/include" -DPOSTGRESQL_LIBRARY="$prefix/lib/libpq.a" \
    -DODBC_INCLUDE_DIR="/usr/$HOST/include" -DODBC_LIBRARY="$odbc_lib" \
    -DCMAKE_CXX_FLAGS="-O2 -Wno-deprecated-declarations"
}

build_googletest() {
  cmake_build /usr/src/googletest "$work/googletest" -DBUILD_GMOCK=ON -DINSTALL_GTEST=ON \
    -Dgtest_disable_pthreads=OFF
}

build_nlohmann_json() {
  # Header-only: Debian's nlohmann-json3-dev headers, the same version as the Debian build's.
  mkdir -p "$prefix/include"
  cp -r /usr/include/nlohmann "$prefix/include/"
}

build_wxwidgets() {
  unpack wxwidgets3.2 "$(version_of wxwidgets3.2)"
  # msw, static, only the libraries TokenDesk links (base, core, adv, html, xml, xrc); Debian's
  # source has no bundled zlib/png/expat, so the ones above are used.
  (cd "$work/wxwidgets3.2" && mkdir -p build-msw && cd build-msw &&
    ../configure --host="$HOST" --prefix="$prefix" --with-msw --disable-shared \
      --enable-unicode --disable-debug --disable-debug_flag --disable-compat30 \
      --with-zlib=sys --with-libpng=sys --with-expat=sys --without-libtiff --without-libjpeg \
      --without-liblzma --without-opengl --with-regex=builtin \
      --disable-webview --disable-mediactrl --disable-stc --disable-ribbon --disable-richtext \
      --disable-propgrid --disable-aui --disable-glcanvasegl --disable-sound \
      --disable-debugreport --disable-svg --disable-webrequest --disable-fswatcher \
      --disable-mshtmlhelp --disable-tests \
      --disable-precomp-headers &&
    make -j"$jobs" &&
    make install)
}

fetch_sources
step expat
step libpng
step sqlite
step pugixml
step nlohmann_json
step googletest
step openssl
step libpq
step soci
step harfbuzz
step libharu
step wxwidgets

rm -rf "${work:?}"
total=$(( $(date +%s) - started ))
{
  echo "built $(date -u +%Y-%m-%dT%H:%M:%SZ) in $total s with $jobs jobs on $(nproc) cores"
  for v in "${VERSIONS[@]}"; do echo "$v"; done
  compiler_version
} > "$prefix/BUILD-INFO"
touch "$prefix/.complete"
echo "build-windows-deps: done in $total s"
echo "$prefix"
