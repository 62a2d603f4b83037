import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { contextMenuTemplate } from '../../../electron/main/context-menu';

vi.mock('electron', () => ({}));

const params = (overrides: Partial<ContextMenuParams>) =>
  ({
    misspelledWord: '',
    dictionarySuggestions: [],
    isEditable: true,
    selectionText: '',
    editFlags: { canCut: true, canCopy: true, canPaste: true },
    ...overrides,
  }) as ContextMenuParams;

const click = (item: MenuItemConstructorOptions | undefined) => (item!.click as () => void)();

describe('the editor context menu', () => {
  it('offers the spellchecker suggestions, replaces with the one chosen, and can learn the word', () => {
    const actions = { replaceMisspelling: vi.fn(), addToDictionary: vi.fn() };
    const items = contextMenuTemplate(
      params({ misspelledWord: 'harbur', dictionarySuggestions: ['harbor', 'harbour'] }),
      actions,
    );

    expect(items.slice(0, 2).map((item) => item.label)).toEqual(['harbor', 'harbour']);
    click(items[1]);
    expect(actions.replaceMisspelling).toHaveBeenCalledWith('harbour');
    click(items.find((item) => item.label === 'Add to Dictionary'));
    expect(actions.addToDictionary).toHaveBeenCalledWith('harbur');
    expect(items.map((item) => item.role).filter(Boolean)).toEqual(['cut', 'copy', 'paste', 'selectAll']);
  });

  it('says so when there is no suggestion', () => {
    const items = contextMenuTemplate(params({ misspelledWord: 'qzxv' }), {
      replaceMisspelling: vi.fn(),
      addToDictionary: vi.fn(),
    });
    expect(items[0]).toMatchObject({ label: 'No suggestions', enabled: false });
  });

  it('offers only copy on selected text outside the editor', () => {
    const items = contextMenuTemplate(params({ isEditable: false, selectionText: 'a quote' }), {
      replaceMisspelling: vi.fn(),
      addToDictionary: vi.fn(),
    });
    expect(items.map((item) => item.role)).toEqual(['copy']);
  });
});
