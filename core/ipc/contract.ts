// The IPC contract: every operation's argument and result schema, and every event's payload.
// Main validates arguments against it before doing anything; the renderer is typed from it.
import { z } from 'zod';
import { ArticleId, ArticleSchema, Instant } from '../article/article';
import { REVISION_REASONS } from '../review/history';
import { STAGES } from '../review/review';
import { Settings } from '../settings/settings';
import type { EventName, OperationName } from './names';

/** What the disk held when the article was last read or written, to spot changes by others. */
export const Revision = z.object({
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().nonnegative(),
  mtimeMs: z.number().nonnegative(),
});
export type Revision = z.infer<typeof Revision>;

/**
 * The id a read-only copy is known by when two files carry one article id: `copy-` and 32 hex
 * digits, derived from the id and the copy's file name, never written into a file
 * (electron/library/duplicate-ids.ts). The page offers "Keep as a separate article" for these.
 */
export const isCopyId = (id: string): boolean => /^copy-[0-9a-f]{32}$/.test(id);

/** A file name inside the library folder: one path segment, never a path. */
export const LibraryFileName = z
  .string()
  .min(1)
  .max(255)
  .refine((name) => !/[/\\\0]/.test(name) && name !== '.' && name !== '..', 'a file name, not a path');

const FileProblem = z.object({
  code: z.enum([
    'EMPTY',
    'TOO_LARGE',
    'BINARY',
    'NOT_JSON',
    'NOT_AN_ARTICLE',
    'INVALID',
    'NEWER_VERSION',
    'OUTSIDE_LIBRARY',
    'UNREADABLE',
  ]),
  message: z.string(),
});

export const ArticleSummary = z.object({
  kind: z.literal('article'),
  file: LibraryFileName,
  id: ArticleId,
  headline: z.string(),
  section: z.string(),
  status: z.string(),
  savedAt: z.string(),
  /** Null until counted: a cold library lists before its bodies have been read in full. */
  words: z.number().int().nonnegative().nullable(),
  readOnly: FileProblem.nullable(),
  /** Where it is on the desk, who has it and when the desk wants it (core/review/review.ts). */
  stage: z.enum(STAGES),
  assignee: z.string().nullable(),
  due: z.string().nullable(),
});
export type ArticleSummary = z.infer<typeof ArticleSummary>;

export const UnreadableEntry = z.object({
  kind: z.literal('unreadable'),
  file: LibraryFileName,
  error: FileProblem,
});
export type UnreadableEntry = z.infer<typeof UnreadableEntry>;

export const LibraryEntry = z.discriminatedUnion('kind', [ArticleSummary, UnreadableEntry]);
export type LibraryEntry = z.infer<typeof LibraryEntry>;

export const OpenedArticle = z.object({
  article: ArticleSchema,
  file: LibraryFileName,
  revision: Revision,
  readOnly: FileProblem.nullable(),
});
export type OpenedArticle = z.infer<typeof OpenedArticle>;

export const Backup = z.object({
  id: ArticleId,
  seq: z.number().int().nonnegative(),
  at: Instant,
  article: ArticleSchema,
});
export type Backup = z.infer<typeof Backup>;

export { THEMES, Settings } from '../settings/settings';

export const LibraryState = z.object({
  /** The chosen library folder, shown to the reporter; null until chosen on first start. */
  folder: z.string().nullable(),
  /** What first start proposes: Byline in the Documents folder. */
  proposedFolder: z.string(),
  /** Set when the settings file was unreadable and was moved aside. */
  settingsNotice: z.string().nullable(),
});
export type LibraryState = z.infer<typeof LibraryState>;

const Empty = z.object({}).strict();
const Done = z.object({});

export const MENU_COMMANDS = [
  'newArticle',
  'duplicateArticle',
  'save',
  'closeArticle',
  'openLibrary',
  'openSettings',
  'findInArticle',
  'replaceInArticle',
  'toggleTheme',
  'toggleFocusMode',
  'importArticle',
  'exportArticle',
  'exportLibrary',
  'copyAsHtml',
] as const;

/** What one export run did; `folder` is where the reporter chose to put the files. */
export const ExportSummary = z.object({
  folder: z.string(),
  exported: z.number().int().nonnegative(),
  /** Articles that could not be exported, by their file name in the library, with the reason. */
  failed: z.array(z.object({ file: z.string(), error: z.string() })),
  /** Stopped by Cancel: the pages written so far are complete, and there is no index.html. */
  cancelled: z.boolean(),
});
export type ExportSummary = z.infer<typeof ExportSummary>;

/** The kinds of file File › Import… and a drop on the window take. */
export const IMPORT_EXTENSIONS = ['.txt', '.html', '.htm', '.docx'] as const;

/** Whether a file's name ends in an extension Byline imports. */
export const isImportableName = (name: string) =>
  IMPORT_EXTENSIONS.some((extension) => name.toLowerCase().endsWith(extension));

