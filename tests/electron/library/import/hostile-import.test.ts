// The hostile-input corpus of issue 10 (items 1 and 2, zip bombs, deep nesting), each file imported
// through the import worker in a process of its own: every one imports (the 2 MB story of item 1,
// with all its 49,933 quotations attributed) or is refused in one sentence, within 10 seconds, and
// the import's peak memory stays under 512 MB. Before the worker and the limits, these ran out of
// memory at 2 to 4 GB, hung for minutes or overflowed the stack, all on the app's main thread.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_FILES, writeHostileCorpus, type ImportedShape } from './hostile-corpus';

const MEASURE = resolve('tests/electron/library/import/measure-import.ts');
const MOST_SECONDS = 10;
const MOST_MEGABYTES = 512;

interface Measured {
  outcome: { article: ImportedShape } | { refusal: string };
  ms: number;
  beforeMb: number;
  peakMb: number;
}

function measured(path: string): Promise<Measured> {
  return new Promise((done, fail) => {
    execFile(process.execPath, ['--import', 'tsx', MEASURE, path], { timeout: 60_000 }, (error, stdout, stderr) => {
      if (error) fail(new Error(`The measuring process failed: ${stderr || error.message}`));
      else done(JSON.parse(stdout) as Measured);
    });
  });
}

let folder = '';

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'byline-hostile-'));
  await writeHostileCorpus(folder);
}, 60_000);

afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

// One file at a time, each in a process of its own: the machine is shared, and each process
// measures one import's memory.
describe('the hostile-input corpus', () => {
  it.each(HOSTILE_FILES.map((file) => [file.name, file] as const))(
    '%s: imports or is refused in one sentence, within 10 s and under 512 MB',
    async (name, file) => {
      const { outcome, ms, peakMb } = await measured(join(folder, name));

      console.log(
        `${name}: ${ms} ms, ${peakMb} MB above the idle process, ${'article' in outcome ? 'imported' : 'refused'}`,
      );
      if (file.expected instanceof RegExp) {
        expect(outcome, file.what).toEqual({ refusal: expect.stringMatching(file.expected) });
        // One sentence, about this file.
        expect((outcome as { refusal: string }).refusal).toMatch(
          new RegExp(`^"${name.replace(/\./g, '\\.')}" cannot be imported: [^\\n]+\\.$`),
        );
      } else {
        expect(outcome, file.what).toEqual({ article: file.expected });
      }
      expect(ms, `${file.what}: time`).toBeLessThan(MOST_SECONDS * 1000);
      expect(peakMb, `${file.what}: memory`).toBeLessThan(MOST_MEGABYTES);
    },
  );
});
