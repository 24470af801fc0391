#!/usr/bin/env bash
# tokendesk-server on the demo database, in one command: installs what is missing, builds the
# release programs, makes a demo branch (tokendesk-cli demo), a throwaway CA with a server
# certificate for 127.0.0.1 and a host certificate pinned for the demo's service ID, and serves
# on https://127.0.0.1:8443 until Ctrl-C. Prints a curl line to try. Everything lives in
# build-server/server-demo/ (made anew each run).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake -S . -B build-server -DCMAKE_BUILD_TYPE=Release -DTD_BUILD_TESTS=OFF -DTD_BUILD_GUI=OFF >/dev/null
cmake --build build-server -j2 --target tokendesk-server tokendesk-cli

demo=$PWD/build-server/server-demo
rm -rf "$demo"
mkdir -p "$demo"
chmod 700 "$demo"
cli=./build-server/src/cli/tokendesk-cli
"$cli" --db "sqlite:$demo/demo.db" --key-file "$demo/demo.key" demo >/dev/null

cert() {  # name, CN, extensions: a key and a certificate signed by the demo CA
  openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$demo/$1.key" \
    -out "$demo/$1.csr" -subj "/CN=$2" 2>/dev/null
  printf '%s\n' "$3" >"$demo/$1.ext"
  openssl x509 -req -in "$demo/$1.csr" -CA "$demo/ca.pem" -CAkey "$demo/ca.key" -days 30 \
    -set_serial "$RANDOM" -extfile "$demo/$1.ext" -out "$demo/$1.pem" 2>/dev/null
}
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$demo/ca.key" \
  -out "$demo/ca.pem" -subj "/CN=TokenDesk demo CA" -days 30 2>/dev/null
cert server 127.0.0.1 $'subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth'
cert host demo-ib-host 'extendedKeyUsage=clientAuth'
fingerprint=$(openssl x509 -in "$demo/host.pem" -noout -fingerprint -sha256 | sed 's/.*=//')
service=$("$cli" --db "sqlite:$demo/demo.db" --key-file "$demo/demo.key" --json policy show |
  sed -n 's/.*"service_id": *"\([^"]*\)".*/\1/p')

cat >"$demo/tokendesk.conf" <<CONF
database = sqlite:$demo/demo.db
key_file = $demo/demo.key
server_listen = 127.0.0.1:8443
server_certificate = $demo/server.pem
server_private_key = $demo/server.key
server_client_ca = $demo/ca.pem
server_host = demo-ib-host $fingerprint ${service:-SEIKYO01}
CONF

cat <<HELP

Try, from another terminal:
  curl --cacert $demo/ca.pem --cert $demo/host.pem --key $demo/host.key \\
    https://127.0.0.1:8443/v1/users/sakura01
  curl --cacert $demo/ca.pem --cert $demo/host.pem --key $demo/host.key \\
    -H 'Content-Type: application/json' -d '{"login_id":"sakura01","otp":"123456","purpose":"login"}' \\
    https://127.0.0.1:8443/v1/otp/verify

HELP
export TOKENDESK_CONF=$demo/tokendesk.conf TOKENDESK_SYSTEM_CONF=$demo/none.conf
exec ./build-server/src/server/tokendesk-server
