// The library list's filters (status, section, the desk's) and its order; "Best match" only while searching.
import { ARTICLE_STATUSES } from '../../core/article/article';
import { DESK_FILTERS, SORT_ORDERS, type DeskFilter, type ListView, type SortOrder } from './listView';

const STATUS_LABELS: Record<(typeof ARTICLE_STATUSES)[number], string> = { draft: 'Draft', published: 'Published' };
const SORT_LABELS: Record<SortOrder, string> = {
  relevance: 'Best match',
  savedAt: 'Last saved',
  headline: 'Headline',
  due: 'Due soonest',
};
const DESK_LABELS: Record<DeskFilter, string> = {
  '': 'Everyone’s',
  mine: 'Assigned to me',
  waiting: 'Waiting for the desk',
};

interface ListControlsProps {
  view: ListView;
  /** A query is typed: the list holds search hits, which can be ordered by how well they match. */
  searching: boolean;
  sections: string[];
  onChange: (view: ListView) => void;
}

export function ListControls({ view, searching, sections, onChange }: ListControlsProps) {
  const orders = SORT_ORDERS.filter((order) => searching || order !== 'relevance');
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
        aria-label="Filter by desk"
        value={view.desk}
        onChange={(event) => onChange({ ...view, desk: event.target.value as DeskFilter })}
      >
        {DESK_FILTERS.map((desk) => (
          <option key={desk} value={desk}>
            {DESK_LABELS[desk]}
          </option>
        ))}
      </select>
      <select
        aria-label="Sort by"
        value={view.sort}
        onChange={(event) => onChange({ ...view, sort: event.target.value as SortOrder })}
      >
        {orders.map((order) => (
          <option key={order} value={order}>
            {SORT_LABELS[order]}
          </option>
        ))}
      </select>
    </div>
  );
}
