// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ExportSummary } from '../../../core/ipc/contract';
import { ok } from '../../../core/ipc/errors';
import { ExportDialog } from '../../../renderer/export/ExportDialog';
import type { ExportApi } from '../../../renderer/export/exportApi';

function fakeApi() {
  let progress: ((step: { done: number; total: number }) => void) | null = null;
  let finish: (summary: ExportSummary) => void = () => undefined;
  const api = {
    chooseExportFolder: vi.fn(async () => ok({ folder: '/home/reporter/Exports' })),
    exportArticles: vi.fn(() => new Promise((resolve) => (finish = (summary) => resolve(ok(summary))))),
    exportArticle: vi.fn(async () =>
      ok({ folder: '/home/reporter/Exports', exported: 1, failed: [], cancelled: false }),
    ),
    cancelExport: vi.fn(async () => ok({})),
    showExportedFiles: vi.fn(async () => ok({})),
    onExportProgress: vi.fn((listener: typeof progress) => {
      progress = listener;
      return () => (progress = null);
    }),
    listLibrary: vi.fn(async () => ok({ entries: [], searchReady: true })),
    copyArticleAsHtml: vi.fn(),
  };
  return {
    api,
    step: (done: number, total: number) => act(() => progress?.({ done, total })),
    finish: (summary: ExportSummary) => act(() => finish(summary)),
  };
}

describe('ExportDialog', () => {
  afterEach(() => cleanup());

  it('exports the library with a progress bar and Cancel, then lists what failed and shows the folder', async () => {
    const { api, step, finish } = fakeApi();
    const beforeExport = vi.fn(async () => undefined);
    render(
      <ExportDialog
        api={api as unknown as ExportApi}
        target={{ kind: 'library' }}
        folder={null}
        onFolder={() => undefined}
        beforeExport={beforeExport}
        onClose={() => undefined}
      />,
    );
    const exportButton = screen.getByRole('button', { name: 'Export' });
    expect((exportButton as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Choose folder…' }));
    await screen.findByText('/home/reporter/Exports');
    fireEvent.click(screen.getByRole('checkbox', { name: /ninjs/ }));
    fireEvent.click(exportButton);
    await waitFor(() => expect(api.exportArticles).toHaveBeenCalledWith({ articles: 'all', ninjs: true }));
    expect(beforeExport).toHaveBeenCalled();

    step(0, 1000);
    step(12, 1000);
    const bar = screen.getByRole('progressbar', { name: 'Export progress' });
    expect(bar.getAttribute('aria-valuenow')).toBe('12');
    expect(bar.getAttribute('aria-valuemax')).toBe('1000');
    expect(bar.getAttribute('aria-valuetext')).toBe('12 of 1,000');
    step(480, 1000);
    expect(bar.getAttribute('aria-valuetext')).toBe('480 of 1,000');

    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(api.cancelExport).toHaveBeenCalled();
    finish({
      folder: '/home/reporter/Exports',
      exported: 480,
      failed: [{ file: 'broken.byline.json', error: 'The file is cut off.' }],
      cancelled: true,
    });
    expect((await screen.findByRole('status')).textContent).toBe(
      'Cancelled: 480 articles had been exported to /home/reporter/Exports. Each is complete; there is no index page.',
    );
    expect(screen.getByRole('list', { name: 'Articles not exported' }).textContent).toContain(
      'broken.byline.json The file is cut off.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Show in folder' }));
    expect(api.showExportedFiles).toHaveBeenCalled();
  });

  it('exports the open article alone and offers Copy as HTML beside it', async () => {
    const { api } = fakeApi();
    render(
      <ExportDialog
        api={api as unknown as ExportApi}
        target={{ kind: 'article', id: 'article-0001', headline: 'Allies meet' }}
        folder="/home/reporter/Exports"
        onFolder={() => undefined}
        draft={() => {
          throw new Error('not copied in this test');
        }}
        beforeExport={async () => undefined}
        onClose={() => undefined}
      />,
    );
    expect(screen.getByRole('dialog', { name: 'Export article' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copy as HTML' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    expect(await screen.findByText('Exported 1 article to /home/reporter/Exports.')).toBeTruthy();
    expect(api.exportArticle).toHaveBeenCalledWith({ id: 'article-0001', ninjs: false });
  });
});
