// Every kind of bad argument, for every command: exit code 2, nothing on stdout, one line on stderr
// saying what is wrong with the command's usage line (or where to find the commands), and nothing
// written or changed. One parser reads every command's words, so one table proves its rules.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { serializeArticle } from '../../core/article/serialize';
import { publishedArticle } from '../core/stamps/articles';
import { runByline } from './fixtures/run-byline';

/** The words in a case that stand for the scene's paths. */
type Place = 'FOLDER' | 'ARTICLE' | 'TEXT' | 'NOWHERE';

interface Scene {
  paths: Record<Place, string>;
  /** Every file in the scene's folder with its bytes. */
  contents(): Record<string, string>;
}

/** A library folder holding a published article and a text file, and a path where nothing is. */
function scene(): Scene {
  const folder = mkdtempSync(join(tmpdir(), 'byline-bad-arguments-'));
  const paths = {
    FOLDER: folder,
    ARTICLE: join(folder, 'story.byline.json'),
    TEXT: join(folder, 'notes.txt'),
    NOWHERE: join(folder, 'nowhere'),
  };
  writeFileSync(paths.ARTICLE, serializeArticle(publishedArticle()));
  writeFileSync(paths.TEXT, '“We will reopen the road tomorrow,” said Jane Doe, the mayor.');
  const contents = () =>
    Object.fromEntries(readdirSync(folder).map((name) => [name, readFileSync(join(folder, name), 'utf8')]));
  return { paths, contents };
}

const AT = '2025-03-14T05:00:00Z';