/** "Byline imports .txt, .html, .htm and .docx files": the refusal of any other kind, built from the list. */
export const IMPORTABLE_KINDS = `Byline imports ${IMPORT_EXTENSIONS.slice(0, -1).join(', ')} and ${IMPORT_EXTENSIONS.at(-1)} files`;

/**
 * Where a dropped file is on disk, as the preload asked Electron for the File the reporter dropped
 * (the page never sees it). Main checks again that it is a regular file it can import.
 */
export const DroppedFilePath = z
  .string()
  .min(1, 'the dropped file is not on this computer’s disk')
  .max(4096)
  .refine((path) => !path.includes('\0'), 'a path without NUL characters')
  // "/home/…", "C:\…" or "\\server\share\…": a path from Electron is always absolute.
  .refine((path) => /^(?:\/|[A-Za-z]:[\\/]|\\\\)/.test(path), 'an absolute path')
  .refine(isImportableName, IMPORTABLE_KINDS);

/** Why a revision was recorded (core/review/history.ts): an edit, a stage move, a stamp, an accept … */
export const RevisionReason = z.enum(REVISION_REASONS);
export type RevisionReason = z.infer<typeof RevisionReason>;

/** The number of a revision in an article's history, counted from 1. */
export const RevisionNumber = z.number().int().min(1).max(1_000_000_000);

/** One version of an article on its history's record: when, who, why, and how long it was. */
export const RevisionEntry = z.object({
  rev: RevisionNumber,
  at: z.string(),
  by: z.string(),
  reason: RevisionReason,
  words: z.number().int().nonnegative(),
  /** A restore's source: the revision whose words it took back, when it could be told. */
  restored: RevisionNumber.nullable().optional(),
});
export type RevisionEntry = z.infer<typeof RevisionEntry>;

/**
 * An article's history as the History panel lists it, oldest first. `problem` says why part or
 * all of it could not be read (a corrupt or missing history file): the article itself is never
 * blocked by it. `lastSeen` is the revision the person asking last looked at, or null.
 */
export const ArticleHistory = z.object({
  revisions: z.array(RevisionEntry),
  problem: z.string().nullable(),
  lastSeen: RevisionNumber.nullable(),
});
export type ArticleHistory = z.infer<typeof ArticleHistory>;

/** Who looks at a history: Settings › Your name; may be blank (nobody named yet). */
const Viewer = z.string().max(200);

