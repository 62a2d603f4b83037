// The problems found in the body: quotations nobody attributed (or attributed to someone not in
// the source list), links that are empty or lead anywhere but the web or mail, and placeholders
// for a newer Byline's content, which this version can neither check nor publish.
import type { Node as PMNode } from '@tiptap/pm/model';
import type { Source } from '../article/source';
import type { DetectedQuotation } from '../attribution/detected';
import { quoteFindings, type QuoteFinding } from '../attribution/findings';
import { cueReason } from '../quotes/cue-reason';
import { isAllowedLink, lacksHost, linkKinds } from '../body/link-policy';
import { placeholderLabel, placeholdersIn } from '../body/placeholders';
import { excerpt, type Problem } from './problem';

/** The detector's candidate as the editor offers it: settled for a one-click offer, asked for a question, unsaid below. */
function speakerHint(finding: QuoteFinding): string {
  if (finding.speaker === null || finding.offer === 'none') return '';
  const why = finding.suggestion?.cue ? ` (${cueReason(finding.suggestion.cue, finding.speaker)})` : '';
  return finding.offer === 'one-click'
    ? ` The text suggests ${finding.speaker}${why}.`
    : ` Perhaps ${finding.speaker}?${why}`;
}

/** One problem per quotation, from the same findings the Quotes panel lists. */
export function quotationProblems(
  doc: PMNode,
  sources: readonly Source[],
  detected: readonly DetectedQuotation[],
): Problem[] {
  const problems: Problem[] = [];
  for (const finding of quoteFindings(doc, sources, detected)) {
    const where = { body: { from: finding.from, to: finding.pieces[finding.pieces.length - 1]!.to } };
    const quoted = `The quotation “${excerpt(finding.text)}”`;
    if (finding.status === 'unattributed') {
      problems.push({
        code: 'unattributed-quote',
        severity: 'blocking',
        message: `${quoted} has no source.${speakerHint(finding)}`,
        where,
      });
    } else if (finding.status === 'unknown-source') {
      problems.push({
        code: 'unknown-source',
        severity: 'blocking',
        message: `${quoted} is attributed to a source that is not in the source list.`,
        where,
      });
    }
  }
  return problems;
}

interface LinkRun {
  href: string;
  from: number;
  to: number;
  text: string;
}

/** Linked text, text nodes split by other marks joined back into one run per link. */
function linkRuns(doc: PMNode): LinkRun[] {
  const runs: LinkRun[] = [];
  doc.descendants((node, pos) => {
    if (!node.isText) return true;
    const link = node.marks.find((mark) => mark.type.name === 'link');
    if (!link) return false;
    const href = typeof link.attrs.href === 'string' ? link.attrs.href : '';
    const last = runs.at(-1);
    if (last && last.to === pos && last.href === href) {
      last.to = pos + node.nodeSize;
      last.text += node.text ?? '';
    } else {
      runs.push({ href, from: pos, to: pos + node.nodeSize, text: node.text ?? '' });
    }
    return false;
  });
  return runs;
}

export function linkProblems(doc: PMNode): Problem[] {
  return linkRuns(doc).flatMap(({ href, from, to, text }): Problem[] => {
    const where = { body: { from, to } };
    const linked = `The link on “${excerpt(text)}”`;
    if (href.trim() === '')
      return [{ code: 'empty-link', severity: 'blocking', message: `${linked} has no address.`, where }];
    if (!isAllowedLink(href) || lacksHost(href)) {
      return [
        {
          code: 'disallowed-link',
          severity: 'blocking',
          message: `${linked} points to “${excerpt(href, 60)}”, which is not a ${linkKinds('or')} address.`,
          where,
        },
      ];
    }
    return [];
  });
}

export function newerContentProblems(doc: PMNode): Problem[] {
  return placeholdersIn(doc).map(({ type, from, to }): Problem => {
    const message = `The body holds ${placeholderLabel(type)}, shown only as a placeholder: this version can neither check nor publish it.`;
    return { code: 'newer-content', severity: 'blocking', message, where: { body: { from, to } } };
  });
}
