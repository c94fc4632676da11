#!/bin/sh
# Refreshes assets/ip/geo-whois-asn-country.mmdb, the IP-to-country database Footprint
# bundles (CC BY 4.0 data by NRO, see assets/ip/LICENSE.md), and assets/ip/VERSION.
#
#   scripts/update-ip-database.sh               # the latest npm package (needs npm)
#   scripts/update-ip-database.sh FILE.mmdb      # a file you downloaded (e.g. a GitHub
#                                                # release of sapics/ip-location-db)
#
# Footprint never downloads anything itself: run this, look at the diff, commit.
set -eu
cd "$(dirname "$0")/.."
out=assets/ip
if [ $# -ge 1 ]; then
    cp "$1" "$out/geo-whois-asn-country.mmdb"
    echo "file $(basename "$1") $(date -u +%Y-%m-%d)" > "$out/VERSION"
else
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    (cd "$tmp" && npm pack --silent @ip-location-db/geo-whois-asn-country-mmdb >/dev/null && tar xzf ./*.tgz)
    cp "$tmp/package/geo-whois-asn-country.mmdb" "$out/"
    node -e 'console.log(require(process.argv[1]).version)' "$tmp/package/package.json" > "$out/VERSION" 2>/dev/null \
        || sed -n 's/.*"version": *"\([^"]*\)".*/\1/p' "$tmp/package/package.json" > "$out/VERSION"
fi
echo "assets/ip: $(cat "$out/VERSION"), $(wc -c < "$out/geo-whois-asn-country.mmdb") bytes"
