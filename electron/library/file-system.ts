// The few file-system calls the article store and backups make, behind an interface so tests
// can make any one of them fail (a full disk, a locked file) and check nothing is lost.
import {
  chmod,
  chown,
  link,
  lstat,
  mkdir,
  open,
  readFile,
  readdir,
  realpath,
  rename,
  stat,
  unlink,
} from 'node:fs/promises';
import { readBounded, type BoundedRead } from './bounded-read';

/** A file opened for writing (or a folder opened only to fsync it). */
export interface OpenFile {
  /** Writes every byte (looping over short writes). */
  write(bytes: Uint8Array): Promise<void>;
  /** fsync: the bytes are on the disk, not just in the page cache. */
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface FileStat {
  size: number;
  mtimeMs: number;
  /** Permission bits and file type, as st_mode. */
  mode: number;
  uid: number;
  gid: number;
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
}

export interface FileSystem {
  /**
   * 'wx' creates a new file and fails if it exists, with `mode` (less the umask; default 0o666);
   * 'r' opens for reading (folders too, for fsync).
   */
  open(path: string, flags: 'wx' | 'r', mode?: number): Promise<OpenFile>;
  rename(from: string, to: string): Promise<void>;
  /** A second name for a file; fails with EEXIST when `to` exists, so it places a file without replacing one. */
  link(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  readFile(path: string): Promise<Uint8Array>;
  /** A library file, read the safe way (see bounded-read.ts). */
  readBounded(path: string, maxBytes: number): Promise<BoundedRead>;
  lstat(path: string): Promise<FileStat>;
  stat(path: string): Promise<FileStat>;
  realpath(path: string): Promise<string>;
  readdir(path: string): Promise<string[]>;
  mkdir(path: string): Promise<void>;
  chmod(path: string, mode: number): Promise<void>;
  chown(path: string, uid: number, gid: number): Promise<void>;
}

export const nodeFileSystem: FileSystem = {
  async open(path, flags, mode) {
    const handle = await open(path, flags, mode);
    return {
      write: async (bytes) => {
        let offset = 0;
        while (offset < bytes.length) {
          const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset);
          offset += bytesWritten;
        }
      },
      sync: () => handle.sync(),
      close: () => handle.close(),
    };
  },
  rename: (from, to) => rename(from, to),
  link: (from, to) => link(from, to),
  unlink: (path) => unlink(path),
  readFile: (path) => readFile(path),
  readBounded: (path, maxBytes) => readBounded(path, maxBytes),
  lstat: (path) => lstat(path),
  stat: (path) => stat(path),
  realpath: (path) => realpath(path),
  readdir: (path) => readdir(path),
  mkdir: async (path) => {
    await mkdir(path, { recursive: true });
  },
  chmod: (path, mode) => chmod(path, mode),
  chown: (path, uid, gid) => chown(path, uid, gid),
};

/** The errno code of a failed fs call ('ENOENT', 'ENOSPC', …), or undefined. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}
