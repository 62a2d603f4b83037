// What each attribute of the body schema may hold. ProseMirror checks these itself (the `validate`
// of an attribute spec) whenever a node or mark is made from JSON or checked, so a file with a link
// whose address is null, or a subhead whose level is an object, is refused when it is read, with
// the attribute named, instead of breaking the editor or the export later. Every attribute of
// every node and mark needs a rule here: a new one fails the schema's build until it has one.
import { getExtensionField, type AnyExtension, type Attributes } from '@tiptap/core';

interface Rule {
  /** What a value must be, in words: "text", "a whole number from 1 to 6". */
  expects: string;
  accepts(value: unknown): boolean;
}

const text: Rule = { expects: 'text', accepts: (value) => typeof value === 'string' };
const textOrNull: Rule = { expects: 'text or null', accepts: (value) => value === null || typeof value === 'string' };
// TipTap reads an HTML attribute that has no parser of its own as a number or true/false when it
// looks like one (a pasted title="2024" is stored as 2024): those files are the editor's own.
const plainValue: Rule = {
  expects: 'text, a number, true, false or null',
  accepts: (value) =>
    value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean',
};
// A pasted <ol start="x"> is read as NaN, which JSON stores as null.
const numberOrNull: Rule = {
  expects: 'a number or null',
  accepts: (value) => value === null || typeof value === 'number',
};
const headingLevel: Rule = {
  expects: 'a whole number from 1 to 6',
  accepts: (value) => Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 6,
};

interface TypeRules {
  /** The node or mark as a reporter would name it: "a link". */
  what: string;
  attributes: Record<string, { name: string; rule: Rule }>;
}

const RULES: Record<string, TypeRules> = {
  heading: { what: 'a subhead', attributes: { level: { name: 'level', rule: headingLevel } } },
  orderedList: {
    what: 'a numbered list',
    attributes: {
      start: { name: 'first number (start)', rule: numberOrNull },
      type: { name: 'numbering style (type)', rule: textOrNull },
    },
  },
  link: {
    what: 'a link',
    attributes: {
      href: { name: 'address (href)', rule: text },
      target: { name: 'target', rule: plainValue },
      rel: { name: 'rel', rule: plainValue },
      class: { name: 'class', rule: plainValue },
      title: { name: 'title', rule: plainValue },
    },
  },
  quote: {
    what: 'a marked quotation',
    attributes: {
      quoteId: { name: 'quotation id (quoteId)', rule: text },
      sourceId: { name: 'source (sourceId)', rule: textOrNull },
    },
  },
  comment: { what: 'a commented range', attributes: { threadId: { name: 'thread (threadId)', rule: text } } },
  insertion: {
    what: 'a suggested insertion',
    attributes: {
      id: { name: 'suggestion id (id)', rule: text },
      by: { name: 'who suggested it (by)', rule: text },
      at: { name: 'when (at)', rule: text },
    },
  },
  deletion: {
    what: 'a suggested deletion',
    attributes: {
      id: { name: 'suggestion id (id)', rule: text },
      by: { name: 'who suggested it (by)', rule: text },
      at: { name: 'when (at)', rule: text },
    },
  },
  newerBlock: {
    what: 'a placeholder',
    attributes: { type: { name: 'type', rule: text }, text: { name: 'text', rule: text } },
  },
  newerInline: {
    what: 'a placeholder',
    attributes: { type: { name: 'type', rule: text }, text: { name: 'text', rule: text } },
  },
  newerMark: { what: 'a placeholder', attributes: { type: { name: 'type', rule: text } } },
};

/** Thrown by an attribute's check: the body holds a value of the wrong kind, named in the message. */
export class AttributeError extends RangeError {
  override name = 'AttributeError';
}

function shown(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return String(value);
}

/** The check ProseMirror runs on one attribute; throws when the schema has an attribute without a rule. */
export function attributeCheck(type: string, attribute: string): (value: unknown) => void {
  const rules = RULES[type];
  const entry = rules?.attributes[attribute];
  if (!rules || !entry)
    throw new Error(`the "${attribute}" attribute of "${type}" has no rule in core/body/attribute-rules.ts`);
  return (value) => {
    if (!entry.rule.accepts(value))
      throw new AttributeError(`${rules.what}'s ${entry.name} must be ${entry.rule.expects}, not ${shown(value)}`);
  };
}

/**
 * The extensions with every node's and mark's attributes checked. A kit (StarterKit) is replaced
 * by its parts, since its parts are where the attributes are declared.
 */
export function withAttributeRules(extensions: readonly AnyExtension[]): AnyExtension[] {
  return extensions.flatMap((extension): AnyExtension[] => {
    if (extension.type === 'extension') {
      const addExtensions = getExtensionField<() => AnyExtension[]>(extension, 'addExtensions', {
        name: extension.name,
        options: extension.options,
        storage: extension.storage,
      });
      return addExtensions ? withAttributeRules(addExtensions()) : [extension];
    }
    const type = extension.name;
    return [
      extension.extend({
        addAttributes(this: { parent?: () => Attributes }) {
          const own = this.parent?.() ?? {};
          return Object.fromEntries(
            Object.entries(own).map(([name, spec]) => [name, { ...spec, validate: attributeCheck(type, name) }]),
          );
        },
      }),
    ];
  });
}
