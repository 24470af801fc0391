#!/usr/bin/env bash
# The Windows installer's life under Wine, as IT would live it: a silent install with
# DATABASE_URL and KEY_FILE, the installed tokendesk-cli through a short token lifecycle on
# SQLite (the machine's tokendesk.conf choosing database and key file), a major upgrade to a
# rebuilt MSI with a higher version, and an uninstall that leaves the data alone. Files and the
# installer's registry are checked at each step; a silent install with a value the program
# refuses must fail and leave nothing installed.
#
#   tests/installer/msi_lifecycle.sh     (after scripts/build-windows.sh; run by test-windows.sh)
#
# Exits 0 when every check passed, else 1 naming the first that failed.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD

fail() { echo "msi_lifecycle: FAILED: $*" >&2; exit 1; }
check() { local what=$1; shift; "$@" || fail "$what"; echo "msi_lifecycle: ok: $what"; }

out=$root/build-windows/installer-test
rm -rf "$out"
mkdir -p "$out"
# The project's version, as build-msi.sh names its MSI, and one patch level above it.
msi_old=$(bash installer/build-msi.sh --out "$out" | tail -1)
version=$(basename "$msi_old" | sed 's/^TokenDesk-\(.*\)-x64\.msi$/\1/')
IFS=. read -r major minor patch <<<"$version"
newer="$major.$minor.$((patch + 1))"
msi_new=$(bash installer/build-msi.sh --version "$newer" --out "$out" | tail -1)
echo "msi_lifecycle: $(basename "$msi_old") $(du -k "$msi_old" | cut -f1) KiB," \
  "$(basename "$msi_new") $(du -k "$msi_new" | cut -f1) KiB"

# A Wine prefix of its own, made fresh: a PC that never had TokenDesk.
export WINEPREFIX=$out/wine WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" LC_ALL=C.UTF-8
wine cmd /c exit >/dev/null 2>&1 || true
wineserver -w
c=$WINEPREFIX/drive_c
programs="$c/Program Files/TokenDesk"
# Windows puts a per-machine install's shortcuts in All Users' Start menu; Wine 8's msi puts
# them in the installing user's. Either counts.
start_menus=("$c/ProgramData/Microsoft/Windows/Start Menu/Programs/TokenDesk"
  "$c/users/$(id -un)/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/TokenDesk")
conf=$c/ProgramData/TokenDesk/tokendesk.conf
data=$c/TokenDeskData

msiexec() { wine msiexec "$@" >/dev/null 2>&1; local rc=$?; wineserver -w; return $rc; }
installed_versions() {  # DisplayVersion of every product named TokenDesk in the uninstall list
  wine reg query 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall' /s 2>/dev/null |
    tr -d '\r' | awk '/DisplayName.*REG_SZ.*TokenDesk$/ {n=1} /^HKEY/ {n=0}
      /DisplayVersion/ && n {print $NF}' | sort | tr '\n' ' ' | sed 's/ $//'
}
has_installed_files() {
  for f in tokendesk.exe tokendesk-cli.exe fonts/ipaexm.ttf fonts/IPA_Font_License.txt \
    locale/ja/LC_MESSAGES/tokendesk.mo reports/gaiji.tsv reports/templates/completion_notice.json; do
    [ -f "$programs/$f" ] || { echo "missing: $f" >&2; return 1; }
  done
  local menu
  for menu in "${start_menus[@]}"; do
    [ -f "$menu/TokenDesk.lnk" ] && [ -f "$menu/TokenDesk command line (administrators).lnk" ] &&
      return 0
  done
  echo "no Start-menu shortcuts" >&2
  return 1
}
cli() { wine "$programs/tokendesk-cli.exe" --json "$@" 2>"$out/cli.err" | tr -d '\r'; }
field() { sed -n "s/.*\"$1\":\"\{0,1\}\([^\",}]*\).*/\1/p" | head -1; }

# 1. A value the program refuses fails the whole install, which rolls back.
check "a relative DATABASE_URL fails the install" \
  bash -c "! wine msiexec /i '$msi_old' /qn 'DATABASE_URL=sqlite:td.db' >/dev/null 2>&1"
wineserver -w
check "and leaves nothing installed" test ! -e "$programs/tokendesk-cli.exe"
check "nor a tokendesk.conf" test ! -e "$conf"

# 2. IT's silent install.
check "silent install of $version" msiexec /i "$msi_old" /qn \
  'DATABASE_URL=sqlite:C:\TokenDeskData\td.db' 'KEY_FILE=C:\TokenDeskData\td.key'
check "programs, font, licence, translations, templates and shortcuts installed" has_installed_files
check "the uninstall list shows $version once" test "$(installed_versions)" = "$version"
check "tokendesk.conf names the database" grep -qx 'database = sqlite:C:\\TokenDeskData\\td.db' "$conf"
check "tokendesk.conf names the key file" grep -qx 'key_file = C:\\TokenDeskData\\td.key' "$conf"

