// A real VS Code for tests, offline: the VS Code server bundled in the code-server npm package (the real
// workbench and the real Node extension host), installed by scripts/vscode-host/install.sh, driven through
// Debian's Chromium with playwright-core (never `playwright install`: it downloads browsers).
//
// The extension under development and the tests reach the workbench through the URL's `payload`
// (extensionDevelopmentPath, extensionTestsPath as vscode-remote:// URIs), which the server honours with
// --enable-smoke-test-driver; the workbench then reports the suite's exit code through
// window.codeAutomationExit and the extension host's console through window.codeAutomationLog. This is how
// VS Code's own repository runs its browser integration tests.
//
// Everything it starts is cleaned up on every path: success, failure, timeout, Ctrl-C.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// CS_VERSION picks another installed code-server (install.sh); VSCODE_NODE overrides the Node that runs its
// server (newer code-server releases need Node 22 or 24: install.sh fetches it and records it in <dest>/.node).
export const csVersion = process.env.CS_VERSION || '4.99.4';

/** The code-server package folder installed by install.sh, or an error that says how to get it. */
export function codeServerDir() {
  const dir =
    process.env.CODE_SERVER_DIR ||
    path.join(root, '.vscode-test', `code-server-${csVersion}`, 'node_modules', 'code-server');
  if (!fs.existsSync(path.join(dir, 'lib/vscode/out/server-main.js'))) {
    throw new Error(
      `no VS Code server in ${path.relative(root, dir)}: run \`bash scripts/vscode-host/install.sh\` (or scripts/setup.sh)`,
    );
  }
  return dir;
}

/** The Node that runs the server: VSCODE_NODE, or the one install.sh fetched for this version, or this one. */
function serverNode(csDir) {
  if (process.env.VSCODE_NODE) return process.env.VSCODE_NODE;
  const recorded = path.join(csDir, '../../.node');
  return fs.existsSync(recorded) ? fs.readFileSync(recorded, 'utf8').trim() : process.execPath;
}

/** Seconds since `t0`, for log lines. */
export function stamp(t0) {
  return `+${((Date.now() - t0) / 1000).toFixed(1)}s`;
}

// Quiet, deterministic UI: no welcome page, no tips, no telemetry, no update or gallery checks.
const settings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'chat.commandCenter.enabled': false,
  'editor.minimap.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
};

// Restricted Mode as a user meets it on a folder they never trusted: Workspace Trust on, and no trust prompt at
// startup (a modal that would wait for an answer). git.enabled off (with vscode.git disabled below) so that no
// built-in extension starts git: a git process in such a run can only be Candor's.
const restrictedSettings = {
  'security.workspace.trust.enabled': true,
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.untrustedFiles': 'open',
  'security.workspace.trust.emptyWindow': false,
  'git.enabled': false,
};

/**
 * Starts the VS Code server on 127.0.0.1 (`port` 0 = a free port chosen by the OS, read back from its log).
 * Returns { port, url(folder, payload), stop(), logFile, dir }. `dir` is a fresh temp folder with the server's
 * data, user data and extensions, removed by stop() unless `keep`. `restricted`: Workspace Trust on and nothing
 * trusted (the browser profile is fresh, so no folder was ever trusted), the built-in git extension off.
 * `env`: variables added to the server's environment, which its extension hosts inherit.
 */
