// One labelled field of the settings dialog.
import type { ReactNode } from 'react';

export function SettingsRow({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
    </div>
  );
}
