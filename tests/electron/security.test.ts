import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const project = resolve(import.meta.dirname, '../..');
const cli = join(project, 'node_modules/@doyensec/electronegativity/dist/index.js');
const scratch = mkdtempSync(join(tmpdir(), 'byline-electronegativity-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface SarifResult {
  ruleId: string;
  level: string;
  message: { text: string };
  locations?: { physicalLocation?: { artifactLocation?: { uri?: string }; region?: { startLine?: number } } }[];
}

// `-e` pins the Electron version; the release check is left out because it needs the network.
async function scan(input: string, name: string): Promise<SarifResult[]> {
  const report = join(scratch, `${name}.sarif`);
  await run(
    process.execPath,
    [cli, '-i', input, '-o', report, '-r', '-e', '41.10.0', '-x', 'AvailableSecurityFixesGlobalCheck'],
    {
      cwd: project,
      timeout: 120_000,
    },
  );
  const sarif = JSON.parse(readFileSync(report, 'utf8')) as { runs: { results: SarifResult[] }[] };
  return sarif.runs.flatMap((each) => each.results);
}

const describeResult = (result: SarifResult) => {
  const where = result.locations?.[0]?.physicalLocation;
  return `${result.level} ${result.ruleId} ${where?.artifactLocation?.uri ?? '?'}:${where?.region?.startLine ?? '?'} ${result.message.text}`;
};

describe('electronegativity over electron/', () => {
  const ours = scan('electron', 'byline');
  // The same scan over a window built the unsafe way proves the report is read, not ignored.
  const unsafeFolder = join(scratch, 'unsafe');
  mkdirSync(unsafeFolder);
  writeFileSync(
    join(unsafeFolder, 'main.js'),
    "const { BrowserWindow } = require('electron');\nnew BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });\n",
  );
  const unsafe = scan(unsafeFolder, 'unsafe');

  it('finds nothing at level warning or error', async () => {
    const serious = (await ours).filter((result) => result.level === 'warning' || result.level === 'error');
    expect(serious.map(describeResult)).toEqual([]);
  });

  it('has every kind of note explained in SECURITY.md', async () => {
    const security = readFileSync(join(project, 'SECURITY.md'), 'utf8');
    const notes = [...new Set((await ours).filter((result) => result.level === 'note').map((result) => result.ruleId))];
    expect(notes.filter((rule) => !security.includes(rule))).toEqual([]);
  });

  it('would catch an unsafe window', async () => {
    const rules = (await unsafe).filter((result) => result.level === 'warning').map((result) => result.ruleId);
    expect(rules).toEqual(
      expect.arrayContaining([
        'CONTEXT_ISOLATION_JS_CHECK',
        'SANDBOX_JS_CHECK',
        'LIMIT_NAVIGATION_GLOBAL_CHECK',
        'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
        'CSP_GLOBAL_CHECK',
      ]),
    );
  });
});
