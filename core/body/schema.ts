// The ProseMirror schema of article bodies, built once from the shared extensions.
import { getSchema } from '@tiptap/core';
import type { Node as PMNode, Schema } from '@tiptap/pm/model';
import { AttributeError } from './attribute-rules';
import { bodyExtensions } from './extensions';
import { firstPlaceholder, typeInWords } from './placeholders';

let cached: Schema | null = null;

export function bodySchema(): Schema {
  cached ??= getSchema(bodyExtensions());
  return cached;
}

export type BodyCheck =
  | { ok: true; doc: PMNode }
  | {
      ok: false;
      message: string;
      /** True when a node or mark is known but one of its attributes holds the wrong kind of value. */
      wrongValue: boolean;
    };

export interface BodyCheckOptions {
  /**
   * Accept placeholders for a newer Byline's content (placeholders.ts): only for a body read
   * from a newer file, which is shown read-only and never saved or exported. Default false.
   */
  placeholders?: boolean;
}

/**
 * Loads body JSON into the schema and checks it. ProseMirror drops what it cannot hold only
 * in the editor; here anything unknown is an error, so a file is never silently "repaired".
 */
export function checkBody(json: unknown, options: BodyCheckOptions = {}): BodyCheck {
  let doc: PMNode;
  try {
    doc = bodySchema().nodeFromJSON(json);
    doc.check();
  } catch (error) {
    return {
      ok: false,
      message: error instanceof Error ? error.message : String(error),
      wrongValue: error instanceof AttributeError,
    };
  }
  if (!options.placeholders) {
    const placeholder = firstPlaceholder(doc);
    if (placeholder !== null)
      return {
        ok: false,
        message: `a placeholder for ${typeInWords(placeholder)} from a newer Byline, which is never kept in a file`,
        wrongValue: false,
      };
  }
  return { ok: true, doc };
}

export function emptyBody(): BodyJSON {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}

/** ProseMirror JSON as stored in article files. */
export interface BodyJSON {
  type: string;
  attrs?: Record<string, unknown>;
  content?: BodyJSON[];
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  text?: string;
}
