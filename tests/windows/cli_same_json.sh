#!/usr/bin/env bash
# One scenario through tokendesk-cli on both platforms — the Debian program and the Windows
# program under Wine, each on a SQLite database of its own, at the same pinned times — must
# give the same JSON, apart from what is generated at random (token user IDs, the app's secret,
# audit chain heads) and the database's path. Then each database is opened by the other
# platform's program: the audit trail verifies and the user reads back exactly as the platform
# that wrote it reads it.
#
#   tests/windows/cli_same_json.sh DEBIAN_CLI [WINDOWS_CLI.exe]     (run by test-windows.sh)
#
# Exits 0 when everything matched, else 1 with the first difference.
set -euo pipefail
cd "$(dirname "$0")/../.."
native=$(realpath "${1:?usage: $0 DEBIAN_CLI [WINDOWS_CLI.exe]}")
windows=$(realpath "${2:-build-windows/src/cli/tokendesk-cli.exe}")
. scripts/wine-env.sh
export LC_ALL=C.UTF-8 LANG=C.UTF-8
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "cli_same_json: FAILED: $*" >&2; exit 1; }

# run PLATFORM DB_DIR ARGS...: one command on that platform's program, its JSON on stdout (a
# refusal's too: the exit code is compared apart).
run() {
  local platform=$1 dir=$2
  shift 2
  if [ "$platform" = debian ]; then
    TOKENDESK_KEY_FILE="$dir/td.key" "$native" --db "sqlite:$dir/td.db" --json "$@"
  else
    TOKENDESK_KEY_FILE="$(winepath -w "$dir/td.key")" wine "$windows" \
      --db "sqlite:$(winepath -w "$dir/td.db")" --json "$@" | tr -d '\r'
  fi
}

# Random or platform's own: replaced by a placeholder before comparing.
normalise() {
  sed -E -e 's/"(token_user_id|secret_base32|head|database)":"[^"]*"/"\1":"…"/g' \
    -e 's#otpauth://totp/[^"]*#otpauth://totp/…#g'
}

scenario() {  # PLATFORM DIR: every step's exit code and JSON, a line each
  local p=$1 d=$2
  step() { local out rc=0; out=$(run "$p" "$d" "$@") || rc=$?; echo "$rc $out" | normalise; }
  export TOKENDESK_TEST_NOW=2026-11-26T09:00:00+09:00
  step db init
  step branch add 001 --name 本店営業部 --phone 03-1234-5678
  TOKENDESK_NEW_PASSWORD=pass-admin-0001 step staff add admin --name "管理 一郎" --branch 001 \
    --role admin
  export TOKENDESK_PASSWORD=pass-admin-0001
  TOKENDESK_NEW_PASSWORD=first-pass-teller1 step --as admin staff add teller1 --name "窓口 花子" \
    --branch 001 --role teller
  TOKENDESK_NEW_PASSWORD=first-pass-manager1 step --as admin staff add manager1 \
    --name "検印 次郎" --branch 001 --role manager
  # Each replaces the password the administrator gave at first sign-in.
  TOKENDESK_PASSWORD=first-pass-teller1 step --as teller1 user show master1   # refused: change
  TOKENDESK_PASSWORD=first-pass-teller1 TOKENDESK_NEW_PASSWORD=pass-teller1-0001 \
    step --as teller1 password change
  TOKENDESK_PASSWORD=first-pass-manager1 TOKENDESK_NEW_PASSWORD=pass-manager1-0001 \
    step --as manager1 password change
  export TOKENDESK_PASSWORD=pass-teller1-0001
  step --as teller1 contract add 1000001 --company 株式会社さくら商事 \
    --company-kana カブシキガイシャサクラショウジ --representative "桜井 太郎" \
    --representative-title 代表取締役 --postal 100-0005 --address 東京都千代田区丸の内2-2-2 \
    --branch 001
  step --as teller1 user add master1 --contract 1000001 --name "桜井 太郎" --kind master \
    --mobile-email master1@docomo.ne.jp
  step --as teller1 user add 𠮷野 --contract 1000001 --name "𠮷野 一" --kind general  # refused: ID
  step --as teller1 apply software-token master1 --start-password 2580 --form-received 2026-11-26 \
    --seal-checked --identity-checked --visitor "桜井 太郎" --visitor-role principal
  step --as teller1 approve 1                                    # refused: a teller approving
  TOKENDESK_PASSWORD=pass-manager1-0001 step --as manager1 approve 1
  # Revoked at 20:50 in Japan (11:50 UTC): a new token not before 08:10 the next morning.
  export TOKENDESK_TEST_NOW=2026-11-26T11:50:00Z
  step --as teller1 apply revoke master1 --reason stolen --form-received 2026-11-26 \
    --seal-checked --identity-checked --visitor "桜井 太郎" --visitor-role principal
  TOKENDESK_PASSWORD=pass-manager1-0001 step --as manager1 approve 2
  step --as teller1 user show master1
  step --as teller1 apply software-token master1 --start-password 2580   # refused: too early
  step --as teller1 application list
  step policy show
  step audit verify
}

mkdir -p "$work/debian" "$work/windows"
scenario debian "$work/debian" > "$work/debian.txt"
scenario windows "$work/windows" > "$work/windows.txt"
steps=$(wc -l < "$work/debian.txt")
[ "$steps" -ge 18 ] || fail "the scenario ran $steps steps"
grep -q '^0 .*"earliest_issue_at":"2026-11-27T08:10:00+09:00"' "$work/debian.txt" ||
  fail "the Debian run did not hold re-issue until 08:10: $(cat "$work/debian.txt")"
diff -u "$work/debian.txt" "$work/windows.txt" >&2 ||
  fail "the Windows program's JSON differs from the Debian program's (above)"
echo "cli_same_json: ok: $steps steps, the same JSON on both platforms"

# Each platform's database opened by the other's program. A key file that leaves one
# platform is made owner-only again on the other, as an administrator moving it would.
export TOKENDESK_PASSWORD=pass-teller1-0001
chmod 600 "$work/windows/td.key"
for dir in debian windows; do
  mine=$dir other=windows
  [ "$dir" = windows ] && other=debian
  run "$other" "$work/$dir" audit verify | grep -q '"intact":true' ||
    fail "the $other program does not verify the audit trail of the $mine database"
  a=$(run "$mine" "$work/$dir" --as teller1 user show master1)
  b=$(run "$other" "$work/$dir" --as teller1 user show master1)
  [ "$a" = "$b" ] || fail "the $mine database reads differently on $other: $a / $b"
  echo "cli_same_json: ok: the $mine database opens on $other and reads the same"
done
echo "cli_same_json: passed"
