// The toolbar's icons, drawn here as inline SVG on a 20-unit grid in the text colour: no icon font
// to fetch, and they follow the theme. Each is decorative; its button carries the name.
import type { ReactNode } from 'react';
import { LineIcon } from '../../icons/LineIcon';

export type IconName =
  | 'undo'
  | 'redo'
  | 'bold'
  | 'italic'
  | 'strike'
  | 'link'
  | 'bulletList'
  | 'orderedList'
  | 'blockquote'
  | 'pullQuote'
  | 'rule'
  | 'comment'
  | 'more'
  | 'chevron';

const PATHS: Record<IconName, ReactNode> = {
  comment: (
    <>
      <path d="M4 4.5h12a1 1 0 0 1 1 1v7a1 1 0 0 1-1 1H9l-3.5 3v-3H4a1 1 0 0 1-1-1v-7a1 1 0 0 1 1-1z" />
      <path d="M10 6.5v5M7.5 9h5" />
    </>
  ),
  undo: (
    <>
      <path d="M7.5 4.5 4 8l3.5 3.5" />
      <path d="M4.5 8H12a4 4 0 0 1 0 8H9" />
    </>
  ),
  redo: (
    <>
      <path d="M12.5 4.5 16 8l-3.5 3.5" />
      <path d="M15.5 8H8a4 4 0 0 0 0 8h3" />
    </>
  ),
  bold: <path d="M6 4h5a3 3 0 0 1 0 6H6zM6 10h5.8a3 3 0 0 1 0 6H6z" strokeWidth="2.2" />,
  italic: (
    <>
      <path d="M9 4h6M5 16h6M12 4 8 16" />
    </>
  ),
  strike: (
    <>
      <path d="M14 6.2C13.4 4.9 12 4 10 4 7.8 4 6.3 5.2 6.3 6.8c0 1.2.7 2 2 2.6" />
      <path d="M6 13.6C6.5 15.1 8 16 10.1 16c2.3 0 3.9-1.2 3.9-2.9 0-.6-.2-1.2-.6-1.6" />
      <path d="M3.5 10.2h13" />
    </>
  ),
  link: (
    <>
      <path d="M8.5 11.5a3 3 0 0 0 4.2 0l2.6-2.6a3 3 0 0 0-4.2-4.2l-1 1" />
      <path d="M11.5 8.5a3 3 0 0 0-4.2 0l-2.6 2.6a3 3 0 0 0 4.2 4.2l1-1" />
    </>
  ),
  bulletList: (
    <>
      <path d="M8 5.5h9M8 10h9M8 14.5h9" />
      <circle cx="4.2" cy="5.5" r="1.1" fill="currentColor" stroke="none" />
      <circle cx="4.2" cy="10" r="1.1" fill="currentColor" stroke="none" />
      <circle cx="4.2" cy="14.5" r="1.1" fill="currentColor" stroke="none" />
    </>
  ),
  orderedList: (
    <>
      <path d="M8.5 5.5h8.5M8.5 10h8.5M8.5 14.5h8.5" />
      <path d="M3.3 4.3 4.5 3.6v4" strokeWidth="1.2" />
      <path d="M3.2 11.2c.2-.9 2.4-1 2.4.2 0 .9-2.4 1.8-2.4 2.8h2.5" strokeWidth="1.2" />
    </>
  ),
  blockquote: (
    <>
      <path d="M4 4.5v11" strokeWidth="2.2" />
      <path d="M8 6h9M8 10h9M8 14h6" />
    </>
  ),
  pullQuote: (
    <>
      <path
        d="M4 9.5c0-2.5 1.2-4 3.2-4.5M4 9.5h2.6v3.2H4zM10.5 9.5c0-2.5 1.2-4 3.2-4.5M10.5 9.5h2.6v3.2h-2.6z"
        strokeWidth="1.4"
      />
      <path d="M4 16h12" />
    </>
  ),
  rule: (
    <>
      <path d="M3 10h14" strokeWidth="2" />
      <path d="M6 5.5h8M6 14.5h8" strokeWidth="1.2" opacity="0.55" />
    </>
  ),
  more: (
    <>
      <circle cx="4.5" cy="10" r="1.4" fill="currentColor" stroke="none" />
      <circle cx="10" cy="10" r="1.4" fill="currentColor" stroke="none" />
      <circle cx="15.5" cy="10" r="1.4" fill="currentColor" stroke="none" />
    </>
  ),
  chevron: <path d="m6 8 4 4 4-4" />,
};

export function Icon({ name, size = 18 }: { name: IconName; size?: number }) {
  return (
    <LineIcon className="icon" size={size}>
      {PATHS[name]}
    </LineIcon>
  );
}
