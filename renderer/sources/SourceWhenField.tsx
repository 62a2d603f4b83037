// "When": a date and time picker on the newsroom's clock, naming the zone it is read in.
import { isFreeText, storedWhen, wallOf } from './sourceWhen';

interface SourceWhenFieldProps {
  when: string;
  timeZone: string;
  onChange: (when: string) => void;
}

export function SourceWhenField({ when, timeZone, onChange }: SourceWhenFieldProps) {
  const freeText = isFreeText(when, timeZone);
  return (
    <div className="field">
      <label htmlFor="source-when">{`When (${timeZone})`}</label>
      <input
        id="source-when"
        type="datetime-local"
        aria-describedby={freeText ? 'source-when-earlier' : undefined}
        value={wallOf(when, timeZone)}
        onChange={(event) => onChange(storedWhen(event.target.value, timeZone))}
      />
      {freeText ? (
        <p id="source-when-earlier" className="field-help">
          {`Recorded earlier as “${when.trim()}”; kept until you pick a date and time.`}
        </p>
      ) : null}
    </div>
  );
}
