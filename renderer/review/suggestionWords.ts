// A pending suggestion in a sentence, as the Review section lists it:
// "Ana suggested replacing “x” with “y”", "… adding “y”", "… deleting “x”".
import { excerpt } from '../../core/checks/problem';
import type { SuggestionSummary } from '../../core/review/suggestions/list';

export function suggestionSentence(suggestion: Pick<SuggestionSummary, 'kind' | 'old' | 'new' | 'by'>): string {
  const who = suggestion.by.trim() || 'Someone';
  return `${who} suggested ${suggestionWhat(suggestion)}`;
}

/** "replacing “x” with “y”": the part after the name, also what a button names. */
export function suggestionWhat({ kind, old, new: added }: Pick<SuggestionSummary, 'kind' | 'old' | 'new'>): string {
  switch (kind) {
    case 'replace':
      return `replacing “${excerpt(old, 60)}” with “${excerpt(added, 60)}”`;
    case 'insert':
      return `adding “${excerpt(added, 60)}”`;
    case 'delete':
      return `deleting “${excerpt(old, 60)}”`;
  }
}

/** The people with pending suggestions, in the order their first one appears. */
export function suggesters(suggestions: readonly Pick<SuggestionSummary, 'by'>[]): string[] {
  return [...new Set(suggestions.map((suggestion) => suggestion.by))];
}
