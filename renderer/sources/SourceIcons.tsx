// The source card's small icons, drawn in the text colour so both themes carry them.
import type { ReactNode } from 'react';

const icon = (path: ReactNode) => (
  <svg
    viewBox="0 0 16 16"
    width="16"
    height="16"
    aria-hidden="true"
    focusable="false"
    fill="none"
    stroke="currentColor"
    strokeWidth="1.5"
    strokeLinecap="round"
    strokeLinejoin="round"
  >
    {path}
  </svg>
);

export const EditIcon = () => icon(<path d="M11 2.5l2.5 2.5L6 12.5 3 13l.5-3z" />);
export const CopyIcon = () =>
  icon(
    <>
      <rect x="5.5" y="5.5" width="8" height="8" rx="1.5" />
      <path d="M10.5 3.5v-.5a1 1 0 0 0-1-1h-6a1 1 0 0 0-1 1v6a1 1 0 0 0 1 1h.5" />
    </>,
  );
export const MergeIcon = () => icon(<path d="M3 2.5v3a4 4 0 0 0 4 4h6M3 13.5v-3M10.5 7l2.5 2.5-2.5 2.5" />);
export const RemoveIcon = () => icon(<path d="M3 4.5h10M6.5 4.5V3h3v1.5M4.5 4.5l.6 9h5.8l.6-9" />);
