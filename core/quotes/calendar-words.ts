// The names of days and months, which run into names ("Monday Ana Ruiz said") and open time phrases
// ("On Wednesday, the council …"): one list for every pattern that has to step over them. Written as
// regular-expression alternations, lower case; the patterns that use them ignore letter case.

export const WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
export const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';
