#!/usr/bin/env bash
# Builds the generator of an earlier commit for the Generator benchmarks' same-run comparison.
#   tests/Prevu3d.Benchmarks/build-baseline-generator.sh REF
# prints the folder to export as PREVU3D_BASELINE_GENERATOR_DIR (artifacts/baseline-generator/<sha>).
set -euo pipefail
ref="${1:?usage: build-baseline-generator.sh GIT-REF}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
sha="$(git -C "$root" rev-parse --short "$ref^{commit}")"
out="$root/artifacts/baseline-generator/$sha"
if [ -f "$out/Prevu3d.Generator.dll" ]; then
  echo "$out"
  exit 0
fi

work="$(mktemp -d)"
trap 'git -C "$root" worktree remove --force "$work/src" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
git -C "$root" worktree add --detach "$work/src" "$sha" >&2
dotnet build "$work/src/generator/Prevu3d.Generator/Prevu3d.Generator.csproj" -c Release -o "$work/bin" >&2
mkdir -p "$out"
cp "$work/bin/Prevu3d.Generator.dll" "$out/"
echo "$out"