# 3. A short lifecycle through the installed tokendesk-cli; no --db or --key-file: the
#    machine's tokendesk.conf decides.
mkdir -p "$data"
check "db init on the configured database" bash -c "$(declare -f cli); programs='$programs' out='$out'; cli db init | grep -q '\"initialized\":true'"
check "the database and key file are where IT said" test -s "$data/td.db" -a -s "$data/td.key"
cli branch add 001 --name 本店営業部 >/dev/null || fail "branch add"
TOKENDESK_NEW_PASSWORD=pass-admin-0001 cli staff add admin --name "管理 一郎" --branch 001 \
  --role admin >/dev/null || fail "staff add admin"
for s in teller1:teller manager1:manager; do
  id=${s%%:*}
  TOKENDESK_PASSWORD=pass-admin-0001 TOKENDESK_NEW_PASSWORD="first-pass-$id" cli --as admin \
    staff add "$id" --name "$id" --branch 001 --role "${s##*:}" >/dev/null || fail "staff add $s"
  # The password an administrator set is changed at first sign-in.
  TOKENDESK_PASSWORD="first-pass-$id" TOKENDESK_NEW_PASSWORD="pass-$id-0001" cli --as "$id" \
    password change >/dev/null || fail "password change $id"
done
export TOKENDESK_PASSWORD=pass-teller1-0001
cli --as teller1 contract add 1000001 --company 株式会社さくら商事 \
  --company-kana カブシキガイシャサクラショウジ --representative "桜井 太郎" --postal 100-0005 \
  --address 東京都千代田区丸の内2-2-2 --branch 001 >/dev/null || fail "contract add"
cli --as teller1 user add master1 --contract 1000001 --name "桜井 太郎" --kind master \
  --mobile-email master1@docomo.ne.jp >/dev/null || fail "user add"
# The shipped program has no test clock: TOKENDESK_TEST_NOW changes nothing.
entered=$(TOKENDESK_TEST_NOW=2001-02-03T10:00:00+09:00 cli --as teller1 apply software-token \
  master1 --start-password 2580)
app=$(field application_id <<<"$entered")
check "apply software-token entered an application" test -n "$app"
shown_app=$(TOKENDESK_TEST_NOW=2001-02-03T10:00:00+09:00 cli --as teller1 application show "$app")
check "the shipped program ignores TOKENDESK_TEST_NOW" \
  bash -c "grep -q '\"entered_at\":\"20' <<<'$shown_app' && ! grep -q '2001-02-03' <<<'$shown_app'"
approved=$(TOKENDESK_PASSWORD=pass-manager1-0001 cli --as manager1 approve "$app")
token_user=$(field token_user_id <<<"$approved")
check "approve issued the token" test -n "$token_user"
activated=$(cli token activate --service-id SEIKYO01 --token-user-id "$token_user" \
  --start-password 2580)
check "the customer's app activates it" bash -c "grep -q 'otpauth://totp/' <<<'$activated'"
cli --as teller1 notice "$app" --out 'C:\TokenDeskData\notice.pdf' >/dev/null ||
  fail "notice: $(cat "$out/cli.err")"
check "the completion notice prints with the installed font and templates" \
  bash -c "head -c 5 '$data/notice.pdf' | grep -q '%PDF-'"
conf_before=$(cat "$conf")

# 4. A major upgrade, silent and without properties: one TokenDesk, the newer; settings and
#    data as they were.
check "silent upgrade to $newer" msiexec /i "$msi_new" /qn
check "the uninstall list shows only $newer" test "$(installed_versions)" = "$newer"
check "programs still installed" has_installed_files
check "tokendesk.conf unchanged by the upgrade" test "$(cat "$conf")" = "$conf_before"
shown=$(cli --as teller1 user show master1)
check "the database opens after the upgrade with the token active" \
  bash -c "grep -q '\"state\":\"active\"' <<<'$shown'"
check "the audit trail is intact" bash -c "$(declare -f cli); programs='$programs' out='$out'; cli audit verify | grep -q '\"intact\":true'"

# 5. Uninstall: the programs go; the database, key file and tokendesk.conf stay.
check "silent uninstall" msiexec /x "$msi_new" /qn
check "the uninstall list shows no TokenDesk" test -z "$(installed_versions)"
check "the programs are gone" test ! -e "$programs/tokendesk.exe" -a ! -e "$programs/tokendesk-cli.exe"
check "the Start-menu folder is gone" test ! -e "${start_menus[0]}" -a ! -e "${start_menus[1]}"
check "the database, key file and tokendesk.conf are kept" \
  test -s "$data/td.db" -a -s "$data/td.key" -a -s "$conf"

wineserver -k 2>/dev/null || true
echo "msi_lifecycle: passed"
