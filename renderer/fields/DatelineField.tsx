// Where the story was filed from, and that place's time zone (the newsroom's unless chosen).
import type { FieldProps } from './fieldProps';
import { zoneChoices } from './zoneLabels';
import { ZoneOptions } from './ZoneOptions';
import { useField } from './useFields';

export function DatelineField({ session, readOnly, newsroomTimeZone }: FieldProps & { newsroomTimeZone: string }) {
  const dateline = useField(session, (fields) => fields.dateline);
  const place = dateline?.place ?? '';
  const timeZone = dateline?.timeZone ?? null;
  // No place and no zone is no dateline at all, so an untouched article stores null.
  const store = (nextPlace: string, nextZone: string | null) =>
    session.editFields({
      dateline: nextPlace === '' && nextZone === null ? null : { place: nextPlace, timeZone: nextZone },
    });
  return (
    <div className="field dateline">
      <label htmlFor="article-dateline">Dateline</label>
      <input
        id="article-dateline"
        placeholder="City, e.g. KABUL"
        maxLength={200}
        value={place}
        readOnly={readOnly}
        onChange={(event) => store(event.target.value, timeZone)}
      />
      <label htmlFor="article-dateline-zone">Dateline time zone</label>
      <select
        id="article-dateline-zone"
        value={timeZone ?? ''}
        disabled={readOnly}
        onChange={(event) => store(place, event.target.value === '' ? null : event.target.value)}
      >
        <option value="">Newsroom time zone ({newsroomTimeZone})</option>
        {/* Grouped by region and labelled with the offset and city, as the Settings picker shows them. */}
        <ZoneOptions choices={zoneChoices()} />
      </select>
    </div>
  );
}
