// The Checks panel's problems, run again once the reporter pauses (half a second after the last
// change to the body or a field), never on each keystroke.
import type { Editor } from '@tiptap/core';
import type { Transaction } from '@tiptap/pm/state';
import { useEffect, useState } from 'react';
import { groupUnattributed, type UnattributedGroup } from '../../core/attribution/unattributed-groups';
import type { Problem } from '../../core/checks/problem';
import type { Settings } from '../../core/settings/settings';
import { BODY_LOADED } from '../editor/tiptapBody';
import { ATTRIBUTED_FROM_PANEL, findingsIn } from '../quotes/editorQuotes';
import type { ArticleSession } from '../session/articleSession';
import { currentProblems } from './currentProblems';

export const CHECK_DELAY_MS = 500;

export interface Checks {
  problems: Problem[];
  /** The unattributed quotations by suggested speaker, read at the same moment as the problems. */
  groups: UnattributedGroup[];
}

type CheckSettings = Pick<Settings, 'headlineLimit'> & Partial<Pick<Settings, 'timeZone' | 'requireApproval'>>;

function currentChecks(session: ArticleSession, editor: Editor, settings: CheckSettings): Checks {
  const article = session.draft();
  return {
    problems: currentProblems(article, editor, settings, new Date().toISOString()),
    groups: groupUnattributed(findingsIn(editor, article.sources)),
  };
}

export function useProblems(session: ArticleSession, editor: Editor, settings: CheckSettings): Checks {
  const [problems, setProblems] = useState<Checks>(() => currentChecks(session, editor, settings));
  const { headlineLimit, timeZone, requireApproval } = settings;
  useEffect(() => {
    // The newsroom's clock for the times in messages, and its approval rule, as the stamp dialog uses them.
    const check = () => setProblems(currentChecks(session, editor, { headlineLimit, timeZone, requireApproval }));
    check();
    // One timer for body and fields alike: every change starts the pause again.
    let timer: ReturnType<typeof setTimeout> | null = null;
    const stop = () => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    };
    const later = () => {
      stop();
      timer = setTimeout(check, CHECK_DELAY_MS);
    };
    const onTransaction = ({ transaction }: { transaction: Transaction }) => {
      // Another article loaded: its problems are all new, so they are shown at once.
      // So are the reporter's own attributions from a panel: the rows they answered go at once.
      if (transaction.getMeta(BODY_LOADED) === true || transaction.getMeta(ATTRIBUTED_FROM_PANEL) === true) {
        stop();
        check();
      } else if (transaction.docChanged) later();
    };
    editor.on('transaction', onTransaction);
    // Fields, stamps and the save state notify here.
    const unsubscribe = session.subscribe(later);
    return () => {
      stop();
      editor.off('transaction', onTransaction);
      unsubscribe();
    };
  }, [session, editor, headlineLimit, timeZone, requireApproval]);
  return problems;
}
