#!/usr/bin/env bash
# Writes a vendor-style PSKC file (RFC 6030) with one TOTP device, made with the openssl
# command rather than TokenDesk: the secret and the MAC key AES-128-CBC under a pre-shared
# key, an HMAC-SHA1 ValueMAC over IV || ciphertext.
#   make-totp-pskc.sh OUT SERIAL SECRET_HEX PSK_HEX [DIGITS] [PERIOD]
set -euo pipefail
out=$1 serial=$2 secret=$3 psk=$4 digits=${5:-6} period=${6:-30}
mac_key=a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

bytes() {  # HEX -> the bytes it spells
    printf "$(sed 's/../\\x&/g' <<<"$1")"
}

seal() {  # PLAIN_HEX IV_HEX -> base64(IV || AES-128-CBC(PLAIN)) in $work/blob
    bytes "$1" >"$work/plain"
    bytes "$2" >"$work/blob"
    openssl enc -aes-128-cbc -K "$psk" -iv "$2" -in "$work/plain" >>"$work/blob"
    openssl base64 -A -in "$work/blob"
}

mac_value=$(seal "$mac_key" f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff)
secret_value=$(seal "$secret" 000102030405060708090a0b0c0d0e0f)
value_mac=$(openssl dgst -sha1 -mac HMAC -macopt "hexkey:$mac_key" -binary "$work/blob" |
    openssl base64 -A)
aes=http://www.w3.org/2001/04/xmlenc#aes128-cbc

cat >"$out" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<KeyContainer Version="1.0" xmlns="urn:ietf:params:xml:ns:keyprov:pskc"
    xmlns:ds="http://www.w3.org/2000/09/xmldsig#" xmlns:xenc="http://www.w3.org/2001/04/xmlenc#">
  <EncryptionKey><ds:KeyName>Pre-shared-key</ds:KeyName></EncryptionKey>
  <MACMethod Algorithm="http://www.w3.org/2000/09/xmldsig#hmac-sha1">
    <MACKey><xenc:EncryptionMethod Algorithm="$aes"/>
      <xenc:CipherData><xenc:CipherValue>$mac_value</xenc:CipherValue></xenc:CipherData>
    </MACKey>
  </MACMethod>
  <KeyPackage>
    <DeviceInfo><Manufacturer>Token Works</Manufacturer><SerialNo>$serial</SerialNo></DeviceInfo>
    <Key Id="$serial" Algorithm="urn:ietf:params:xml:ns:keyprov:pskc:totp">
      <AlgorithmParameters><ResponseFormat Length="$digits" Encoding="DECIMAL"/></AlgorithmParameters>
      <Data>
        <Secret>
          <EncryptedValue><xenc:EncryptionMethod Algorithm="$aes"/>
            <xenc:CipherData><xenc:CipherValue>$secret_value</xenc:CipherValue></xenc:CipherData>
          </EncryptedValue>
          <ValueMAC>$value_mac</ValueMAC>
        </Secret>
        <TimeInterval><PlainValue>$period</PlainValue></TimeInterval>
      </Data>
    </Key>
  </KeyPackage>
</KeyContainer>
XML
