// The desk's shortcuts are read by the key's place, so Alt's letters on macOS do not hide them:
// Ctrl/Cmd+Alt+M comments (Google Docs), Ctrl/Cmd+Alt+Shift+X suggests (Google Docs), nothing else does.
import { describe, expect, it } from 'vitest';
import { isCommentKey, isSuggestKey } from '../../../renderer/review/useReviewKeys';
import { moveLabel, movesFrom } from '../../../renderer/review/stageMoves';
import { suggestionSentence } from '../../../renderer/review/suggestionWords';

const keys = (code: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>>) => ({
  code,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('the desk’s shortcuts', () => {
  it('comments on Ctrl+Alt+M, or Cmd+Option+M on macOS whatever letter Option types', () => {
    expect(isCommentKey(keys('KeyM', { ctrlKey: true, altKey: true }), false)).toBe(true);
    expect(isCommentKey(keys('KeyM', { metaKey: true, altKey: true }), true)).toBe(true);
    expect(isCommentKey(keys('KeyM', { ctrlKey: true }), false)).toBe(false);
    expect(isCommentKey(keys('KeyM', { ctrlKey: true, altKey: true, shiftKey: true }), false)).toBe(false);
    expect(isCommentKey(keys('KeyM', { metaKey: true, altKey: true }), false)).toBe(false);
  });

  it('suggests on Ctrl+Alt+Shift+X, or Cmd+Option+Shift+X on macOS, and not on Ctrl+Shift+E (Export Library)', () => {
    expect(isSuggestKey(keys('KeyX', { ctrlKey: true, altKey: true, shiftKey: true }), false)).toBe(true);
    expect(isSuggestKey(keys('KeyX', { metaKey: true, altKey: true, shiftKey: true }), true)).toBe(true);
    expect(isSuggestKey(keys('KeyX', { ctrlKey: true, shiftKey: true }), false)).toBe(false);
    expect(isSuggestKey(keys('KeyE', { ctrlKey: true, shiftKey: true }), false)).toBe(false);
  });
});

describe('the desk’s words', () => {
  it('names each move from where the article is', () => {
    expect(movesFrom('changes-requested').map((move) => move.label)).toEqual([
      'Mark ready for the desk',
      'Start editing',
    ]);
    expect(moveLabel('approved', 'editing')).toBe('Reopen for editing');
    expect(moveLabel('editing', 'ready')).toBe('Hand back to the desk queue');
  });

  it('puts a suggestion in a sentence, cutting long words short', () => {
    expect(suggestionSentence({ kind: 'delete', old: 'in spring', new: '', by: '' })).toBe(
      'Someone suggested deleting “in spring”',
    );
    const long = 'the council said on Monday that the sea wall would be rebuilt in two phases';
    expect(suggestionSentence({ kind: 'insert', old: '', new: long, by: 'Ana' })).toBe(
      'Ana suggested adding “the council said on Monday that the sea wall would be…”',
    );
  });
});
