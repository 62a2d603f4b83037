// The article body as the reporter works on it: toolbar, link popover, find bar, the text. Its
// counts are in the window's status bar (renderer/app/StatusBar.tsx).
import type { Editor } from '@tiptap/core';
import { EditorContent } from '@tiptap/react';
import { useCallback, useImperativeHandle, useState, type KeyboardEvent, type Ref } from 'react';
import '../../styles/editor.css';
import { FindBar, type FindMode } from './FindBar';
import { LinkPopover } from './LinkPopover';
import { Toolbar } from './Toolbar';

/** What the workspace can ask of the body from outside it: menu commands and global shortcuts. */
export interface BodyPaneHandle {
  openFind(mode: FindMode): void;
  openLink(): void;
}

export interface BodyPaneProps {
  editor: Editor;
  ref?: Ref<BodyPaneHandle>;
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** Ctrl on Windows and Linux, Cmd on macOS, with no other modifier but the ones asked for. */
export function isShortcut(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>,
  key: string,
  mac = isMac,
): boolean {
  const mod = mac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  return mod && !event.altKey && !event.shiftKey && event.key.toLowerCase() === key;
}

export function BodyPane({ editor, ref }: BodyPaneProps) {
  const [find, setFind] = useState<{ mode: FindMode; request: number } | null>(null);
  const [linkOpen, setLinkOpen] = useState(false);

  const openFind = useCallback(
    (mode: FindMode) => setFind((open) => ({ mode, request: (open?.request ?? 0) + 1 })),
    [],
  );
  const openLink = useCallback(() => {
    if (editor.isEditable) setLinkOpen(true);
  }, [editor]);
  useImperativeHandle(ref, () => ({ openFind, openLink }), [openFind, openLink]);

  const onKeyDown = (event: KeyboardEvent) => {
    const actions: Record<string, () => void> = {
      k: openLink,
      f: () => openFind('find'),
      h: () => openFind('replace'),
    };
    const key = Object.keys(actions).find((candidate) => isShortcut(event, candidate));
    if (!key) return;
    event.preventDefault();
    actions[key]!();
  };

  return (
    <div className="body-pane" onKeyDown={onKeyDown}>
      <Toolbar editor={editor} linkOpen={linkOpen} onLink={openLink} />
      {linkOpen ? <LinkPopover editor={editor} onClose={() => setLinkOpen(false)} /> : null}
      {find ? (
        <FindBar editor={editor} mode={find.mode} focusRequest={find.request} onClose={() => setFind(null)} />
      ) : null}
      <EditorContent editor={editor} />
    </div>
  );
}
