// The names of every operation and event. Kept free of schemas so the sandboxed preload can
// import it without pulling in validation code.

export const OPERATION_NAMES = [
  'getLibraryState',
  'setupLibrary',
  'listLibrary',
  'searchLibrary',
  'createArticle',
  'openArticle',
  'duplicateArticle',
  'keepAsSeparateArticle',
  'saveArticle',
  'saveArticleCopy',
  'deleteArticle',
  'showInFolder',
  'writeBackup',
  'listBackups',
  'discardBackup',
  'getSettings',
  'updateSettings',
  'readyToClose',
  'chooseExportFolder',
  'exportArticle',
  'exportArticles',
  'cancelExport',
  'showExportedFiles',
  'copyArticleAsHtml',
  'importArticle',
  'importDroppedFile',
  'listRevisions',
  'readRevision',
  'markRevisionSeen',
  'restoreRevision',
  'recordRevision',
] as const;

export type OperationName = (typeof OPERATION_NAMES)[number];

export const EVENT_NAMES = [
  'libraryChanged',
  'articleChangedOnDisk',
  'settingsChanged',
  'menuCommand',
  'beforeClose',
  'exportProgress',
] as const;

export type EventName = (typeof EVENT_NAMES)[number];

/** The IPC channel of an operation or event: one per name, never a generic channel. */
export const channelOf = (name: OperationName | EventName): string => `byline:${name}`;

/** `libraryChanged` → `onLibraryChanged`: the preload's subscription function for an event. */
export const subscriberOf = (name: EventName): `on${Capitalize<EventName>}` =>
  `on${name[0]!.toUpperCase()}${name.slice(1)}` as `on${Capitalize<EventName>}`;
