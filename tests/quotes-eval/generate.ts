// Writes the passage files, their gold annotations and the catalog from the definitions: `node --import tsx tests/quotes-eval/generate.ts`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { passages } from './definitions';
import { PASSAGE_FOLDER, renderedFiles } from './files';

mkdirSync(PASSAGE_FOLDER, { recursive: true });
const files = renderedFiles(passages);
for (const [path, content] of files) writeFileSync(path, content);
process.stdout.write(`wrote ${passages.length} passages to ${PASSAGE_FOLDER}\n`);
