// Every icon in Byline is drawn the same way: a line drawing on a 20-unit grid in the text colour,
// so it follows the theme, needs no icon font, and is decorative: the control beside it or around
// it carries its name in words, so screen readers skip the drawing.
import type { ReactNode } from 'react';

export function LineIcon({
  children,
  className,
  size = 20,
}: {
  children: ReactNode;
  className: string;
  size?: number;
}) {
  return (
    <svg
      className={className}
      viewBox="0 0 20 20"
      width={size}
      height={size}
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}
