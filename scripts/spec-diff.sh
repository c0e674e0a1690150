#!/usr/bin/env bash
# Spec diff: what a new OpenAPI contract would change, for users of the HTTP API and for code compiled
# against the generated client.
#
#   scripts/spec-diff.sh NEW_SPEC [--expect-breaking] [--against REV]
#
# Builds the client from the committed api/trengo-openapi.yml (of REV, default HEAD) and from NEW_SPEC,
# each in a temporary git worktree, so the working tree and its target/ directories are never touched.
# Then prints (1) openapi-diff's classification of the API changes and (2) japicmp's report on the
# regenerated client, each with a verdict. The new side uses HEAD's generator configuration and tool.
#
# Exit: 0 nothing breaking (or breaking and --expect-breaking given), 3 breaking, 1 a build or the
# comparison failed, 2 usage. See docs/spec-diff.md.
set -euo pipefail

usage() {  # usage [STATUS]: the header above; to stdout when asked for, else to stderr
  local status=${1:-2} fd=2
  [ "$status" != 0 ] || fd=1
  sed -n '5,13p' "$0" | sed 's/^# \{0,1\}//' >&"$fd"
  exit "$status"
}

new_spec=""
against=HEAD
tool_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --expect-breaking) tool_args+=(--expect-breaking) ;;
    --against) [ $# -ge 2 ] || usage; against=$2; shift ;;
    -h|--help) usage 0 ;;
    -*) echo "spec-diff: unknown option $1" >&2; usage ;;
    *) [ -z "$new_spec" ] || usage; new_spec=$1 ;;
  esac
  shift
done
[ -n "$new_spec" ] || usage
[ -f "$new_spec" ] || { echo "spec-diff: $new_spec is not a file" >&2; exit 2; }
new_spec_abs="$(cd "$(dirname "$new_spec")" && pwd)/$(basename "$new_spec")"

repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
rev="$(git rev-parse --verify --quiet "$against^{commit}")" \
  || { echo "spec-diff: $against is not a commit" >&2; exit 2; }
short="$(git rev-parse --short "$rev")"

work="$(mktemp -d "${TMPDIR:-/tmp}/spec-diff.XXXXXX")"
cleanup() {
  for side in old new; do
    if [ -d "$work/$side" ]; then git -C "$repo" worktree remove --force "$work/$side" || true; fi
  done
  git -C "$repo" worktree prune || true
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM  # so that Ctrl-C also runs cleanup

# build SIDE MODULES: package MODULES (and what they need) in the worktree $work/SIDE, output to a log.
build() {
  local side=$1 modules=$2 started=$SECONDS
  echo "spec-diff: building $side ($modules) ..." >&2
  if ! (cd "$work/$side" \
        && ./mvnw -B -q -pl "$modules" -am package -DskipTests \
        && ./mvnw -B -q -pl generated-client dependency:build-classpath -Dmdep.includeScope=runtime \
             "-Dmdep.outputFile=$work/$side.classpath") >"$work/$side.log" 2>&1; then
    echo "spec-diff: the $side build failed; the end of its log:" >&2
    tail -n 40 "$work/$side.log" >&2
    exit 1
  fi
  echo "spec-diff: built $side in $((SECONDS - started)) s" >&2
}

client_jar() {
  find "$work/$1/generated-client/target" -maxdepth 1 -name 'trengo-generated-client-*.jar' \
    ! -name '*-sources.jar' ! -name '*-javadoc.jar' | head -n 1
}

git worktree add --quiet --detach "$work/old" "$rev"
git worktree add --quiet --detach "$work/new" HEAD
cp "$new_spec_abs" "$work/new/api/trengo-openapi.yml"

build old generated-client
build new generated-client,tools/spec-diff

set +e
java -jar "$work/new/tools/spec-diff/target/trengo-spec-diff.jar" \
  --old-spec "$work/old/api/trengo-openapi.yml" --old-name "api/trengo-openapi.yml@$short" \
  --new-spec "$new_spec_abs" --new-name "$new_spec" \
  --old-jar "$(client_jar old)" --old-classpath "$(cat "$work/old.classpath")" \
  --new-jar "$(client_jar new)" --new-classpath "$(cat "$work/new.classpath")" \
  ${tool_args[@]+"${tool_args[@]}"}
status=$?
set -e
exit "$status"
