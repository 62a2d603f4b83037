// In the page: no Node, no raw IPC, and no way for a link, a popup or a navigation to run code
// or to take the window away from Byline.
import { expect, test } from 'vitest';
import { useHarness } from './harness/use-harness';
import { articlesOnDisk } from './harness/library-files';
import { typeHeadline, typeInBody, ui, waitForSaveState } from './harness/ui';

type Trapped = Window & { __pwned?: unknown; __opened?: Window | null };

const harness = useHarness();

test('the page sees neither Node nor a raw IPC object, only window.byline', async () => {
  const globals = await harness().page.evaluate(() => {
    const page = window as unknown as Record<string, unknown>;
    return {
      require: typeof page.require,
      process: typeof page.process,
      ipcRenderer: typeof page.ipcRenderer,
      electron: typeof page.electron,
      byline: typeof page.byline,
    };
  });
  expect(globals).toEqual({
    require: 'undefined',
    process: 'undefined',
    ipcRenderer: 'undefined',
    electron: 'undefined',
    byline: 'object',
  });
});

test('window.open opens nothing and location.href cannot take the window off the app', async () => {
  const page = harness().page;
  const app = page.url();
  await page.evaluate(() => {
    const trapped = window as Trapped;
    trapped.__opened = window.open('https://example.com', '_blank');
  });
  await expect
    .poll(() =>
      page.evaluate(() => (window as Trapped).__opened === null || (window as Trapped).__opened?.closed === true),
    )
    .toBe(true);
  expect(page.context().pages()).toHaveLength(1);

  // Electron refuses this in will-navigate (unit-tested with a mocked electron); the harness answers
  // off-app navigations with 204, which leaves the page where it is, so the app must still be there.
  await page.evaluate(() => {
    window.location.href = 'https://example.com';
  });
  await page.waitForLoadState('load');
  expect(page.url()).toBe(app);
  await expect(ui(page).newArticle.isVisible()).resolves.toBe(true);
  await expect(page.evaluate(() => (window as Trapped).__pwned)).resolves.toBeUndefined();
});

test('a javascript: link pasted into the body is not kept, and clicking its text runs nothing', async () => {
  const page = harness().page;
  const { library } = harness().folders;
  await ui(page).newArticle.click();
  await typeHeadline(page, 'Links that must not run');
  await typeInBody(page, 'Before the link. ');

  await ui(page).body.evaluate((body) => {
    const data = new DataTransfer();
    data.setData(
      'text/html',
      '<p><a href="javascript:window.__pwned=1">click here</a> <a href="JaVaScRiPt:window.__pwned=2">and here</a> <img src="x" onerror="window.__pwned=3"></p>',
    );
    data.setData('text/plain', 'click here and here');
    body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await typeInBody(page, ' javascript:window.__pwned=4 ');
  await ui(page).body.getByText('click here').first().click();
  await ui(page)
    .body.getByText('click here')
    .first()
    .click({ modifiers: ['ControlOrMeta'] });

  await expect
    .poll(
      async () =>
        (await articlesOnDisk(library)).find((entry) => entry.article.headline === 'Links that must not run')?.text ??
        '',
      { timeout: 15_000 },
    )
    .toContain('click here');
  await waitForSaveState(page, 'Saved');
  const saved = (await articlesOnDisk(library)).find((entry) => entry.article.headline === 'Links that must not run')!;
  expect(saved.bytes.toString('utf8')).not.toMatch(/"href":\s*"\s*javascript:/i);
  expect(page.url()).toBe(harness().origin + '/');
  await expect(page.evaluate(() => (window as Trapped).__pwned)).resolves.toBeUndefined();
});

test('the page holds one content security policy: the meta tag the build wrote is the header, less what a meta tag cannot carry', async () => {
  const page = harness().page;
  const meta = await page.evaluate(
    () => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? null,
  );
  const header = (await page.request.get(page.url())).headers()['content-security-policy'] ?? '';
  const directives = (policy: string) => policy.split('; ').filter((d) => !d.startsWith('frame-ancestors'));

  expect(header).toContain("default-src 'none'");
  expect(meta).not.toBeNull();
  expect(directives(meta!)).toEqual(directives(header));
  // A script injected inline is refused by the policy the page carries.
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inline = true';
    document.head.append(script);
    return (window as Window & { __inline?: boolean }).__inline === true;
  });
  expect(ran).toBe(false);
});
