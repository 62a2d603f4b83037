// Everything the body editor runs: the article schema plus the habits that only matter while typing.
import type { AnyExtension } from '@tiptap/core';
import { Placeholder } from '@tiptap/extensions';
import { FindReplace } from '../find/find-replace';
import { bodyExtensions } from './extensions';
import { SmartTypography } from './smart-typography';

export interface EditingOptions {
  /** Read at each keystroke: the settings switch for smart typography. */
  smartTypography: () => boolean;
}

export const BODY_PLACEHOLDER = 'Write the story…';
export const PULL_QUOTE_PLACEHOLDER = 'Pull quote';
export const ATTRIBUTION_PLACEHOLDER = 'Attribution';

/** None of these add nodes or marks, so the editor's schema is exactly the stored body's. */
export function editingExtensions(options: EditingOptions): AnyExtension[] {
  return [
    ...bodyExtensions(),
    SmartTypography.configure({ enabled: options.smartTypography }),
    FindReplace,
    Placeholder.configure({
      // Children too, so the empty parts of a pull quote say what goes in them.
      includeChildren: true,
      placeholder: ({ editor, node }) => {
        if (node.type.name === 'pullQuoteText') return PULL_QUOTE_PLACEHOLDER;
        if (node.type.name === 'pullQuoteAttribution') return ATTRIBUTION_PLACEHOLDER;
        return editor.isEmpty ? BODY_PLACEHOLDER : '';
      },
    }),
  ];
}
