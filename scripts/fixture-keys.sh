#!/usr/bin/env bash
# Keys of the real Trengo responses (extensions/src/test/resources/fixtures/real) that the generated
# models declare, and the keys they drop, per fixture.
#
#   scripts/fixture-keys.sh [--names]
#
# Runs RealResponseFixturesTest, which reads each fixture into its model and walks the JSON beside it,
# then prints one row per fixture: keys declared (occurrences, nested ones included), keys dropped
# (occurrences) and, with --names, the distinct names of the dropped keys. docs/spec-choices.md says why
# each dropped key is left out. Exit 1 when the build or the test fails.
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

# The test prints: "<file> as <Model>: <n> declared keys checked; <m> keys no model declares [a, b]"
awk -v names="$names" '
  / declared keys checked; / {
    fixture = $1 " (" $3 ")"; sub(/:$/, "", fixture); sub(/:\)$/, ")", fixture)
    declared = $4; dropped = $8
    list = $0; sub(/^[^\[]*\[/, "", list); sub(/\]$/, "", list)
    rows[++n] = sprintf("| %-62s | %8d | %7d |%s", fixture, declared, dropped, names == "true" ? " " list " |" : "")
    total_declared += declared; total_dropped += dropped
  }
  END {
    printf("| %-62s | %8s | %7s |%s\n", "fixture (model)", "declared", "dropped", names == "true" ? " dropped names |" : "")
    printf("|%s|----------|---------|%s\n", "----------------------------------------------------------------", names == "true" ? "---------------|" : "")
    for (i = 1; i <= n; i++) print rows[i]
    printf("| %-62s | %8d | %7d |%s\n", "total", total_declared, total_dropped, names == "true" ? " |" : "")
  }' extensions/target/surefire-reports/com.trengo.client.RealResponseFixturesTest-output.txt
