// The link popover (Ctrl/Cmd+K): add, change or remove the link at the selection.
import type { Editor } from '@tiptap/core';
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { linkAddress } from './linkAddress';

interface LinkPopoverProps {
  editor: Editor;
  onClose: () => void;
}

export function LinkPopover({ editor, onClose }: LinkPopoverProps) {
  const existing = (editor.getAttributes('link').href as string | undefined) ?? '';
  const [typed, setTyped] = useState(existing);
  const [problem, setProblem] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const problemId = useId();

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  const close = () => {
    onClose();
    editor.commands.focus();
  };

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const address = linkAddress(typed);
    if (!address.ok) {
      setProblem(address.message);
      return;
    }
    const chain = editor.chain().focus().extendMarkRange('link');
    if (editor.state.selection.empty && !editor.isActive('link')) {
      // Nothing selected: the address itself becomes the linked text.
      chain
        .insertContent({ type: 'text', text: typed.trim(), marks: [{ type: 'link', attrs: { href: address.href } }] })
        .run();
    } else {
      chain.setLink({ href: address.href }).run();
    }
    onClose();
  };

  const remove = () => {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    onClose();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    close();
  };

  return (
    <div role="dialog" aria-label="Link" className="link-popover" onKeyDown={onKeyDown}>
      <form onSubmit={apply}>
        <label>
          <span className="link-popover-label">Link address</span>
          <input
            ref={input}
            type="text"
            inputMode="url"
            aria-label="Link address"
            aria-invalid={problem !== null}
            aria-describedby={problem ? problemId : undefined}
            value={typed}
            onChange={(event) => {
              setTyped(event.target.value);
              setProblem(null);
            }}
          />
        </label>
        {problem ? (
          <p role="alert" id={problemId} className="link-popover-problem">
            {problem}
          </p>
        ) : null}
        <div className="link-popover-actions">
          <button type="submit">Apply</button>
          <button type="button" className="quiet" onClick={remove} disabled={existing === ''}>
            Remove link
          </button>
          <button type="button" className="quiet" onClick={close}>
            Cancel
          </button>
        </div>
      </form>
    </div>
  );
}
