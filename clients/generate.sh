#!/usr/bin/env bash
# Generate both clients from an OpenAPI document:
#   clients/generate.sh SPEC OUT
# writes OUT/python/plapi_client (openapi-python-client) and OUT/typescript/src/schema.ts
# (openapi-typescript). `make clients` writes them over clients/; the tests write them into a
# folder inside the repository (so that the same ruff settings format them) and compare.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
spec="$(realpath "$1")"
out="$(realpath -m "$2")"
mkdir -p "$out/python" "$out/typescript/src"
cd "$root/clients/python"
PATH="$root/.venv-clients/bin:$PATH" openapi-python-client generate --path "$spec" \
  --config generator.yaml --meta none --output-path "$out/python/plapi_client" --overwrite \
  >/dev/null
"$root/node_modules/.bin/openapi-typescript" "$spec" -o "$out/typescript/src/schema.ts" \
  >/dev/null 2>&1
