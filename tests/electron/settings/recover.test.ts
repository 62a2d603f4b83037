import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isCorruptSettingsError, openSettingsFile } from '../../../electron/settings/recover';

let folder: string;
let file: string;
const at = () => new Date('2026-03-01T09:30:00.000Z');

// Stands in for electron-store: parses the file, refuses what the schema would refuse.
const strictOpen = () => {
  const data = JSON.parse(readFileSync(file, 'utf8')) as { theme?: unknown };
  if (data.theme !== 'dark')
    throw new Error('Config schema violation: `theme` must be equal to one of the allowed values');
  return data;
};

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'byline-settings-'));
  file = join(folder, 'config.json');
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('opening the settings file', () => {
  it('moves a file of broken JSON aside, keeps its bytes, and says so', () => {
    writeFileSync(file, '{"theme": "dark",');
    let attempts = 0;
    const opened = openSettingsFile(file, () => (attempts++ === 0 ? strictOpen() : { fresh: true }), at);

    expect(opened.store).toEqual({ fresh: true });
    expect(readdirSync(folder)).toEqual(['config.corrupt-2026-03-01T09-30-00-000Z.json']);
    expect(readFileSync(join(folder, 'config.corrupt-2026-03-01T09-30-00-000Z.json'), 'utf8')).toBe(
      '{"theme": "dark",',
    );
    expect(opened.notice).toMatch(
      /could not be read.*default settings.*config\.corrupt-2026-03-01T09-30-00-000Z\.json/,
    );
  });

  it('moves aside a file that parses but breaks the schema', () => {
    writeFileSync(file, '{"theme": "purple"}');
    let attempts = 0;
    const opened = openSettingsFile(file, () => (attempts++ === 0 ? strictOpen() : {}), at);
    expect(opened.notice).not.toBeNull();
    expect(readdirSync(folder)).toHaveLength(1);
  });

  it('leaves a good file where it is, with no notice', () => {
    writeFileSync(file, '{"theme": "dark"}');
    const opened = openSettingsFile(file, strictOpen, at);
    expect(opened).toEqual({ store: { theme: 'dark' }, notice: null });
    expect(readdirSync(folder)).toEqual(['config.json']);
  });

  it('does not overwrite an earlier corrupt copy from the same moment', () => {
    writeFileSync(join(folder, 'config.corrupt-2026-03-01T09-30-00-000Z.json'), 'first');
    writeFileSync(file, 'second');
    let attempts = 0;
    openSettingsFile(file, () => (attempts++ === 0 ? strictOpen() : {}), at);
    expect(readdirSync(folder).sort()).toEqual([
      'config.corrupt-2026-03-01T09-30-00-000Z-2.json',
      'config.corrupt-2026-03-01T09-30-00-000Z.json',
    ]);
    expect(readFileSync(join(folder, 'config.corrupt-2026-03-01T09-30-00-000Z.json'), 'utf8')).toBe('first');
  });

  it('lets other failures through instead of hiding them behind defaults', () => {
    writeFileSync(file, '{}');
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    expect(() =>
      openSettingsFile(
        file,
        () => {
          throw denied;
        },
        at,
      ),
    ).toThrow('EACCES');
    expect(readdirSync(folder)).toEqual(['config.json']);
  });

  it('tells corruption from other errors', () => {
    expect(isCorruptSettingsError(new SyntaxError('Unexpected end of JSON input'))).toBe(true);
    expect(isCorruptSettingsError(new Error('Config schema violation: x'))).toBe(true);
    expect(isCorruptSettingsError(new Error('EACCES'))).toBe(false);
  });
});
