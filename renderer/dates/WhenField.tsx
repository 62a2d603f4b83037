// "When": now, or a date and time the reporter picks on the newsroom's clock.
import type { When } from './stampTime';

interface WhenFieldProps {
  id: string;
  legend: string;
  when: When;
  timeZone: string;
  onChange: (when: When) => void;
}

export function WhenField({ id, legend, when, timeZone, onChange }: WhenFieldProps) {
  return (
    <fieldset className="field when-field">
      <legend>{legend}</legend>
      <label className="field-check">
        <input
          type="radio"
          name={id}
          checked={when.mode === 'now'}
          onChange={() => onChange({ ...when, mode: 'now' })}
        />
        Now
      </label>
      <label className="field-check">
        <input
          type="radio"
          name={id}
          checked={when.mode === 'picked'}
          onChange={() => onChange({ ...when, mode: 'picked' })}
        />
        At a date and time
      </label>
      <PickedTime
        id={`${id}-time`}
        label={`Date and time (${timeZone})`}
        wall={when.wall}
        disabled={when.mode !== 'picked'}
        onChange={(wall) => onChange({ mode: 'picked', wall })}
      />
    </fieldset>
  );
}

interface PickedTimeProps {
  id: string;
  label: string;
  wall: string;
  disabled?: boolean;
  required?: boolean;
  onChange: (wall: string) => void;
}

/** A date and time on the newsroom's clock; the label names the zone it is read in. */
export function PickedTime({ id, label, wall, disabled = false, required = false, onChange }: PickedTimeProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="datetime-local"
        value={wall}
        disabled={disabled}
        required={required}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