export async function startServer({
  port = 0,
  folder,
  log = () => {},
  keep = false,
  startTimeoutMs = 60_000,
  restricted = false,
  env: extraEnv = {},
  settings: extraSettings = {},
} = {}) {
  const cs = codeServerDir();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-vscode-'));
  const userData = path.join(dir, 'user-data');
  const serverData = path.join(dir, 'server-data');
  for (const d of [path.join(userData, 'User'), path.join(userData, 'Machine')]) {
    fs.mkdirSync(d, { recursive: true });
    fs.writeFileSync(
      path.join(d, 'settings.json'),
      JSON.stringify({ ...settings, ...(restricted ? restrictedSettings : {}), ...extraSettings }, null, 1),
    );
  }
  const logFile = path.join(dir, 'server.log');
  const logFd = fs.openSync(logFile, 'w');
  // Variables of an enclosing VS Code (its terminal, or an F5 session) would make this server talk to it.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VSCODE_|ELECTRON_)/.test(k)));
  env.EXTENSIONS_GALLERY = '{}'; // no marketplace look-ups: nothing leaves localhost
  Object.assign(env, extraEnv);
  const args = [
    path.join(cs, 'lib/vscode/out/server-main.js'),
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--without-connection-token',
    '--accept-server-license-terms',
    '--enable-smoke-test-driver',
    '--disable-telemetry',
    ...(restricted ? ['--disable-extension', 'vscode.git'] : ['--disable-workspace-trust']),
    // Else the extension host gets the environment of a login shell, whose profile resets PATH and drops `env`'s.
    ...(Object.keys(extraEnv).length > 0 ? ['--force-disable-user-env'] : []),
    '--server-data-dir',
    serverData,
    '--user-data-dir',
    userData,
    '--extensions-dir',
    path.join(dir, 'extensions'),
  ];
  if (folder) args.push('--default-folder', folder);
  // Its own process group, so that stop() ends the server with its extension hosts, pty host and watchers.
  const child = spawn(serverNode(cs), args, { stdio: ['ignore', 'pipe', logFd], detached: true, env });
  let stopped = false;
  // Last resort when this process exits without stop() (an uncaught error, process.exit elsewhere): synchronous.
  const onExit = () => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
    if (!keep) fs.rmSync(dir, { recursive: true, force: true });
  };
  process.on('exit', onExit);
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await killGroup(child);
    process.off('exit', onExit);
    fs.closeSync(logFd);
    if (keep) log(`kept ${dir}`);
    else fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  };
  try {
    let out = '';
    let onOut = () => {};
    child.stdout.on('data', (d) => {
      if (stopped) return;
      fs.writeSync(logFd, d);
      if (out.length < 65536) {
        out += d;
        onOut();
      }
    });
    const actualPort = await new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`the VS Code server did not start within ${startTimeoutMs / 1000} s`)),
        startTimeoutMs,
      );
      onOut = () => {
        const m = /Extension host agent listening on (\d+)/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(Number(m[1]));
        }
      };
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`the VS Code server exited (${code ?? signal})`));
      });
    });
    onOut = () => {};
    const authority = `127.0.0.1:${actualPort}`;
    const url = (workspace, payload = []) => {
      const q = new URLSearchParams();
      if (workspace) q.set('folder', workspace);
      const p = [
        ['skipWelcome', 'true'],
        ...payload.map(([k, v]) => [k, v.startsWith('/') ? `vscode-remote://${authority}${v}` : v]),
      ];
      q.set('payload', JSON.stringify(p));
      return `http://${authority}/?${q}`;
    };
    return { port: actualPort, url, stop, logFile, dir, child };
  } catch (e) {
    const tail = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n') : '';
    await stop();
    throw new Error(`${e.message}\n${tail}`);
  }
}

async function killGroup(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const signal = (s) => {
    try {
      process.kill(-child.pid, s);
    } catch {
      /* already gone */
    }
  };
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), 3000);
  await exited;
  clearTimeout(timer);
  signal('SIGKILL'); // stragglers of the group (extension host, pty host) that outlived the server
}

// The flags the product launches Chromium with (src/node/report.ts): no sandbox in containers, no background traffic.
const chromiumArgs = JSON.parse(fs.readFileSync(new URL('../../src/node/chromiumArgs.json', import.meta.url), 'utf8'));

// Workbench console lines that say nothing about the extension or its tests.
const NOISE =
  /^(Creation of workbench contribution|Resolving connection|Resolved connection|Creating a socket|ChatSessionStore|Ignoring fetching additional|Updating additional builtin|\[Service Worker\]|%c(INFO|TRACE|DEBUG))/;

/**
 * Opens `workspace` in the real workbench with the extension at `extensionPath` loaded for development.
 * - With `testsPath` (a module exporting run()), runs the suite in the extension host and resolves with
 *   { code } from window.codeAutomationExit: 0 passed, 1 failed.
 * - With `ui(page, log)`, runs that function against the workbench page: { code: 0 } when it resolves,
 *   { code: 1 } when it throws (a screenshot of the failure is kept).
 * `timeoutMs` bounds the whole run ({ code: 2, timedOut: true }); the server failing to start gives code 3.
 * `viewport` is the page's size in CSS pixels. `onLog(type, text)` receives the workbench and extension host console (mocha's output arrives there).
 * `restricted` and `env` go to startServer().
 */
