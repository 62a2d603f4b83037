// The end-to-end harness: the built renderer served to Chromium (see browser.ts), wired to the real
// services in a child process through `exposeBinding` in place of Electron's preload and IPC.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';
import { fail } from '../../../core/ipc/errors';
import type { MENU_COMMANDS } from '../../../core/ipc/contract';
import type { EventName } from '../../../core/ipc/names';
import { BROWSER_ARGS, findBrowser } from './browser';
import { bridgeScript, DELIVER_FUNCTION, INVOKE_BINDING } from './bridge-script';
import { DEFAULT_SETTINGS, writeSettingsFile } from './file-settings';
import { harnessFolders, type HarnessFolders } from './folders';
import type { FailureMode, HostCall } from './protocol';
import { ServicesClient } from './services-client';
import { serveRenderer, type RendererServer } from './static-server';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
// A copy of a build elsewhere can be served instead, so one build can be tested while the next is made.
const RENDERER_FOLDER = process.env.BYLINE_RENDERER_DIR ?? join(REPO_ROOT, 'out', 'renderer');

type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface HarnessOptions {
  /** False starts like a first start: no library folder chosen yet. Default true. */
  libraryChosen?: boolean;
  /** A disk failure injected into the store from the start. */
  failure?: FailureMode | null;
  /** Puts files into the library folder before the services start (needs libraryChosen). */
  prepareLibrary?: (library: string, root: string) => Promise<void>;
}

export class Harness {
  /** Every call the services made to the host (file manager, browser, window). */
  readonly hostCalls: HostCall[] = [];
  /** The last clipboard write main asked for, as Electron's clipboard would take it. */
  private clipboardWrites: Promise<void> = Promise.resolve();
  /** URLs of windows the page tried to open; each was closed at once, as Electron's handler denies them. */
  readonly deniedWindows: string[] = [];
  /** Uncaught errors in the page, for diagnosing a failing test. */
  readonly pageErrors: string[] = [];
  private services: ServicesClient | null = null;
  private browser: Browser | null = null;
  private context: BrowserContext | null = null;
  private server: RendererServer | null = null;
  private mainPage: Page | null = null;

  private constructor(
    readonly folders: HarnessFolders,
    private readonly failure: FailureMode | null,
  ) {}

  static async start(options: HarnessOptions = {}): Promise<Harness> {
    if (!existsSync(join(RENDERER_FOLDER, 'index.html'))) {
      throw new Error(
        `The built renderer is missing (${RENDERER_FOLDER}/index.html): run \`npm run build\` before the end-to-end tests (\`npm test\` does).`,
      );
    }
    const folders = harnessFolders(await mkdtemp(join(tmpdir(), 'byline-e2e-')));
    const harness = new Harness(folders, options.failure ?? null);
    try {
      await mkdir(folders.documents, { recursive: true });
      if (options.libraryChosen ?? true) {
        await mkdir(folders.library, { recursive: true });
        writeSettingsFile(folders.settingsFile, { libraryFolder: folders.library, settings: DEFAULT_SETTINGS });
        await options.prepareLibrary?.(folders.library, folders.root);
      }
      await harness.startServices();
      await harness.startBrowser();
    } catch (error) {
      await harness.stop();
      throw error;
    }
    return harness;
  }

  get page(): Page {
    if (!this.mainPage) throw new Error('The harness has no page: it was stopped or never started.');
    return this.mainPage;
  }

  get origin(): string {
    if (!this.server) throw new Error('The harness is not serving the renderer.');
    return this.server.origin;
  }

  /** The machine dies: the services child is SIGKILLed with no chance to flush anything. */
  async killServices(): Promise<void> {
    await this.services?.kill();
  }

  /** Kills the services (if still running) and starts new ones over the same folders. */
  async restartServices(): Promise<void> {
    await this.killServices();
    await this.startServices();
  }

  /** Switches an injected disk failure on (or off with null) in the running services. */
  injectFailure(failure: FailureMode | null): void {
    this.services?.inject(failure);
  }

  /** What File › Import…'s open dialog answers next (null: the reporter cancels). */
  answerImportDialog(path: string | null): void {
    this.services?.answerImportDialog(path);
  }

  /** A click on an item of the application menu, which main sends to the page as `menuCommand`. */
  async sendMenuCommand(command: MenuCommand): Promise<void> {
    await this.deliver('menuCommand', { command });
  }

