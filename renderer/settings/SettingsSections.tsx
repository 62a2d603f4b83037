// The settings dialog's sections and the list on its left that leads to them.
import type { ReactNode } from 'react';

export const SECTIONS = [
  { id: 'general', title: 'General' },
  { id: 'writing', title: 'Writing' },
  { id: 'dates', title: 'Dates & time' },
  { id: 'export', title: 'Export' },
] as const;

export type SectionId = (typeof SECTIONS)[number]['id'];

interface SettingsNavProps {
  sections: typeof SECTIONS;
  shown: SectionId;
  onShow: (id: SectionId) => void;
}

export function SettingsNav({ sections, shown, onShow }: SettingsNavProps) {
  return (
    <nav aria-label="Settings sections" className="settings-nav">
      <ul>
        {sections.map((section) => (
          <li key={section.id}>
            <button
              type="button"
              className="quiet"
              aria-current={shown === section.id ? 'true' : undefined}
              onClick={() => onShow(section.id)}
            >
              {section.title}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function SettingsSection({ id, title, children }: { id: SectionId; title: string; children: ReactNode }) {
  return (
    <section
      id={`settings-section-${id}`}
      aria-labelledby={`settings-section-${id}-title`}
      className="settings-section"
    >
      <h3 id={`settings-section-${id}-title`}>{title}</h3>
      {children}
    </section>
  );
}