export async function runInVsCode({
  extensionPath,
  testsPath,
  workspace,
  ui,
  timeoutMs = 120_000,
  onLog,
  log = () => {},
  keep = false,
  failureShot,
  viewport = { width: 1280, height: 800 },
  restricted = false,
  env,
  settings: extraSettings,
}) {
  const t0 = Date.now();
  const { chromium } = await import('playwright-core');
  let server;
  let browser;
  let timer;
  let interrupted;
  const cleanup = async () => {
    clearTimeout(timer);
    await browser?.close().catch(() => {});
    await server?.stop();
  };
  const onSignal = (sig) => {
    interrupted = sig;
    void cleanup().then(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    try {
      server = await startServer({ log, keep, restricted, env, settings: extraSettings });
    } catch (e) {
      log(`ERROR ${e.message}`);
      return { code: 3 };
    }
    log(`VS Code server on :${server.port} (${stamp(t0)})`);
    const timedOut = new Promise((resolve) => {
      timer = setTimeout(() => resolve({ code: 2, timedOut: true }), timeoutMs - (Date.now() - t0));
    });
    // Signals are ours to handle: playwright's own handlers would exit before the server is stopped.
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      headless: true,
      args: chromiumArgs,
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
    const page = await browser.newPage({ viewport });
    let exit;
    const exited = new Promise((resolve) => {
      exit = resolve;
    });
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const text = format(...(Array.isArray(args) ? args : [args])); // console.log('%s', …) arrives unformatted
      if (!NOISE.test(text)) onLog?.(type, text);
    });
    await page.exposeFunction('codeAutomationExit', (code) => exit({ code: Number(code) }));
    page.on('pageerror', (e) => log(`pageerror: ${e.message}`));
    const payload = [['extensionDevelopmentPath', path.resolve(extensionPath)]];
    if (testsPath) payload.push(['extensionTestsPath', path.resolve(testsPath)]);
    await page.goto(server.url(path.resolve(workspace), payload));
    log(`workbench opened (${stamp(t0)})`);
    const work = testsPath
      ? exited
      : runUi(page, ui, log, failureShot ?? (keep ? path.join(server.dir, 'failure.png') : undefined));
    const result = await Promise.race([work, timedOut]);
    if (result.timedOut) {
      log(`TIMEOUT after ${timeoutMs / 1000} s; the server's log ends with:\n${tail(server.logFile)}`);
      if (failureShot) await page.screenshot({ path: failureShot }).catch(() => {});
    }
    return result;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    if (!interrupted) await cleanup();
  }
}

async function runUi(page, ui, log, failureShot) {
  try {
    await ui(page, log);
    return { code: 0 };
  } catch (e) {
    log(`ERROR ${e.message}`);
    if (failureShot) {
      await page.screenshot({ path: failureShot }).catch(() => {});
      log(`failure screenshot: ${failureShot}`);
    }
    return { code: 1 };
  }
}

function tail(file, lines = 20) {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** Copies a folder (a fixture workspace) into a fresh temp folder and returns its path. */
export function copyToTemp(src, prefix = 'candor-ws-') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const dest = path.join(dir, path.basename(src));
  fs.cpSync(src, dest, { recursive: true });
  return dest;
}

// `node scripts/vscode-host/host.mjs serve <folder> [--port 8080-8099]`: the demo. Serves the workbench on
// 127.0.0.1 with the extension loaded for development until Ctrl-C, and prints the URL to open.
if (
  process.argv[1] &&
  path.resolve(process.argv[1]) === fileURLToPath(import.meta.url) &&
  process.argv[2] === 'serve'
) {
  const folder = path.resolve(process.argv[3] ?? '.');
  const portArg = process.argv.indexOf('--port');
  const port = portArg > 0 ? process.argv[portArg + 1] : '8080-8099'; // the first free one
  let server;
  try {
    server = await startServer({ port, folder });
  } catch (e) {
    console.error(`demo: ${e.message}`);
    process.exit(1);
  }
  const url = server.url(folder, [['extensionDevelopmentPath', root]]);
  console.log(`
VS Code ${JSON.parse(fs.readFileSync(path.join(codeServerDir(), 'lib/vscode/package.json'), 'utf8')).version} is serving ${path.relative(root, folder) || folder} with Candor loaded for development.

  Open:  ${url}

  Where to look: the Candor icon (a flag with a tick) in the activity bar on the left opens the Candor view:
  the project header, phases with checklists (tick them), client tasks, red flags, milestones, decisions.
  A tick in the tree edits the project.yaml of the folder served (undo works; npm run demo serves a temp copy).
  Plain http://127.0.0.1:${server.port}/ opens the same folder without Candor.
  From another machine: ssh -L ${server.port}:127.0.0.1:${server.port} <this host>, then open the URL there.
  Server log: ${server.logFile}

Ctrl-C to stop.`);
  let stopping = false;
  const stop = (code) => {
    stopping = true;
    void server.stop().then(() => process.exit(code));
  };
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));
  server.child.on('exit', (code) => {
    if (stopping) return;
    console.error(`demo: the VS Code server stopped by itself (${code}); its log: ${server.logFile}`);
    stop(1);
  });
}
