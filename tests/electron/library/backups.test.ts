// Backups of unsaved edits: written, listed at the next start, discarded only once covered.
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BackupFolder } from '../../../electron/library/backups';
import { failingFileSystem } from './fixtures/failing-fs';
import { doc, p } from '../../builders/body';
import { article } from './fixtures/library';

const AT = '2025-03-14T09:30:01.000Z';
let userData: string;
let folder: string;
beforeEach(async () => {
  userData = await mkdtemp(join(tmpdir(), 'byline-userdata-'));
  folder = join(userData, 'backups');
});
afterEach(() => rm(userData, { recursive: true, force: true }));

describe('BackupFolder', () => {
  it('offers nothing before anything was backed up', async () => {
    expect(await new BackupFolder({ folder }).list()).toEqual([]);
  });

  it('offers back the latest backup of each article, as another process would see it', async () => {
    const backups = new BackupFolder({ folder });
    const typed = article({ body: doc(p('Typed before the crash')) });
    await backups.write(article(), 1, AT);
    await backups.write(typed, 2, AT);
    await backups.write(article({ id: 'article-0002', slug: 'other' }), 1, AT);
    const listed = await new BackupFolder({ folder }).list();
    expect(listed).toHaveLength(2);
    expect(listed.find((backup) => backup.id === 'article-0001')).toEqual({
      id: 'article-0001',
      seq: 2,
      at: AT,
      article: typed,
    });
  });

  it('keeps a backup newer than the save that finished, and deletes one the save covered', async () => {
    const backups = new BackupFolder({ folder });
    await backups.write(article(), 5, AT);
    await backups.discard('article-0001', 4);
    expect((await backups.list()).map((backup) => backup.seq)).toEqual([5]);
    await backups.discard('article-0001', 5);
    expect(await backups.list()).toEqual([]);
  });

  it('deletes whatever is there when no sequence number is given, and minds no missing backup', async () => {
    const backups = new BackupFolder({ folder });
    await backups.write(article(), 9, AT);
    await backups.discard('article-0001');
    expect(await backups.list()).toEqual([]);
    await expect(backups.discard('article-0001')).resolves.toBeUndefined();
  });

  it('skips damaged backups and stray files instead of failing the start', async () => {
    const backups = new BackupFolder({ folder });
    await backups.write(article(), 1, AT);
    await writeFile(join(folder, 'article-0002.backup.json'), '{"id":"article-0002","seq":1,"at":');
    await writeFile(join(folder, 'article-0003.backup.json'), new Uint8Array([0, 1, 2, 255]));
    await writeFile(
      join(folder, 'article-0004.backup.json'),
      JSON.stringify({ id: 'article-0004', seq: -1, at: AT, article: {} }),
    );
    await writeFile(
      join(folder, 'article-0005.backup.json'),
      JSON.stringify({ id: 'article-0001', seq: 1, at: AT, article: article() }),
    );
    await writeFile(join(folder, 'notes.txt'), 'hello');
    expect((await backups.list()).map((backup) => backup.id)).toEqual(['article-0001']);
    await expect(backups.discard('article-0002', 3)).resolves.toBeUndefined();
  });

  it('writes atomically: a full disk leaves the previous backup intact', async () => {
    await new BackupFolder({ folder }).write(article(), 1, AT);
    const full = new BackupFolder({ folder, fs: failingFileSystem({ write: 'ENOSPC' }) });
    await expect(full.write(article({ headline: 'Lost?' }), 2, AT)).rejects.toMatchObject({ code: 'IO' });
    const [kept] = await new BackupFolder({ folder }).list();
    expect(kept).toMatchObject({ seq: 1, article: { headline: 'City budget passes' } });
    expect(await readdir(folder)).toEqual(['article-0001.backup.json']);
  });
});
