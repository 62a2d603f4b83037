// `byline stage FILE STAGE [--assignee NAME] [--note TEXT]`: moves the article on the desk, on
// the record (core/review/stages.ts), and prints {"stage","assignee","log":[{"from","to","by","at","note"}]}.
// A move the desk's table does not allow, or one that changes nothing, is refused (exit 1) and the
// file is left as it was. `--assignee ""` hands the article to no one; without it the assignee stays.
import type { Article } from '../../core/article/article';
import type { ChosenStage, StageChange } from '../../core/review/review';
import { reviewOf } from '../../core/review/review';
import { moveStage } from '../../core/review/stages';
import type { CommandInput } from '../command-spec';
import type { COMMANDS } from '../command-table';
import { actingPerson } from '../person';
import { rewriteArticleFile } from '../rewrite-article';

export interface PrintedStage {
  stage: string;
  assignee: string | null;
  log: StageChange[];
}

export function printedStage(article: Article): PrintedStage {
  const { stage, assignee, log } = reviewOf(article);
  return { stage, assignee, log: log.map(({ from, to, by, at, note }) => ({ from, to, by, at, note })) };
}

export async function stageCommand(input: CommandInput<typeof COMMANDS.stage>): Promise<PrintedStage> {
  const by = actingPerson();
  // The table allows only the stages a person may choose (command-table.ts), so this is one of them.
  const to = input.STAGE as ChosenStage;
  const article = await rewriteArticleFile(
    input.FILE,
    (read, at) => {
      const moved = moveStage(read, {
        to,
        by,
        at,
        ...(input.assignee === undefined ? {} : { assignee: input.assignee }),
        note: input.note ?? null,
      });
      if (!moved.ok) throw new Error(moved.reason);
      return moved.article;
    },
    { verb: 'moved', operation: 'save', by, reason: 'stage' },
  );
  return printedStage(article);
}
