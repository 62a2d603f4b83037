// Where a harness run keeps its files: one temporary root holding a Documents-style folder
// (with the proposed library inside), the app's user-data folder and a stand-in for the trash.
import { join } from 'node:path';

export interface HarnessFolders {
  root: string;
  documents: string;
  /** The library first start proposes and most tests use: Byline in the Documents folder. */
  library: string;
  userData: string;
  trash: string;
  /** What the folder dialog answers when the reporter chooses where to export. */
  exports: string;
  /** Settings and the chosen library folder, as the app keeps them in user data. */
  settingsFile: string;
}

export function harnessFolders(root: string): HarnessFolders {
  const documents = join(root, 'documents');
  const userData = join(root, 'user-data');
  return {
    root,
    documents,
    library: join(documents, 'Byline'),
    userData,
    trash: join(root, 'trash'),
    exports: join(root, 'exports'),
    settingsFile: join(userData, 'test-settings.json'),
  };
}
