// The article store the command line writes through: the same one the app uses (naming, locking,
// atomic writes), with the system clock and no trash, since no command deletes an article.
import { BylineError } from '../core/ipc/errors';
import { ArticleFileStore } from '../electron/library/article-store';

export function commandLineStore(folder: string): ArticleFileStore {
  return new ArticleFileStore({
    folder,
    clock: { now: () => new Date().toISOString() },
    trash: async () => {
      throw new BylineError('FORBIDDEN', 'The command line does not delete articles.');
    },
  });
}
