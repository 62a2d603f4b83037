// `npm start`: fetches Electron's runtime on first run (npm ci skips it), builds, then launches Byline.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const electronPackage = join(root, 'node_modules', 'electron');

const NO_DEPENDENCIES = "Byline's dependencies are not installed; run npm ci first, then npm start.";
const NO_RUNTIME =
  'Byline could not download the Electron runtime (no access to its download host); connect to the internet and run npm start again.';
const NO_BUILD = 'Byline could not be built; the messages above say why.';

function fail(sentence) {
  console.error(sentence);
  process.exit(1);
}

/** The Electron executable when it is installed, else null (what electron's own index.js reads). */
function electronBinary() {
  const pathFile = join(electronPackage, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(electronPackage, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

// A variable left in the shell must not skip the download, turn Electron into plain Node, or load
// the app from a dev server (which would give that page the whole window.byline API).
const env = { ...process.env };
delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
delete env.ELECTRON_RUN_AS_NODE;
delete env.ELECTRON_RENDERER_URL;

if (!existsSync(join(electronPackage, 'install.js'))) fail(NO_DEPENDENCIES);

let binary = electronBinary();
if (!binary) {
  console.log('Fetching the Electron runtime (first start only)…');
  // Its own install step prints a stack trace when offline; the reporter gets one sentence instead.
  const install = spawnSync(process.execPath, ['install.js'], {
    cwd: electronPackage,
    env,
    stdio: ['ignore', 'inherit', 'ignore'],
  });
  if (install.status === 0) binary = electronBinary();
  if (!binary) fail(NO_RUNTIME);
}

const build = spawnSync(
  process.execPath,
  [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
  { cwd: root, env, stdio: 'inherit' },
);
if (build.status !== 0) fail(NO_BUILD);

const app = spawn(binary, ['.'], { cwd: root, env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => app.kill(signal));
app.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
