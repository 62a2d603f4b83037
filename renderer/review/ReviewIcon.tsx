// The Review tab's icon: a speech bubble with a tick, the desk's comments and approval.
import { LineIcon } from '../icons/LineIcon';

export const ReviewIcon = () => (
  <LineIcon className="workspace-icon">
    <path d="M4 4.5h12a1 1 0 0 1 1 1v7a1 1 0 0 1-1 1H9l-3.5 3v-3H4a1 1 0 0 1-1-1v-7a1 1 0 0 1 1-1z" />
    <path d="M7.5 9l2 2 3.5-3.5" />
  </LineIcon>
);
