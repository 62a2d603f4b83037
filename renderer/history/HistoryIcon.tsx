// The History tab's icon: a clock face with an arrow turning back, the versions before this one.
import { LineIcon } from '../icons/LineIcon';

export const HistoryIcon = () => (
  <LineIcon className="workspace-icon">
    <path d="M4.2 8.2A6.2 6.2 0 1 1 4 11.5" />
    <path d="M3.6 4.8v3.6h3.6" />
    <path d="M10 6.5V10l2.5 1.6" />
  </LineIcon>
);
