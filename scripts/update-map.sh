#!/bin/sh
# Refreshes assets/map/countries-110m.json, the country shapes of the world map: Natural
# Earth 1:110m (public domain) as TopoJSON from the world-atlas npm package (ISC licence,
# assets/map/LICENSE-world-atlas.txt), and assets/map/VERSION. Needs npm.
# Footprint never downloads anything itself: run this, look at the diff, commit.
set -eu
cd "$(dirname "$0")/.."
out=assets/map
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent world-atlas >/dev/null && tar xzf ./*.tgz)
cp "$tmp/package/countries-110m.json" "$out/"
cp "$tmp/package/LICENSE" "$out/LICENSE-world-atlas.txt"
sed -n 's/.*"version": *"\([^"]*\)".*/\1/p' "$tmp/package/package.json" > "$out/VERSION"
echo "assets/map: world-atlas $(cat "$out/VERSION"), $(wc -c < "$out/countries-110m.json") bytes"
