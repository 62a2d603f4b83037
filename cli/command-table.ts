// Every command, its arguments and its options, in one table: the parser reads it, the help
// prints it and each command's input is typed from it. Data only, so `--help` and the parser load
// nothing else; the commands themselves are loaded by name in byline.ts.
import type { UpdateKind } from '../core/article/article';
import type { ChosenStage } from '../core/review/review';
import type { ArgumentSpec, CommandSpec, ValueOptionSpec } from './command-spec';

const FOLDER = {
  name: 'FOLDER',
  kind: 'folder',
  about: 'The library folder: one .byline.json file per article.',
} as const satisfies ArgumentSpec;

const ARTICLE_FILE = {
  name: 'FILE',
  kind: 'file',
  about: 'An article file (.byline.json).',
} as const satisfies ArgumentSpec;

const TZ = {
  kind: 'zone',
  value: 'IANA',
  about: "The newsroom's time zone by its IANA name, like Europe/Berlin; default this system's zone.",
} as const satisfies ValueOptionSpec;

const AT = {
  kind: 'instant',
  value: 'ISO',
  about: 'When it happened, with its offset, like 2021-02-18T21:14:00-05:00; default now. Never in the future.',
} as const satisfies ValueOptionSpec;

// The article format's update kinds, spelled out so the table loads no schema; the type below
// fails to compile if the format gains a kind this list lacks.
const UPDATE_KIND_CHOICES = ['update', 'correction', 'clarification'] as const satisfies readonly UpdateKind[];
const everyKindListed: [Exclude<UpdateKind, (typeof UPDATE_KIND_CHOICES)[number]>] extends [never] ? true : never =
  true;
void everyKindListed;

// The stages a person may move an article to, spelled out for the same reason; `published` is
// reached only through `stamp publish`.
const STAGE_CHOICES = [
  'draft',
  'ready',
  'editing',
  'changes-requested',
  'approved',
] as const satisfies readonly ChosenStage[];
const everyStageListed: [Exclude<ChosenStage, (typeof STAGE_CHOICES)[number]>] extends [never] ? true : never = true;
void everyStageListed;

/** The review JSON that `review`, `resolve`, `accept` and `reject` print. */
const REVIEW_JSON =
  '{"stage","assignee","threads":[{"id","quote","resolved","comments":[{"by","at","text"}]}],"suggestions":[{"id","kind","old","new","by","at"}]}';

const SUGGESTION_ID = {
  name: 'ID',
  kind: 'text',
  optional: true,
  about: "The suggested edit's id, as review prints it. Give this or --all.",
} as const satisfies ArgumentSpec;

