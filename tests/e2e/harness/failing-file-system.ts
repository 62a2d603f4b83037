// The store's file system with one kind of failure switched on or off at will: a rename the
// antivirus holds (EBUSY, EPERM) or a full disk (ENOSPC on write or fsync).
import { nodeFileSystem, type FileSystem } from '../../../electron/library/file-system';
import type { FailureMode } from './protocol';

export interface FailingFileSystem extends FileSystem {
  inject(failure: FailureMode | null): void;
}

export function failingFileSystem(initial: FailureMode | null, base: FileSystem = nodeFileSystem): FailingFileSystem {
  let failure = initial;
  const refuse = (call: string, code: string, path: string): Error =>
    Object.assign(new Error(`${code}: injected failure, ${call} '${path}'`), { code, syscall: call, path });

  return {
    ...base,
    inject(next) {
      failure = next;
    },
    async open(path, flags) {
      const file = await base.open(path, flags);
      if (flags !== 'wx') return file;
      return {
        write: async (bytes) => {
          if (failure === 'write-ENOSPC') throw refuse('write', 'ENOSPC', path);
          await file.write(bytes);
        },
        sync: async () => {
          if (failure === 'fsync-ENOSPC') throw refuse('fsync', 'ENOSPC', path);
          await file.sync();
        },
        close: () => file.close(),
      };
    },
    async rename(from, to) {
      if (failure === 'rename-EBUSY') throw refuse('rename', 'EBUSY', to);
      if (failure === 'rename-EPERM') throw refuse('rename', 'EPERM', to);
      await base.rename(from, to);
    },
  };
}
