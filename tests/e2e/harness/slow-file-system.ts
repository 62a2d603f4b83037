// A disk as slow as a busy shared drive: every file written waits a little before it opens. The
// export test needs a batch of 1,000 small articles to take long enough to be seen and cancelled,
// which on a local disk it no longer does.
import { nodeFileSystem, type FileSystem } from '../../../electron/library/file-system';

export function slowFileSystem(delayMs: number, base: FileSystem = nodeFileSystem): FileSystem {
  return {
    ...base,
    async open(path, flags) {
      if (flags === 'wx') await new Promise((resolve) => setTimeout(resolve, delayMs));
      return base.open(path, flags);
    },
  };
}
