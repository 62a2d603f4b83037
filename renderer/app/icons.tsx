// The workspace's icons: small line drawings in the text colour, always beside or inside a control
// that carries its name in words, so they are hidden from screen readers.
import type { ReactNode } from 'react';
import { LineIcon } from '../icons/LineIcon';

const Icon = ({ children }: { children: ReactNode }) => <LineIcon className="workspace-icon">{children}</LineIcon>;

export const LibraryIcon = () => (
  <Icon>
    <rect x="3" y="3.5" width="14" height="13" rx="2" />
    <path d="M8 3.5v13" />
  </Icon>
);

export const NewArticleIcon = () => (
  <Icon>
    <path d="M10 4.5v11M4.5 10h11" />
  </Icon>
);

export const SearchIcon = () => (
  <Icon>
    <circle cx="8.5" cy="8.5" r="4.5" />
    <path d="M12 12l4 4" />
  </Icon>
);

export const SettingsIcon = () => (
  <Icon>
    <circle cx="10" cy="10" r="2.5" />
    <path d="M10 2.5v2.2M10 15.3v2.2M2.5 10h2.2M15.3 10h2.2M4.7 4.7l1.6 1.6M13.7 13.7l1.6 1.6M4.7 15.3l1.6-1.6M13.7 6.3l1.6-1.6" />
  </Icon>
);

export const CollapseIcon = () => (
  <Icon>
    <path d="M12 5l-5 5 5 5" />
  </Icon>
);

export const CloseIcon = () => (
  <Icon>
    <path d="M5.5 5.5l9 9M14.5 5.5l-9 9" />
  </Icon>
);

export const MoreIcon = () => (
  <Icon>
    <circle cx="4.5" cy="10" r="0.6" fill="currentColor" />
    <circle cx="10" cy="10" r="0.6" fill="currentColor" />
    <circle cx="15.5" cy="10" r="0.6" fill="currentColor" />
  </Icon>
);

export const FocusIcon = () => (
  <Icon>
    <path d="M3.5 7.5v-4h4M12.5 3.5h4v4M16.5 12.5v4h-4M7.5 16.5h-4v-4" />
  </Icon>
);

export const PreviewIcon = () => (
  <Icon>
    <path d="M2.5 10s2.8-5 7.5-5 7.5 5 7.5 5-2.8 5-7.5 5-7.5-5-7.5-5z" />
    <circle cx="10" cy="10" r="2.2" />
  </Icon>
);

export const DetailsIcon = () => (
  <Icon>
    <path d="M5 5h10M5 10h10M5 15h6" />
  </Icon>
);

export const SourcesIcon = () => (
  <Icon>
    <circle cx="10" cy="7" r="3" />
    <path d="M4 17c.8-3 3.2-4.5 6-4.5s5.2 1.5 6 4.5" />
  </Icon>
);

export const QuotesIcon = () => (
  <Icon>
    <path d="M4 11.5c0-3 1.3-5 3.8-6M4 11.5h3.3v3.8H4zM11.5 11.5c0-3 1.3-5 3.8-6M11.5 11.5h3.3v3.8h-3.3z" />
  </Icon>
);

export const ChecksIcon = () => (
  <Icon>
    <circle cx="10" cy="10" r="6.5" />
    <path d="M7 10.2l2 2 4-4.4" />
  </Icon>
);

export const DatesIcon = () => (
  <Icon>
    <rect x="3.5" y="4.5" width="13" height="12" rx="1.5" />
    <path d="M3.5 8.5h13M7 2.8v3.2M13 2.8v3.2" />
  </Icon>
);
