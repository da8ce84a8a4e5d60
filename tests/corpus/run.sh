#!/usr/bin/env bash
# Issue 12.6: fetches the pinned npm packages that tests/Prevu3d.Corpus/corpus.json names, extracts them under
# artifacts/corpus/packages (git-ignored, never in CI), and runs the corpus: every document through our generator
# (in memory) and through the Kiota CLI, both outputs compiled. Writes docs/corpus.md and artifacts/corpus/results.json.
#
#   tests/corpus/run.sh                         the whole corpus (36 minutes on a busy 2-core machine)
#   tests/corpus/run.sh --only xkcd,oas31-petstore   a few documents; the report goes to artifacts/corpus/corpus.md and
#                                               the results to artifacts/corpus/results.partial.json (results.json,
#                                               which --reuse-kiota reads, stays the last full run's)
#   tests/corpus/run.sh --fetch-only            download and extract, run nothing
#   tests/corpus/run.sh --reuse-kiota           ours only, Kiota's results and outputs taken from the last full run
#
# Other arguments go to the runner: --step-timeout SECONDS (default 300), --no-kiota.
set -euo pipefail
cd "$(dirname "$0")/../.."

manifest=tests/Prevu3d.Corpus/corpus.json
packages=artifacts/corpus/packages
mkdir -p "$packages"

fetch_only=false
args=()
for arg in "$@"; do
  if [ "$arg" = "--fetch-only" ]; then fetch_only=true; else args+=("$arg"); fi
done

# "name@version<TAB>folder" per package; the folder is npm's tarball name without .tgz.
node -e '
  const m = require(process.argv[1]);
  for (const p of m.packages) console.log(`${p.package}@${p.version}\t${p.package.replace(/^@/, "").replace("/", "-")}-${p.version}`);
' "$PWD/$manifest" | while IFS=$'\t' read -r spec folder; do
  if [ ! -f "$packages/$folder.tgz" ]; then
    echo "npm pack $spec"
    npm pack "$spec" --pack-destination "$packages" --silent >/dev/null
  fi
  if [ ! -d "$packages/$folder/package" ]; then
    mkdir -p "$packages/$folder"
    tar -xzf "$packages/$folder.tgz" -C "$packages/$folder"
  fi
done

if [ "$fetch_only" = true ]; then
  exit 0
fi

dotnet tool restore >/dev/null
dotnet build tests/Prevu3d.Corpus -c Release --nologo -v quiet
dotnet tests/Prevu3d.Corpus/bin/Release/net10.0/Prevu3d.Corpus.dll "${args[@]}"