export const operations = {
  getLibraryState: { args: Empty, result: LibraryState },
  /** 'proposed' takes the proposed folder; 'choose' asks with the system's folder dialog. */
  setupLibrary: { args: z.object({ choice: z.enum(['proposed', 'choose']) }).strict(), result: LibraryState },
  listLibrary: { args: Empty, result: z.object({ entries: z.array(LibraryEntry), searchReady: z.boolean() }) },
  searchLibrary: {
    args: z.object({ query: z.string().max(500) }).strict(),
    result: z.object({
      /** The best matches, best first. */
      hits: z.array(z.object({ id: ArticleId, file: LibraryFileName, headline: z.string(), score: z.number() })),
      /** How many articles matched in all; more than the hits when they were cut at the limit. */
      total: z.number().int().nonnegative(),
      ready: z.boolean(),
    }),
  },
  createArticle: { args: z.object({ headline: z.string().max(1000).optional() }).strict(), result: OpenedArticle },
  openArticle: { args: z.object({ id: ArticleId }).strict(), result: OpenedArticle },
  /** A new draft with the article's fields and body, a new id and slug, and no stamps. */
  duplicateArticle: { args: z.object({ id: ArticleId }).strict(), result: OpenedArticle },
  /**
   * A read-only copy (see isCopyId) becomes an article of its own: a new id is written into that
   * very file and nothing else in it changes (status, dates, updates log, publish record); answers
   * it opened, editable. A copy whose original has gone opens as the article it now is, unchanged.
   */
  keepAsSeparateArticle: { args: z.object({ id: ArticleId }).strict(), result: OpenedArticle },
  /**
   * Saves when the file on disk is still `revision`; otherwise CONFLICT and nothing changes.
   * `backupSeq` names the backup this save covers, which is deleted once the save succeeded.
   */
  saveArticle: {
    args: z
      .object({
        article: ArticleSchema,
        revision: Revision,
        backupSeq: z.number().int().nonnegative().optional(),
        /** Why this save matters to the history (a stage move, a stamp, an accept); default an edit. */
        reason: RevisionReason.optional(),
      })
      .strict(),
    result: OpenedArticle,
  },
  /** Writes the article as a new file with a new id: "save as a copy" in a conflict. */
  saveArticleCopy: { args: z.object({ article: ArticleSchema }).strict(), result: OpenedArticle },
  /** Moves the article's file to the system's trash. */
  deleteArticle: { args: z.object({ id: ArticleId }).strict(), result: Done },
  showInFolder: { args: z.object({ file: LibraryFileName }).strict(), result: Done },
  writeBackup: {
    args: z.object({ article: ArticleSchema, seq: z.number().int().nonnegative() }).strict(),
    result: Done,
  },
  listBackups: { args: Empty, result: z.object({ backups: z.array(Backup) }) },
  discardBackup: { args: z.object({ id: ArticleId }).strict(), result: Done },
  getSettings: { args: Empty, result: Settings },
  updateSettings: { args: z.object({ patch: Settings.partial().strict() }).strict(), result: Settings },
  /** Opens an http, https or mailto link in the system's browser or mail client. */
  /** The renderer has flushed its saves after `beforeClose`; the window may close. */
  readyToClose: { args: Empty, result: Done },
  /** Asks with the system's folder dialog where exports go; remembered in main, so the page never sends a path. */
  chooseExportFolder: { args: Empty, result: z.object({ folder: z.string().nullable() }) },
  /** The article's page (and its ninjs file) in the chosen folder, as saved on disk; no index.html. */
  exportArticle: { args: z.object({ id: ArticleId, ninjs: z.boolean() }).strict(), result: ExportSummary },
  /** A batch into the chosen folder with index.html; `exportProgress` events while it runs; one at a time. */
  exportArticles: {
    args: z
      .object({ articles: z.union([z.literal('all'), z.array(ArticleId).min(1).max(100_000)]), ninjs: z.boolean() })
      .strict(),
    result: ExportSummary,
  },
  /** Stops the running batch before its next article; nothing when none runs. */
  cancelExport: { args: Empty, result: Done },
  /** Shows the last export (its index.html or page) in the system's file manager. */
  showExportedFiles: { args: Empty, result: Done },
  /**
   * Copy as HTML: main renders the body (with the header if asked) as the HTML fragment a CMS
   * takes and as plain text, never a private field, and puts both on the system clipboard at once.
   */
  copyArticleAsHtml: { args: z.object({ article: ArticleSchema, header: z.boolean() }).strict(), result: Done },
  /** Asks for a .txt, .html, .htm or .docx file, imports it as a new article; null when the reporter cancels. */
  importArticle: { args: Empty, result: z.object({ opened: OpenedArticle.nullable() }) },
  /** Imports a file dropped on the window from where it is on disk, as File › Import… does; a bad file creates nothing. */
  importDroppedFile: { args: z.object({ path: DroppedFilePath }).strict(), result: OpenedArticle },
  /** The article's revisions, oldest first, and which one `viewer` last looked at. Never refuses over a bad history. */
  listRevisions: { args: z.object({ id: ArticleId, viewer: Viewer }).strict(), result: ArticleHistory },
  /** The article as it stood at one revision. */
  readRevision: {
    args: z.object({ id: ArticleId, rev: RevisionNumber }).strict(),
    result: z.object({ article: ArticleSchema }),
  },
  /** Remembers that `viewer` has seen the article as of `rev` ("changes since I last looked"). */
  markRevisionSeen: {
    args: z.object({ id: ArticleId, viewer: Viewer, rev: RevisionNumber }).strict(),
    result: Done,
  },
  /**
   * Puts revision `rev`'s text and fields back as a new revision (nothing is lost: the versions
   * after it stay in the history), when the file on disk is still `revision`; otherwise CONFLICT
   * and nothing changes. The dates, stamps and desk's record stay as they are now.
   */
  restoreRevision: {
    args: z.object({ id: ArticleId, rev: RevisionNumber, revision: Revision }).strict(),
    result: OpenedArticle,
  },
  /**
   * Records the article as it is on disk (closing it) unless the history's last revision already
   * holds it, or it has no history yet (only looking at an article starts none); answers the
   * history's last revision then (null when there is none).
   */
  recordRevision: {
    args: z.object({ id: ArticleId, reason: z.enum(['close']) }).strict(),
    result: z.object({ rev: RevisionNumber.nullable() }),
  },
} satisfies Record<OperationName, { args: z.ZodType; result: z.ZodType }>;

export const events = {
  libraryChanged: z.object({}),
  articleChangedOnDisk: z.object({ id: ArticleId, deleted: z.boolean() }),
  settingsChanged: Settings,
  menuCommand: z.object({ command: z.enum(MENU_COMMANDS) }),
  beforeClose: z.object({}),
  /** A running export's progress, a few times a second at most. */
  exportProgress: z.object({ done: z.number().int().nonnegative(), total: z.number().int().nonnegative() }),
} satisfies Record<EventName, z.ZodType>;

export type Operations = typeof operations;
export type OpArgs<K extends OperationName> = z.input<Operations[K]['args']>;
export type OpResult<K extends OperationName> = z.infer<Operations[K]['result']>;
export type EventPayload<K extends EventName> = z.infer<(typeof events)[K]>;
