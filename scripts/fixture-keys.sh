#!/usr/bin/env bash
# Keys of the real Trengo responses (extensions/src/test/resources/fixtures/real) that the generated
# models declare, and the keys they drop, per fixture.
#
#   scripts/fixture-keys.sh [--names]
#
# Runs RealResponseFixturesTest, which reads each fixture into its model and walks the JSON beside it,
# then prints one row per fixture: its keys (at every depth, array items included), how many the models
# keep, how many they drop (an undeclared key and every key inside its value), and under how many
# undeclared keys those are; with --names, the names of the undeclared keys. docs/spec-choices.md says
# why each is left out. Exit 1 when the build or the test fails.
set -euo pipefail

names=false
case "${1:-}" in
  --names) names=true ;;
  "") ;;
  *) sed -n '5,11p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
esac

cd "$(dirname "$0")/.."
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if ! ./mvnw -B -q -pl extensions -am test -Dtest=RealResponseFixturesTest \
    -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1; then
  echo "fixture-keys: the build or RealResponseFixturesTest failed; the end of its log:" >&2
  tail -n 40 "$log" >&2
  exit 1
fi

# The test prints: "<file> as <Model>: <k> keys kept, <d> keys dropped, under <u> keys no model declares [a, b]"
awk -v names="$names" '
  / keys kept, / {
    fixture = $1 " (" $3 ")"; sub(/:\)$/, ")", fixture)
    kept = $4; dropped = $7; under = $11
    list = $0; sub(/^[^\[]*\[/, "", list); sub(/\]$/, "", list)
    rows[++n] = sprintf("| %-52s | %5d | %5d | %7d | %5d |%s", fixture, kept + dropped, kept, dropped, under,
        names == "true" ? " " list " |" : "")
    total_kept += kept; total_dropped += dropped; total_under += under
  }
  END {
    printf("| %-52s | %5s | %5s | %7s | %5s |%s\n", "fixture (model)", "keys", "kept", "dropped", "under",
        names == "true" ? " undeclared names |" : "")
    printf("|%s|-------|-------|---------|-------|%s\n", "------------------------------------------------------",
        names == "true" ? "------------------|" : "")
    for (i = 1; i <= n; i++) print rows[i]
    printf("| %-52s | %5d | %5d | %7d | %5d |%s\n", "total", total_kept + total_dropped, total_kept, total_dropped,
        total_under, names == "true" ? " |" : "")
  }' extensions/target/surefire-reports/com.trengo.client.RealResponseFixturesTest-output.txt
