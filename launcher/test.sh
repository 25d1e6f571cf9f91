# shellcheck shell=bash
# The commands test (infra, shellcheck, then every Maven test) and lint (the shellcheck alone).
test_usage() {
  cat <<EOF
Usage: ./mall test [maven args]

Prepares the middleware as 'infra' does, checks every shell file with shellcheck (as 'lint' does), then
runs every test: ./mvnw -B verify [maven args], against database \$MALL_TEST_DB_NAME ($MALL_TEST_DB_NAME).
With arguments, that database is migrated and seeded first (the whole build does it in mall-schema's tests,
which a selection of modules or tests may leave out).
Exits with Maven's code. The arguments go to Maven, e.g.
  ./mall test -pl mall-cart -am -Dtest=CartApiTest -Dsurefire.failIfNoSpecifiedTests=false
(-h/--help shows this text; Maven's own help is ./mvnw --help).
EOF
}
cmd_test() {
  prepare_infra
  lint_shell
  # The whole build migrates the test database in mall-schema's tests, which come first; a run given
  # arguments (-pl, -Dtest=...) may leave them out, so the database its tests use is migrated here.
  if [ $# -gt 0 ]; then
    ensure_schema_jar
    step "Migrating and seeding the test database $MALL_TEST_DB_NAME"
    migrate_db "$MALL_TEST_DB_NAME"
  fi
  step "Running the test suite: ./mvnw -B verify $*"
  cd "$ROOT"
  exec 9>&- # do not hand the launcher lock to Maven
  exec ./mvnw -B verify "$@"
}

lint_usage() {
  cat <<EOF
Usage: ./mall lint

Checks every shell file of the repository with shellcheck (what 'test' does before Maven): the files git
knows with a shell shebang or ending in .sh, each entry script with -x -a so that the parts it sources
(launcher/*.sh) are checked in its context. Install shellcheck with 'sudo ./mall infra' or apt.
EOF
}
cmd_lint() { lint_shell; }

shell_files() { # the repository's shell files, one per line, relative to ROOT (git's list, else find's)
  local f first
  {
    # tracked and new (not ignored) files
    git -C "$ROOT" ls-files --cached --others --exclude-standard 2>/dev/null ||
      (cd "$ROOT" && find . -type f -not -path './.git/*' -not -path '*/node_modules/*' -not -path '*/target/*' -not -path './.run/*' | sed 's|^\./||')
  } | while IFS= read -r f; do
    [ -f "$ROOT/$f" ] || continue
    case "$f" in *.sh) echo "$f"; continue ;; esac
    first=""
    IFS= read -r -n 200 first <"$ROOT/$f" 2>/dev/null || true # (binary files: only a few bytes)
    if [[ $first =~ ^#!.*[/[:space:]](ba|da|k)?sh([[:space:]]|$) ]]; then echo "$f"; fi
  done
}

lint_shell() { # runs shellcheck on every shell file; parts without a shebang only through the entry that sources them
  local f entries=() parts=() unchecked=()
  step "Checking the shell files with shellcheck"
  have shellcheck || die "shellcheck is not installed" "run 'sudo ./mall infra' (it installs Debian's shellcheck), or 'sudo apt-get install shellcheck'"
  while IFS= read -r f; do
    if head -n 1 "$ROOT/$f" | grep -q '^#!'; then entries+=("$f"); else parts+=("$f"); fi
  done < <(shell_files)
  # a part is checked only as sourced by an entry (alone it would lack the variables of the others)
  for f in "${parts[@]}"; do
    grep -qxF "# shellcheck source=$f" "${entries[@]/#/$ROOT/}" || unchecked+=("$f")
  done
  if [ ${#unchecked[@]} -gt 0 ]; then
    die "no entry script sources ${unchecked[*]} with a '# shellcheck source=<path>' line, so shellcheck would skip it" \
      "source it from ./mall (or another script) with that directive above the '.' line"
  fi
  # run from ROOT: the source= directives name paths from the repository root
  if ! (cd "$ROOT" && shellcheck -x -a "${entries[@]}"); then
    echo >&2
    die "shellcheck found problems in the shell files (listed above)" \
      "fix each one (https://www.shellcheck.net/wiki/SC<number> explains it); a '# shellcheck disable=SCnnnn' only where the code is right, with the reason"
  fi
  info "${#entries[@]} scripts and the ${#parts[@]} parts they source: clean"
}
