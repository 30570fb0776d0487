#!/usr/bin/env bash
# The demo: builds Candor, then serves a real VS Code (the server from code-server, in a browser) on 127.0.0.1
# with Candor loaded for development on examples/acme-portal, and prints the URL to open and where to look.
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

folder=examples/acme-portal
if [ ! -f "$folder/project.yaml" ]; then
  folder=test/fixtures/workspaces/basic
  echo "demo: examples/acme-portal has no project.yaml: showing $folder instead"
fi

echo
echo "\$ node dist/cli.js check $folder"
node dist/cli.js check "$folder" || true   # exit 1 means problems, which the demo shows as they are

exec node scripts/vscode-host/host.mjs serve "$folder" --port "${DEMO_PORT:-8080-8099}"
