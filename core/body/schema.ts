// The ProseMirror schema of article bodies, built once from the shared extensions.
import { getSchema } from '@tiptap/core';
import type { Node as PMNode, Schema } from '@tiptap/pm/model';
import { bodyExtensions } from './extensions';

let cached: Schema | null = null;

export function bodySchema(): Schema {
  cached ??= getSchema(bodyExtensions());
  return cached;
}

export type BodyCheck = { ok: true; doc: PMNode } | { ok: false; message: string };

/**
 * Loads body JSON into the schema and checks it. ProseMirror drops what it cannot hold only
 * in the editor; here anything unknown is an error, so a file is never silently "repaired".
 */
export function checkBody(json: unknown): BodyCheck {
  try {
    const doc = bodySchema().nodeFromJSON(json);
    doc.check();
    return { ok: true, doc };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
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
