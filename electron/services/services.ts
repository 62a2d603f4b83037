// The Node services behind the IPC contract, as interfaces. Electron's main process, the CLI and
// the end-to-end harness each build them with their own paths, clock and trash, then hand them to
// `createHandlers`. Nothing here imports Electron.
import type { Article, Byline } from '../../core/article/article';
import type { FileSystem } from '../library/file-system';
import type { Backup, LibraryEntry, LibraryState, OpenedArticle, Revision, Settings } from '../../core/ipc/contract';

/** Time and identity come in from outside, so tests control them. */
export interface Clock {
  /** ISO 8601 instant with offset, e.g. new Date().toISOString(). */
  now(): string;
}

/** Article files in one library folder: atomic, serialized, conflict-checked writes. */
export interface ArticleStore {
  readonly folder: string;
  create(input: { headline?: string; bylines?: Byline[] }): Promise<OpenedArticle>;
  open(id: string): Promise<OpenedArticle>;
  /** Refuses with BylineError('CONFLICT') when the file no longer matches `revision`. */
  save(article: Article, revision: Revision): Promise<OpenedArticle>;
  saveCopy(article: Article): Promise<OpenedArticle>;
  /** The copy known by `id` (two files carrying one id) gets an id of its own, in its own file, all else kept. */
  keepAsSeparateArticle(id: string): Promise<OpenedArticle>;
  /** A new file holding the whole article (an import), its slug made unique, in one write. */
  createFrom(article: Article): Promise<OpenedArticle>;
  /** Moves the file to the system trash. */
  remove(id: string): Promise<void>;
  /** Absolute path of a file name inside the library; throws OUTSIDE_LIBRARY otherwise. */
  pathOf(file: string): string;
}

/** The list of the library's files, cached by path, size and mtime, and full-text search over it. */
export interface LibraryIndex {
  /** Every article file and every unreadable one, refreshed from disk (re-reading only changed files). */
  list(): Promise<LibraryEntry[]>;
  /** The best `limit` hits, best first, and how many articles matched in all. */
  search(
    query: string,
    limit?: number,
  ): Promise<{ hits: { id: string; file: string; headline: string; score: number }[]; total: number; ready: boolean }>;
  /** The file name that holds article `id`, or null. */
  locate(id: string): Promise<string | null>;
  searchReady(): boolean;
  /** Tell the index a file was written or removed by us (so it need not wait for the watcher). */
  touched(file: string): void;
  close(): Promise<void>;
}

/** Backups of unsaved edits, kept outside the library in the user-data folder. */
export interface BackupStore {
  write(article: Article, seq: number, at: string): Promise<void>;
  list(): Promise<Backup[]>;
  /** Deletes the backup of `id` if it is not newer than `upToSeq` (omit to delete whatever is there). */
  discard(id: string, upToSeq?: number): Promise<void>;
}

/** What differs between hosts: folder dialogs, the file manager, the window. */
export interface Host {
  libraryState(): LibraryState;
  setupLibrary(choice: 'proposed' | 'choose'): Promise<LibraryState>;
  showInFolder(absolutePath: string): void;
  readyToClose(): void;
}

export interface SettingsService {
  get(): Settings;
  update(patch: Partial<Settings>): Settings;
}

/** The system's dialogs and clipboard behind export, import and Copy as HTML; the harness fakes them. */
export interface ExchangeHost {
  /** The system's folder dialog for where exports go; null when the reporter cancels. */
  chooseExportFolder(): Promise<string | null>;
  /** The system's open dialog for a .txt, .html, .htm or .docx file; null when the reporter cancels. */
  chooseImportFile(): Promise<string | null>;
  /** Puts both flavours on the system clipboard at once (Electron's clipboard.write), replacing what was there. */
  writeClipboard(flavours: { html: string; text: string }): void;
}

/** What export and import need beyond the library: the dialogs, and a way to report a batch's progress. */
export interface ExchangeServices {
  host: ExchangeHost;
  exportProgress(progress: { done: number; total: number }): void;
  /** The least time between two progress reports; default 100 ms (a batch of small articles finishes hundreds a second). */
  progressIntervalMs?: number;
  /** The file system exports read and write through; the machine's own unless a test stands in a slower disk. */
  exportDisk?: FileSystem;
  /** The import worker as electron-vite built it (out/main/import-worker.js); default its TypeScript source, through tsx. */
  importWorker?: string | URL;
}
