import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({
  default: {
    app: { getPath: () => tmpdir(), getVersion: () => '0.1.0' },
    ipcMain: { on: vi.fn() },
    shell: {},
  },
}));

const { openMainSettings } = await import('../../../electron/settings/settings-store');

let folder: string;
const now = () => new Date('2026-03-01T09:30:00.000Z');
const open = () => openMainSettings({ folder, timeZone: 'Europe/Berlin', now });
const onDisk = () => JSON.parse(readFileSync(join(folder, 'config.json'), 'utf8')) as Record<string, unknown>;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'byline-settings-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('settings', () => {
  it('starts from defaults with the machine time zone and no library folder', () => {
    const settings = open();
    expect(settings.get()).toEqual({
      newsroomName: '',
      defaultByline: '',
      defaultBylineRole: '',
      timeZone: 'Europe/Berlin',
      theme: 'system',
      sections: ['News', 'Politics', 'Business', 'World', 'Sport', 'Culture', 'Opinion'],
      headlineLimit: 110,
      smartTypography: true,
      yourName: '',
      dateStyle: 'ap',
      baseUrl: '',
      exportStylesheet: true,
      exportQuoteSources: false,
      requireApproval: true,
      dateLabels: {
        published: 'Published {date}',
        lastUpdated: 'Last Updated On: {date}',
        update: 'Updated {date}: {note}',
        correction: 'Correction, {date}: {note}',
        clarification: 'Clarification, {date}: {note}',
      },
    });
    expect(settings.libraryFolder()).toBeNull();
    expect(settings.notice()).toBeNull();
  });

  it('keeps changes across a restart', () => {
    const first = open();
    first.update({ newsroomName: 'The Harbour Gazette', theme: 'dark' });
    first.setLibraryFolder('/home/ana/Documents/Byline');
    first.setWindowBounds({ x: 10, y: 20, width: 1000, height: 700 });

    const again = open();
    expect(again.get()).toMatchObject({ newsroomName: 'The Harbour Gazette', theme: 'dark' });
    expect(again.libraryFolder()).toBe('/home/ana/Documents/Byline');
    expect(again.windowBounds()).toEqual({ x: 10, y: 20, width: 1000, height: 700 });
  });

  it('reads a settings file from before the desk with publishing needing approval, keeping what it held', () => {
    const first = open();
    first.update({ newsroomName: 'The Harbour Gazette' });
    const { requireApproval: _none, ...older } = onDisk();
    writeFileSync(join(folder, 'config.json'), JSON.stringify(older));
    expect(open().get()).toMatchObject({ newsroomName: 'The Harbour Gazette', requireApproval: true });
  });

  it('replaces a corrupt file with defaults, keeps the bad file and raises a notice', () => {
    writeFileSync(join(folder, 'config.json'), '{"newsroomName": "Gaz');
    const settings = open();

    expect(settings.get().newsroomName).toBe('');
    expect(settings.notice()).toMatch(/config\.corrupt-.*\.json/);
    const aside = readdirSync(folder).find((name) => name.startsWith('config.corrupt-'));
    expect(aside).toBeDefined();
    expect(readFileSync(join(folder, aside!), 'utf8')).toBe('{"newsroomName": "Gaz');
  });

  it.each([
    ['an unknown theme', { theme: 'purple' }],
    ['a library folder that is not a string', { libraryFolder: 42 }],
    [
      'more than 20 recent articles',
      { recentArticles: Array.from({ length: 21 }, (_, n) => `article-${String(n).padStart(4, '0')}`) },
    ],
    ['window bounds without a size', { windowBounds: { x: 1, y: 2 } }],
  ])('treats a file with %s as corrupt', (_label, content) => {
    writeFileSync(join(folder, 'config.json'), JSON.stringify(content));
    const settings = open();
    expect(settings.notice()).not.toBeNull();
    expect(settings.get().theme).toBe('system');
    expect(readdirSync(folder).filter((name) => name.startsWith('config.corrupt-'))).toHaveLength(1);
  });

  it('recovers when the file is broken while Byline runs', () => {
    const settings = open();
    settings.update({ defaultByline: 'Ana Ruiz' });
    writeFileSync(join(folder, 'config.json'), '\u0000\u0000\u0000');
    expect(settings.get().defaultByline).toBe('');
    expect(settings.notice()).not.toBeNull();
  });

  it('refuses a setting the schema forbids without touching the file', () => {
    const settings = open();
    settings.update({ newsroomName: 'Gazette' });
    const before = onDisk();
    expect(() => settings.update({ timeZone: 'Mars/Olympus_Mons' })).toThrow(
      expect.objectContaining({ code: 'BAD_ARGUMENTS' }),
    );
    expect(() => settings.update({ timeZone: '' })).toThrow(expect.objectContaining({ code: 'BAD_ARGUMENTS' }));
    expect(onDisk()).toEqual(before);
  });

  it('checks the file with the same rules as the app: a base URL the app refuses never gets into the file', () => {
    const settings = open();
    settings.update({ newsroomName: 'Gazette' });
    const before = onDisk();
    for (const baseUrl of ['ftp://example.org/news/', 'example.org', 'https:// spaced.example']) {
      expect(() => settings.update({ baseUrl })).toThrow(expect.objectContaining({ code: 'BAD_ARGUMENTS' }));
    }
    expect(onDisk()).toEqual(before);
    settings.update({ baseUrl: 'https://news.example.org/' });
    expect(settings.get().baseUrl).toBe('https://news.example.org/');
  });

  it('moves aside a file whose base URL the app would refuse, instead of handing it on', () => {
    writeFileSync(join(folder, 'config.json'), JSON.stringify({ baseUrl: 'ftp://example.org/' }));
    const settings = open();
    expect(settings.get().baseUrl).toBe('');
    expect(settings.notice()).not.toBeNull();
  });

  it('keeps the 20 most recent articles, newest first, without repeats', () => {
    const settings = open();
    for (let n = 0; n < 25; n += 1) settings.noteRecentArticle(`article-${String(n).padStart(4, '0')}`);
    settings.noteRecentArticle('article-0010');
    const recent = settings.recentArticles();
    expect(recent).toHaveLength(20);
    expect(recent[0]).toBe('article-0010');
    expect(new Set(recent).size).toBe(20);
  });
});