export const COMMANDS = {
  new: {
    summary: 'Creates an article in FOLDER and prints {"id","path"}. A create never replaces a file.',
    arguments: [FOLDER],
    options: {
      headline: {
        kind: 'text',
        value: 'TEXT',
        required: true,
        about: 'The headline; the file is named after it.',
      },
    },
  },
  list: {
    summary:
      'Prints every article file in FOLDER as {"id","path","headline","status","savedAt","words"}, and one that cannot be read as {"path","error"}.',
    arguments: [FOLDER],
    options: {},
  },
  search: {
    summary: 'Prints the articles in FOLDER that match QUERY as {"id","path","headline","score"}, best first.',
    arguments: [FOLDER, { name: 'QUERY', kind: 'text', about: 'Words to find; the last may be the start of a word.' }],
    options: {},
  },
  quotes: {
    summary:
      'Prints the quotations in FILE with their suggested speakers as {"text","speaker","start","end","confidence"}, in order.',
    arguments: [{ name: 'FILE', kind: 'file', about: 'An article file, or a plain-text file.' }],
    options: {
      why: {
        kind: 'flag',
        about: 'Also print "cue" (its kind), "why" (as the app says it) and "offer" (one-click, question or none).',
      },
    },
  },
  check: {
    summary:
      'Prints the pre-publish check of FILE as {"code","severity","message"}; exits 1 when any problem blocks publication.',
    arguments: [ARTICLE_FILE],
    options: { tz: TZ },
  },
  'stamp publish': {
    summary:
      'Stamps FILE as published and prints {"publishedAt","updatedAt","updates"}. Refused (exit 1, the file untouched) while a problem blocks publication, unless overridden.',
    arguments: [ARTICLE_FILE],
    options: {
      at: AT,
      override: {
        kind: 'text',
        value: 'REASON',
        about: 'Publish despite blocking problems; the reason goes on the record with the stamp.',
      },
      tz: TZ,
    },
  },
  'stamp update': {
    summary:
      'Stamps an update, correction or clarification on the published article FILE and prints {"publishedAt","updatedAt","updates"}.',
    arguments: [ARTICLE_FILE],
    options: {
      kind: {
        kind: 'choice',
        value: 'KIND',
        choices: UPDATE_KIND_CHOICES,
        required: true,
        about: 'What kind of change this is: update, correction or clarification.',
      },
      note: { kind: 'text', value: 'TEXT', required: true, about: 'The note readers see with it.' },
      at: AT,
      tz: TZ,
    },
  },
  review: {
    summary: `Prints the desk's review of FILE as ${REVIEW_JSON}: threads in reading order, each suggestion's kind insert, delete or replace.`,
    arguments: [ARTICLE_FILE],
    options: {},
  },
  stage: {
    summary:
      'Moves FILE to STAGE on the record, as $BYLINE_USER, and prints {"stage","assignee","log":[{"from","to","by","at","note"}]}. A move the desk does not allow is refused (exit 1, the file untouched); published is reached only by stamp publish.',
    arguments: [
      ARTICLE_FILE,
      {
        name: 'STAGE',
        kind: 'choice',
        choices: STAGE_CHOICES,
        about: 'Where the article goes: draft, ready, editing, changes-requested or approved.',
      },
    ],
    options: {
      assignee: {
        kind: 'text',
        value: 'NAME',
        about: 'Who has the article now; "" hands it to no one. Default: it stays with whoever has it.',
      },
      note: { kind: 'text', value: 'TEXT', about: 'Why, for the stage log.' },
    },
  },
  comment: {
    summary:
      'Opens a comment thread on words of FILE\'s body, or replies to one, as $BYLINE_USER, and prints {"thread": id}. Words the body does not hold are refused (exit 1, the file untouched).',
    arguments: [ARTICLE_FILE],
    options: {
      on: {
        kind: 'text',
        value: 'TEXT',
        about: 'The words to comment on: the first place the body reads them. Give this or --reply.',
      },
      reply: { kind: 'text', value: 'THREAD', about: 'The id of the thread to reply to. Give this or --on.' },
      text: { kind: 'text', value: 'NOTE', required: true, about: 'What the comment says.' },
    },
  },
  resolve: {
    summary: `Marks the comment thread THREAD of FILE resolved, as $BYLINE_USER, and prints the review as ${REVIEW_JSON}.`,
    arguments: [ARTICLE_FILE, { name: 'THREAD', kind: 'text', about: "The thread's id, as review prints it." }],
    options: {},
  },
  suggest: {
    summary:
      'Suggests replacing the first place FILE\'s body reads OLD with NEW, as $BYLINE_USER, and prints {"suggestion": id}. Words the body does not hold are refused (exit 1, the file untouched).',
    arguments: [ARTICLE_FILE],
    options: {
      replace: { kind: 'text', value: 'OLD', required: true, about: 'The words to replace.' },
      with: {
        kind: 'text',
        value: 'NEW',
        required: true,
        about: 'The words to put in their place; "" suggests deleting them.',
      },
    },
  },
  accept: {
    summary: `Accepts the suggested edit ID of FILE, or every one with --all, and prints the review as ${REVIEW_JSON}.`,
    arguments: [ARTICLE_FILE, SUGGESTION_ID],
    options: { all: { kind: 'flag', about: 'Every suggested edit, in place of ID.' } },
  },
  reject: {
    summary: `Rejects the suggested edit ID of FILE, or every one with --all, and prints the review as ${REVIEW_JSON}.`,
    arguments: [ARTICLE_FILE, SUGGESTION_ID],
    options: { all: { kind: 'flag', about: 'Every suggested edit, in place of ID.' } },
  },
  history: {
    summary:
      'Prints the revisions of FILE, oldest first, as {"rev","at","by","reason","words"}; a history that cannot be read in full is said on stderr.',
    arguments: [ARTICLE_FILE],
    options: {},
  },
  diff: {
    summary:
      'Prints what changed in the body of FILE between two revisions as {"kind":"insert"|"delete","text"}, in reading order.',
    arguments: [ARTICLE_FILE],
    options: {
      from: { kind: 'text', value: 'REV', about: 'The earlier revision; default the one before --to.' },
      to: { kind: 'text', value: 'REV', about: 'The later revision; default the latest.' },
    },
  },
  restore: {
    summary:
      'Brings back the words of revision REV of FILE as a new revision, as $BYLINE_USER, and prints {"rev"} of it. Nothing is lost: the version it replaces stays in the history.',
    arguments: [ARTICLE_FILE, { name: 'REV', kind: 'text', about: 'The revision to bring back, as history lists it.' }],
    options: {},
  },
  import: {
    summary:
      'Reads FILE into a new article file and prints {"id","path"}; its quotations are attributed to their suggested speakers.',
    arguments: [
      {
        name: 'FILE',
        kind: 'file',
        about:
          'Text copied from a web page (.txt), a saved page (.html), a Word file (.docx) or a page Byline exported.',
      },
    ],
    options: {
      into: { kind: 'folder', value: 'FOLDER', default: '.', about: 'The library folder; default the current folder.' },
      tz: TZ,
    },
  },
  export: {
    summary:
      'Writes FILE as an HTML page and prints the paths written as {"html","ninjs"} (ninjs null unless asked for).',
    arguments: [ARTICLE_FILE],
    options: {
      out: {
        kind: 'file',
        value: 'OUT',
        short: 'o',
        about:
          'The page to write; default beside FILE, .html in place of .byline.json. Never an article, never a folder.',
      },
      fragment: { kind: 'flag', about: 'Only the body, for pasting into a CMS.' },
      ninjs: { kind: 'flag', about: 'Also write a ninjs 2.0 file beside the page.' },
      tz: TZ,
    },
  },
  'export-all': {
    summary:
      'Exports every article in FOLDER to a page in OUTDIR, with an index.html, and prints {"exported","failed":[{"path","error"}]}.',
    arguments: [FOLDER, { name: 'OUTDIR', kind: 'outdir', about: 'The folder for the pages; made when missing.' }],
    options: { tz: TZ },
  },
} as const satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof COMMANDS;

export const COMMAND_NAMES = Object.keys(COMMANDS) as CommandName[];
