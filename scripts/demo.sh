#!/usr/bin/env bash
# The demo: builds Candor, then serves a real VS Code (the server from code-server, in a browser) on 127.0.0.1
# with Candor loaded for development on a temporary copy of examples/acme-portal (a git repo of one commit, removed
# on exit), and prints the URL to open and where to look.
# Stays up until Ctrl-C. DEMO_SCREENSHOT=1 instead retakes the README's pictures (docs/images/: tree, hover, draft)
# with the end-to-end test of the packaged extension, and exits.
#   bash scripts/demo.sh                    DEMO_PORT=9000 bash scripts/demo.sh
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/vscode-host/install.sh   # a no-op once installed (scripts/setup.sh does it too)
node scripts/build.mjs

if [ "${DEMO_SCREENSHOT:-}" = 1 ]; then
  exec node scripts/vscode-host/e2eVsix.mjs --docs
fi

example=examples/acme-portal
if [ ! -f "$example/project.yaml" ]; then
  example=test/fixtures/workspaces/basic
  echo "demo: examples/acme-portal has no project.yaml: showing $example instead"
fi

# The demo works on a copy: a tick or an edit in the demo must never change the repository's own example.
# The copy is a git repository with one commit (fixed date, no user config) so that drafting has a history.
tmp="$(mktemp -d "${TMPDIR:-/tmp}/candor-demo.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
folder="$tmp/$(basename "$example")"
cp -R "$example" "$folder"
(
  cd "$folder"
  export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1 GIT_AUTHOR_NAME=Demo GIT_AUTHOR_EMAIL=demo@example.invalid
  export GIT_COMMITTER_NAME=Demo GIT_COMMITTER_EMAIL=demo@example.invalid
  export GIT_AUTHOR_DATE=2026-11-02T10:00:00Z GIT_COMMITTER_DATE=2026-11-02T10:00:00Z
  git init -q -b main && git add -A && git commit -q -m "Acme portal, as the demo starts"
) || echo "demo: git is not available: drafting will say so"
echo "demo: working on a copy of $example in $folder (removed on exit)"

echo
echo "\$ node dist/cli.js check $example"
node dist/cli.js check "$folder" || true   # exit 1 means problems, which the demo shows as they are

node scripts/vscode-host/host.mjs serve "$folder" --port "${DEMO_PORT:-8080-8099}"