  /** Reloads the page, as a new start of the window does. */
  async reload(): Promise<void> {
    await this.page.reload({ waitUntil: 'load' });
  }

  async screenshot(name: string): Promise<string> {
    const folder = join(REPO_ROOT, 'test-output', 'screenshots');
    await mkdir(folder, { recursive: true });
    const path = join(folder, `${name}.png`);
    await this.page.screenshot({ path, fullPage: true });
    return path;
  }

  /** Always safe to call: closes the browser, kills the services, stops the server, removes the folders. */
  async stop(): Promise<void> {
    await this.browser?.close().catch(() => undefined);
    await this.services?.kill();
    await this.server?.close();
    this.browser = null;
    this.context = null;
    this.mainPage = null;
    this.services = null;
    this.server = null;
    await rm(this.folders.root, { recursive: true, force: true });
  }

  private async startServices(): Promise<void> {
    this.services = await ServicesClient.start({
      root: this.folders.root,
      failure: this.failure,
      onEvent: (name, payload) => void this.deliver(name, payload),
      onHostCall: (call) => {
        this.hostCalls.push(call);
        // Electron's clipboard.write is done before the call answers: so is this, before the next answer goes out.
        if (call.call === 'writeClipboard') this.clipboardWrites = this.writeSystemClipboard(call.argument);
      },
    });
  }

  /** Both flavours on the browser's system clipboard at once, as Electron's clipboard.write puts them. */
  private async writeSystemClipboard(flavours: { html: string; text: string }): Promise<void> {
    const page = this.mainPage;
    if (!page) return;
    await page
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
    await page
      .evaluate(
        ({ html, text }) =>
          navigator.clipboard.write([
            new ClipboardItem({
              'text/html': new Blob([html], { type: 'text/html' }),
              'text/plain': new Blob([text], { type: 'text/plain' }),
            }),
          ]),
        flavours,
      )
      .catch(() => undefined);
  }

  private async startBrowser(): Promise<void> {
    this.server = await serveRenderer(RENDERER_FOLDER);
    const origin = this.server.origin;
    this.browser = await chromium.launch({ executablePath: (await findBrowser()).executablePath, args: BROWSER_ARGS });
    const context = await this.browser.newContext({ viewport: { width: 1280, height: 800 } });
    this.context = context;
    // As Electron's main process checks the sender frame, calls from any other origin are refused.
    await context.exposeBinding(INVOKE_BINDING, async (source, name: unknown, args: unknown) => {
      if (new URL(source.frame.url()).origin !== origin)
        return fail('FORBIDDEN', 'Calls are accepted only from the app’s own pages.');
      if (!this.services) return fail('UNAVAILABLE', 'The services are not running.');
      const result = await this.services.call(String(name), args);
      await this.clipboardWrites;
      return result;
    });
    await context.addInitScript({ content: bridgeScript() });
    // Electron denies navigation off the app (will-navigate) and all network access outside its
    // protocol; its handlers are unit-tested with a mocked electron. Here the browser enforces the same.
    await context.route('**/*', (route) => {
      const request = route.request();
      if (new URL(request.url()).origin === origin) return route.continue();
      // A 204 answer to a navigation leaves the app's page where it is, as will-navigate's preventDefault
      // does; a new window's navigation is refused outright so the window appears and is closed below.
      if (request.isNavigationRequest() && this.isAppFrame(request)) return route.fulfill({ status: 204 });
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    this.mainPage = page;
    // Electron's setWindowOpenHandler denies every new window; here one is closed as soon as it appears.
    context.on('page', (opened) => {
      if (opened === this.mainPage) return;
      this.deniedWindows.push(opened.url());
      void opened.close();
    });
    page.on('pageerror', (error) => this.pageErrors.push(error.message));
    await page.goto(origin + '/', { waitUntil: 'load' });
  }

  private isAppFrame(request: Request): boolean {
    try {
      return request.frame() === this.mainPage?.mainFrame();
    } catch {
      // Playwright has no frame yet for the first navigation of a window being opened.
      return false;
    }
  }

  private async deliver(name: EventName, payload: unknown): Promise<void> {
    for (const page of this.context?.pages() ?? []) {
      await page
        .evaluate(
          ([deliver, event, data]) =>
            (window as unknown as Record<string, (e: unknown, d: unknown) => void>)[deliver as string]?.(event, data),
          [DELIVER_FUNCTION, name, payload] as const,
        )
        .catch(() => undefined);
    }
  }
}
