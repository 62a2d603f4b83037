// Hovering an attributed quotation in the body says who said it, as a comment's author shows in
// Word. Editor-only: a decoration's `title`, never the quote mark's HTML, so export and copy are
// unchanged. Rebuilt when quote marks or the source list change; plain typing only maps it.
import { Extension, type Editor } from '@tiptap/core';
import type { Node as PMNode, Slice } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { AddMarkStep, RemoveMarkStep, ReplaceStep } from '@tiptap/pm/transform';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { useEffect } from 'react';
import type { Source } from '../../core/article/source';
import { markedQuotes } from '../../core/attribution/marked-quotes';
import { isUnnamedSource, sourceLabel } from '../../core/attribution/unnamed-sources';
import { useField } from '../fields/useFields';
import type { ArticleSession } from '../session/articleSession';

const titlesKey = new PluginKey<DecorationSet>('quoteTitles');
const SOURCES_CHANGED = 'bylineQuoteSources';

interface QuoteTitlesStorage {
  sources: ReadonlyMap<string, Source>;
}

/** "Said by Jens Stoltenberg, NATO Secretary General"; "Said by an unnamed source (a NATO spokesperson)". */
export function quoteTitle(sourceId: string | null, sources: ReadonlyMap<string, Source>): string {
  if (sourceId === null) return 'No source chosen for this quotation';
  const source = sources.get(sourceId);
  if (!source) return 'Attributed to a source that is not in the source list';
  if (isUnnamedSource(source)) return `Said by an unnamed source${source.title ? ` (${source.title.trim()})` : ''}`;
  return `Said by ${[sourceLabel(source), source.title.trim(), source.organisation.trim()].filter(Boolean).join(', ')}`;
}

function titles(doc: PMNode, sources: ReadonlyMap<string, Source>): DecorationSet {
  const decorations = markedQuotes(doc).flatMap((quote) =>
    quote.pieces.map((piece) =>
      Decoration.inline(piece.from, piece.to, { title: quoteTitle(quote.sourceId, sources), class: 'quote-titled' }),
    ),
  );
  return decorations.length === 0 ? DecorationSet.empty : DecorationSet.create(doc, decorations);
}

const carriesQuote = (slice: Slice): boolean => {
  let found = false;
  slice.content.descendants((node) => {
    if (node.marks.some((mark) => mark.type.name === 'quote')) found = true;
    return !found;
  });
  return found;
};

/** Whether the transaction may have added, moved or re-pointed a quote mark, so mapping is not enough. */
const touchesQuotes = (tr: Transaction): boolean =>
  tr.getMeta(SOURCES_CHANGED) === true ||
  tr.steps.some(
    (step) =>
      step instanceof AddMarkStep ||
      step instanceof RemoveMarkStep ||
      (step instanceof ReplaceStep && carriesQuote(step.slice)) ||
      !(step instanceof ReplaceStep),
  );

export const QuoteTitles = Extension.create<Record<string, never>, QuoteTitlesStorage>({
  name: 'quoteTitles',

  addStorage() {
    return { sources: new Map() };
  },

  addProseMirrorPlugins() {
    const storage = this.storage;
    return [
      new Plugin<DecorationSet>({
        key: titlesKey,
        state: {
          init: (_, state) => titles(state.doc, storage.sources),
          apply: (tr, old, _before, state) => {
            if (touchesQuotes(tr)) return titles(state.doc, storage.sources);
            return tr.docChanged ? old.map(tr.mapping, tr.doc) : old;
          },
        },
        props: { decorations: (state) => titlesKey.getState(state) },
      }),
    ];
  },
});

/** Tells the body's titles the article's sources, and redraws them. */
export function showQuoteSources(editor: Editor, sources: readonly Source[]): void {
  const storage = (editor.storage as unknown as Record<string, QuoteTitlesStorage | undefined>).quoteTitles;
  if (!storage || editor.isDestroyed) return;
  storage.sources = new Map(sources.map((source) => [source.id, source]));
  editor.view.dispatch(editor.state.tr.setMeta(SOURCES_CHANGED, true).setMeta('addToHistory', false));
}

/** Keeps the body's hover titles in step with the article's source list; mount once per open article. */
export function useQuoteTitles(editor: Editor, session: ArticleSession): void {
  const sources = useField(session, (fields) => fields.sources);
  useEffect(() => showQuoteSources(editor, sources), [editor, sources]);
}

/** The same as a component, for mounting beside the open article: `<QuoteTitlesSync key={session.id} … />`. */
export function QuoteTitlesSync({ editor, session }: { editor: Editor; session: ArticleSession }): null {
  useQuoteTitles(editor, session);
  return null;
}
