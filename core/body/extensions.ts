// The TipTap extensions that define what an article body can hold. Both the editor and every
// reader of article files (validation, export, the CLI) build their schema from this list.
import type { AnyExtension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { withAttributeRules } from './attribute-rules';
import { NewerBlock, NewerInline, NewerMark } from './placeholders';
import { PullQuote, PullQuoteAttribution, PullQuoteText } from './pull-quote';
import { Quote } from './quote-mark';

export const LINK_PROTOCOLS = ['http', 'https', 'mailto'] as const;

export function bodyExtensions(): AnyExtension[] {
  return withAttributeRules([
    StarterKit.configure({
      heading: { levels: [2, 3, 4] },
      codeBlock: false,
      code: false,
      underline: false,
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: 'https',
        protocols: [],
        // Only web and mail links survive: a pasted javascript: link must never reach a reader.
        isAllowedUri: (url) => isAllowedLink(url),
        HTMLAttributes: { target: null, rel: null },
      },
    }),
    PullQuote,
    PullQuoteText,
    PullQuoteAttribution,
    Quote,
    // Only ever in memory, for a newer file opened read-only: see placeholders.ts.
    NewerBlock,
    NewerInline,
    NewerMark,
  ]);
}

/** http, https and mailto only, decided by parsing rather than by prefix. */
export function isAllowedLink(url: string): boolean {
  const trimmed = url.trim();
  if (trimmed === '') return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed);
  if (!scheme) return false;
  return (LINK_PROTOCOLS as readonly string[]).includes(scheme[1]!.toLowerCase());
}
