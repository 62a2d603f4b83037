// Where the evaluation set lives on disk and what each passage's files hold.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogEntry, goldQuotations, passageText, type CatalogEntry, type PassageDefinition } from './passage';

export const EVAL_FOLDER = fileURLToPath(new URL('.', import.meta.url));
export const PASSAGE_FOLDER = join(EVAL_FOLDER, 'passages');
export const CATALOG_PATH = join(PASSAGE_FOLDER, 'catalog.json');

export const passagePath = (name: string): string => join(PASSAGE_FOLDER, `${name}.txt`);
export const goldPath = (name: string): string => join(PASSAGE_FOLDER, `${name}.quotes.json`);

/** The exact bytes of each file the generator writes, so a test can tell when the files drift from the definitions. */
export function renderedFiles(definitions: PassageDefinition[]): Map<string, string> {
  const files = new Map<string, string>();
  const catalog: CatalogEntry[] = [];
  for (const passage of definitions) {
    files.set(passagePath(passage.name), passageText(passage));
    files.set(goldPath(passage.name), JSON.stringify(goldQuotations(passage), null, 2) + '\n');
    catalog.push(catalogEntry(passage));
  }
  files.set(CATALOG_PATH, JSON.stringify(catalog, null, 2) + '\n');
  return files;
}
