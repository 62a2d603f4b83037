// The pre-publish check of the article as it is now, over the quotations the editor has already
// detected (so the body is not read by the detector a second time), blocking problems first.
import type { Editor } from '@tiptap/core';
import type { Article } from '../../core/article/article';
import { prePublishCheck } from '../../core/checks/pre-publish';
import type { Problem } from '../../core/checks/problem';
import type { Settings } from '../../core/settings/settings';
import { detectedIn } from '../quotes/editorQuotes';

export function currentProblems(
  article: Article,
  editor: Editor,
  settings: Pick<Settings, 'headlineLimit'> & Partial<Pick<Settings, 'timeZone' | 'requireApproval'>>,
  now: string,
): Problem[] {
  const problems = prePublishCheck(article, settings, now, detectedIn(editor));
  // A stable sort: within each severity the check's reading order stays.
  return [...problems].sort((a, b) => rank(a) - rank(b));
}

const rank = (problem: Problem): number => (problem.severity === 'blocking' ? 0 : 1);
