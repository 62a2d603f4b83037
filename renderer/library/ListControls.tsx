// The library list's filters (status, section) and its order.
import { ARTICLE_STATUSES } from '../../core/article/article';
import type { ListView, SortOrder } from './listView';

const STATUS_LABELS: Record<(typeof ARTICLE_STATUSES)[number], string> = { draft: 'Draft', published: 'Published' };
const SORT_LABELS: Record<SortOrder, string> = { savedAt: 'Last saved', headline: 'Headline' };

interface ListControlsProps {
  view: ListView;
  sections: string[];
  onChange: (view: ListView) => void;
}

export function ListControls({ view, sections, onChange }: ListControlsProps) {
  return (
    <div className="list-controls">
      <select
        aria-label="Filter by status"
        value={view.status}
        onChange={(event) => onChange({ ...view, status: event.target.value })}
      >
        <option value="">All statuses</option>
        {ARTICLE_STATUSES.map((status) => (
          <option key={status} value={status}>
            {STATUS_LABELS[status]}
          </option>
        ))}
      </select>
      <select
        aria-label="Filter by section"
        value={view.section}
        onChange={(event) => onChange({ ...view, section: event.target.value })}
      >
        <option value="">All sections</option>
        {sections.map((section) => (
          <option key={section} value={section}>
            {section}
          </option>
        ))}
      </select>
      <select
        aria-label="Sort by"
        value={view.sort}
        onChange={(event) => onChange({ ...view, sort: event.target.value as SortOrder })}
      >
        {Object.entries(SORT_LABELS).map(([order, label]) => (
          <option key={order} value={order}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}
