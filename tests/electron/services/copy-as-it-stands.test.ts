// Copy as HTML puts the article as it stands on the clipboard: no suggested words, no comment.
import { describe, expect, it } from 'vitest';
import { createExportHandlers } from '../../../electron/services/export-handlers';
import type { ExchangeServices, Host } from '../../../electron/services/services';
import { settings } from '../../builders/article';
import { articleOnTheDesk, COMMENT_MARKER, INSERTED_MARKER, STRUCK_WORDS } from '../../core/export/desk-article';

describe('Copy as HTML', () => {
  it('copies the article as it stands, with and without its header', async () => {
    const clipboard: { html: string; text: string }[] = [];
    const exchange: ExchangeServices = {
      host: {
        chooseExportFolder: async () => null,
        chooseImportFile: async () => null,
        writeClipboard: (flavours) => void clipboard.push(flavours),
      },
      exportProgress: () => undefined,
    };
    const handlers = createExportHandlers({
      host: {} as Host,
      settings: { get: () => settings(), update: (patch) => ({ ...settings(), ...patch }) },
      exchange,
      library: () => {
        throw new Error('Copy as HTML needs no library');
      },
    });
    for (const header of [false, true]) await handlers.copyArticleAsHtml({ article: articleOnTheDesk(), header });
    expect(clipboard).toHaveLength(2);
    for (const { html, text } of clipboard) {
      for (const flavour of [html, text]) {
        expect(flavour).not.toContain(INSERTED_MARKER);
        expect(flavour).not.toContain(COMMENT_MARKER);
        expect(flavour).toContain(STRUCK_WORDS);
      }
    }
  });
});
