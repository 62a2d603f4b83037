// The newsroom's date-line templates ("Correction, {date}: {note}") filled in.

export interface LabelValues {
  date: string;
  /** An update's note; absent or empty for lines that have none. */
  note?: string;
}

const PLACEHOLDER = /\{(date|note)\}/g;
// The spaces and punctuation a template puts before {note} ("Updated {date}: {note}").
const NOTE_WITH_SEPARATOR = /[\s:;,|·–—-]*\{note\}/g;

/**
 * Replaces {date} and {note} in one pass, so the values go in literally: a note that contains
 * "{date}" or "$&" stays as typed. When there is no note, the separator before {note} goes with
 * it, so an update without a note reads "Updated Feb. 18, 2021", not "Updated Feb. 18, 2021: ".
 */
export function fillLabel(template: string, values: LabelValues): string {
  const note = values.note ?? '';
  const shaped = note === '' ? template.replace(NOTE_WITH_SEPARATOR, '') : template;
  return shaped.replace(PLACEHOLDER, (_match, name: string) => (name === 'date' ? values.date : note));
}
