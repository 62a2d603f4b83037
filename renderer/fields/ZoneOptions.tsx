// The time zones as a select's options, grouped by region and labelled with offset and city
// ("Europe/Brussels (UTC+01:00) — Brussels"): the same list wherever a zone is chosen.
import { byRegion, type ZoneChoice } from './zoneLabels';

export function ZoneOptions({ choices }: { choices: readonly ZoneChoice[] }) {
  return byRegion(choices).map(([region, inRegion]) => (
    <optgroup key={region} label={region}>
      {inRegion.map((choice) => (
        <option key={choice.zone} value={choice.zone}>
          {choice.label}
        </option>
      ))}
    </optgroup>
  ));
}