const cases: [words: string, says: RegExp][] = [
  ['', /missing a command/],
  ['publish FOLDER', /unknown command: publish/],
  ['--bogus', /unknown option: --bogus/],
  ['-x list FOLDER', /unknown option: -x/],

  ['new --headline Storm', /missing FOLDER/],
  ['new FOLDER', /new needs --headline TEXT/],
  ['new FOLDER --headline', /--headline needs a value/],
  ['new FOLDER --headline Storm --headline Flood', /--headline is given twice/],
  ['new NOWHERE --headline Storm', /no such folder: .*nowhere/],
  ['new TEXT --headline Storm', /not a folder: .*notes\.txt/],
  ['new FOLDER FOLDER --headline Storm', /unexpected argument: /],
  ['new FOLDER --headline Storm --slug storm', /unknown option: --slug/],

  ['list', /missing FOLDER/],
  ['list FOLDER extra', /unexpected argument: extra/],
  ['list NOWHERE', /no such folder: .*nowhere/],
  ['list TEXT', /not a folder: .*notes\.txt/],
  ['list FOLDER -x', /unknown option: -x/],
  ['list FOLDER --all', /unknown option: --all/],

  ['search FOLDER', /missing QUERY/],
  ['search FOLDER storm extra', /unexpected argument: extra/],
  ['search FOLDER storm --limit 5', /unknown option: --limit/],
  ['search NOWHERE storm', /no such folder/],

  ['quotes', /missing FILE/],
  ['quotes TEXT TEXT', /unexpected argument: .*notes\.txt/],
  ['quotes TEXT -x', /unknown option: -x/],

  ['check', /missing FILE/],
  ['check ARTICLE ARTICLE', /unexpected argument: .*story\.byline\.json/],
  ['check ARTICLE --strict', /unknown option: --strict/],

  ['stamp', /missing what to stamp: publish or update/],
  ['stamp retract ARTICLE', /unknown stamp: retract \(publish or update\)/],
  ['stamp publish', /missing FILE/],
  ['stamp publish ARTICLE ARTICLE', /unexpected argument: .*story\.byline\.json/],
  ['stamp publish ARTICLE -x', /unknown option: -x/],
  ['stamp publish ARTICLE --kind update', /unknown option: --kind/],
  ['stamp publish ARTICLE --at', /--at needs a value/],
  [`stamp publish ARTICLE --at ${AT} --at=2025-03-14T06:00:00Z`, /--at is given twice/],
  ['stamp publish ARTICLE --at 2025-03-14T09:00', /--at must be a date and time with its offset, like 2021-/],
  ['stamp publish ARTICLE --at yesterday', /--at must be a date and time with its offset/],
  ['stamp publish ARTICLE --tz Mars/Olympus', /unknown time zone: Mars\/Olympus \(give an IANA name with --tz/],
  ['stamp publish ARTICLE --tz +04:30', /unknown time zone: \+04:30/],
  ['stamp publish ARTICLE --override', /--override needs a value/],
  ['stamp update ARTICLE --note Fixed', /stamp update needs --kind update\|correction\|clarification/],
  ['stamp update ARTICLE --kind update', /stamp update needs --note TEXT/],
  ['stamp update ARTICLE --kind typo --note Fixed', /--kind must be update, correction or clarification, not typo/],
  [`stamp update ARTICLE --kind update --note --at ${AT}`, /--note needs a value; write --note=--at if that is/],
  ['stamp update ARTICLE --kind update --note Fixed --tz Mars/Base', /unknown time zone: Mars\/Base/],
  ['stamp update ARTICLE --kind update --note Fixed --at 2025-02-30T10:00:00Z', /--at must be a date and time/],

  ['import', /missing FILE/],
  ['import TEXT TEXT', /unexpected argument: /],
  ['import TEXT --onto FOLDER', /unknown option: --onto/],
  ['import TEXT --into', /--into needs a value/],
  ['import TEXT --into NOWHERE', /no such folder: .*nowhere/],
  ['import TEXT --into TEXT', /not a folder: .*notes\.txt/],
  ['import TEXT --into FOLDER --tz Mars/Base', /unknown time zone: Mars\/Base/],

  ['export', /missing FILE/],
  ['export ARTICLE ARTICLE', /unexpected argument: /],
  ['export ARTICLE --html', /unknown option: --html/],
  ['export ARTICLE -x', /unknown option: -x/],
  ['export ARTICLE -o', /-o needs a value/],
  ['export ARTICLE -o --ninjs', /-o needs a value; write --out=--ninjs if that is the value/],
  ['export ARTICLE -o a.html --out b.html', /--out is given twice/],
  ['export ARTICLE --ninjs=yes', /--ninjs takes no value/],
  ['export ARTICLE --tz Mars/Olympus', /unknown time zone: Mars\/Olympus/],
  ['export ARTICLE --tz=', /--tz needs a value/],

  ['export-all', /missing FOLDER/],
  ['export-all FOLDER', /missing OUTDIR/],
  ['export-all FOLDER FOLDER FOLDER', /unexpected argument: /],
  ['export-all NOWHERE FOLDER', /no such folder: .*nowhere/],
  ['export-all FOLDER TEXT', /not a folder: .*notes\.txt/],
  ['export-all FOLDER FOLDER --ninjs', /unknown option: --ninjs/],
  ['export-all FOLDER FOLDER --tz Mars/Olympus', /unknown time zone: Mars\/Olympus/],
];

/** The one line: the problem, then the command's usage line, or where the commands are listed. */
const ONE_LINE = /^byline: [^\n]+ \((usage: byline [^\n]+|byline --help lists the commands)\)\n$/;

describe('bad arguments', () => {
  it.concurrent.for(cases)(
    'byline %s: exit 2, one line saying %s, nothing written',
    async ([words, says], { expect }) => {
      const { paths, contents } = scene();
      const args = words === '' ? [] : words.split(' ').map((word) => paths[word as Place] ?? word);
      const before = contents();

      const { code, stdout, stderr } = await runByline(args, { cwd: paths.FOLDER });

      expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
      expect(stderr).toMatch(ONE_LINE);
      expect(stderr).toMatch(says);
      expect(contents()).toEqual(before);
    },
  );

  it('names the command the words were for in its usage line', async ({ expect }) => {
    const { stderr } = await runByline(['stamp', 'update', 'story.byline.json', '--kind', 'typo', '--note', 'x']);

    expect(stderr).toContain(
      '(usage: byline stamp update FILE --kind update|correction|clarification --note TEXT [--at ISO] [--tz IANA])',
    );
  });
});
