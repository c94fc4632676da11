#!/bin/sh
# Refreshes assets/i18n/countries/<language>.json, the names of countries (ISO 3166-1
# alpha-2 → name) in each language of the window but English (English names come with the
# map), from the i18n-iso-countries npm package (MIT licence, CLDR-based data;
# assets/i18n/countries/LICENSE-i18n-iso-countries.txt). Where the package lists several
# names, the first (the usual short one) is kept. Needs npm and node.
# Footprint never downloads anything itself: run this, look at the diff, commit.
set -eu
cd "$(dirname "$0")/.."
out=assets/i18n/countries
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent i18n-iso-countries >/dev/null && tar xzf ./*.tgz)
cp "$tmp/package/LICENSE" "$out/LICENSE-i18n-iso-countries.txt"
for pair in zh:zh-CN ar:ar es:es ru:ru pt:pt-BR de:de fr:fr; do
    src=${pair%%:*}
    tag=${pair#*:}
    node -e '
        const fs = require("fs");
        const all = JSON.parse(fs.readFileSync(process.argv[1], "utf8")).countries;
        const flat = {};
        for (const code of Object.keys(all).sort()) {
            const name = all[code];
            flat[code] = Array.isArray(name) ? name[0] : name;
        }
        fs.writeFileSync(process.argv[2], JSON.stringify(flat, null, 0) + "\n");
    ' "$tmp/package/langs/$src.json" "$out/$tag.json"
done
node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1])).version)' \
    "$tmp/package/package.json" > "$out/VERSION"
echo "assets/i18n/countries: i18n-iso-countries $(cat "$out/VERSION")"
