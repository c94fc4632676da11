#!/bin/sh
# Times `footprint summary --json` on every format at the sizes of issue 17, this build
# against an older one run by run in turns (docs/benchmarks.md, "Every format, side by
# side"). Usage: scripts/bench-all.sh OLD_FOOTPRINT [REALISTIC_DIR]
#   OLD_FOOTPRINT  an older build's binary (e.g. from `git worktree add`, `cargo build --release`)
#   REALISTIC_DIR  a folder with ../shared/bench's tg_full_1000.json and "WhatsApp Chat
#                  with Big Group.txt" (gen_telegram.py --mb 1000 --seed 1, gen_whatsapp.py)
# Run it on an idle machine: the figures are wall-clock times.
set -eu
old=${1:?usage: scripts/bench-all.sh OLD_FOOTPRINT [REALISTIC_DIR]}
realistic=${2:-}
new=target/release/footprint
cargo build --release --locked
runs=3
for spec in json:1000 json-zip:1000 html:1000 whatsapp:100 bill:76 memotrace:100; do
    format=${spec%%:*}
    mb=${spec#*:}
    echo "== $format, $mb MB"
    "$new" bench --format "$format" --size-mb "$mb" --runs "$runs" --against "$old"
done
if [ -n "$realistic" ]; then
    for input in "$realistic/tg_full_1000.json" "$realistic/WhatsApp Chat with Big Group.txt"; do
        echo "== $input"
        "$new" bench --input "$input" --runs "$runs" --against "$old"
    done
fi
