// The W3C validator (vnu-jar) over a set of HTML documents in one Java start, which is slow.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const VNU_JAR = resolve('node_modules/vnu-jar/build/dist/vnu.jar');

export interface ValidatorError {
  document: string;
  message: string;
  extract?: string;
}

interface VnuMessage {
  type: string;
  url?: string;
  message: string;
  extract?: string;
}

/** Every error the validator finds, per document name; [] when all are valid. */
export function validatorErrors(documents: Map<string, string>): ValidatorError[] {
  const folder = mkdtempSync(join(tmpdir(), 'byline-vnu-'));
  try {
    const files = new Map<string, string>();
    let index = 0;
    for (const [name, html] of documents) {
      const file = join(folder, `${String(index++).padStart(3, '0')}.html`);
      writeFileSync(file, html, 'utf8');
      files.set(file, name);
    }
    const run = spawnSync('java', ['-jar', VNU_JAR, '--errors-only', '--format', 'json', ...files.keys()], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.error) throw run.error;
    // vnu writes its report to stderr; anything but its JSON means it did not run.
    const report = JSON.parse(run.stderr) as { messages: VnuMessage[] };
    return report.messages.map((message) => ({
      document: (message.url && files.get(fileURLToPath(message.url))) ?? message.url ?? '(no document)',
      message: `${message.type}: ${message.message}`,
      extract: message.extract,
    }));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
