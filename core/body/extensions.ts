// The TipTap extensions that define what an article body can hold. Both the editor and every
// reader of article files (validation, export, the CLI) build their schema from this list.
import type { AnyExtension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { withAttributeRules } from './attribute-rules';
import { isAllowedLink } from './link-policy';
import { NewerBlock, NewerInline, NewerMark } from './placeholders';
import { PullQuote, PullQuoteAttribution, PullQuoteText } from './pull-quote';
import { Quote } from './quote-mark';
import { CommentMark, DeletionMark, InsertionMark } from './review-marks';

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
        // Only web and mail links survive (link-policy.ts): a pasted javascript: link must never reach a reader.
        isAllowedUri: (url) => isAllowedLink(url),
        HTMLAttributes: { target: null, rel: null },
      },
    }),
    PullQuote,
    PullQuoteText,
    PullQuoteAttribution,
    Quote,
    CommentMark,
    InsertionMark,
    DeletionMark,
    // Only ever in memory, for a newer file opened read-only: see placeholders.ts.
    NewerBlock,
    NewerInline,
    NewerMark,
  ]);
}
