#!/usr/bin/env bash
# Lists every operation of the generated client, read from the generated sources (run the build first):
#   interface | HTTP method | path | Java method
set -euo pipefail
cd "$(dirname "$0")/.."
src=generated-client/target/generated-sources/openapi/src/main/java/com/trengo/client/api
[ -d "$src" ] || { echo "no generated sources under $src: run ./mvnw -B -q install -DskipTests first" >&2; exit 2; }
for f in "$src"/*Api.java; do
  awk -v api="$(basename "$f" .java)" '
    match($0, /@(GET|POST|PUT|PATCH|DELETE)\("[^"]*"\)/) {
      s = substr($0, RSTART + 1, RLENGTH - 1); verb = substr(s, 1, index(s, "(") - 1)
      path = substr(s, index(s, "\"") + 1); sub(/"\)$/, "", path) }
    match($0, /Call<.*> [A-Za-z0-9_]+\(/) {
      m = substr($0, RSTART, RLENGTH - 1); n = split(m, parts, " ")
      printf "%-26s %-6s /%-34s %s\n", api, verb, path, parts[n] }' "$f"
done | sort -k1,1 -k4,4
