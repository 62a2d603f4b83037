// What an empty library says: the three ways an article comes in, as Google Docs' and WordPress's
// empty lists offer "Blank" and "Upload" and say a file can be dropped.
import '../styles/drop-overlay.css';

interface EmptyLibraryProps {
  onNew: () => void;
  /** File › Import…; without it, the menu is named instead of a button. */
  onImport?: () => void;
}

export function EmptyLibrary({ onNew, onImport }: EmptyLibraryProps) {
  return (
    <div className="empty-library" role="note" aria-label="Empty library">
      <p className="empty-library-title">No articles yet.</p>
      <div className="empty-library-actions">
        {/* Named apart from the sidebar's own New article button, which stays beside it. */}
        <button type="button" onClick={onNew}>
          Write a new article
        </button>
        {onImport ? (
          <button type="button" className="quiet" onClick={onImport}>
            Import a file…
          </button>
        ) : null}
      </div>
      <p className="empty-library-hint">
        {onImport
          ? 'Or drop a .docx, .html or .txt file here.'
          : 'Import a file with File › Import…, or drop a .docx, .html or .txt file here.'}
      </p>
    </div>
  );
}
