// The page globals through which the harness plays Electron: shared by the page-side bridge and
// the Node side that drives it.

/** The Playwright binding standing in for ipcRenderer.invoke; the preload never exposes its transport. */
export const INVOKE_BINDING = '__bylineInvoke';
/** How the harness delivers an event (what webContents.send does in Electron). */
export const DELIVER_FUNCTION = '__bylineDeliverEvent';
/** How a test's drop tells the bridge where a dropped File is on disk (what the drag tells Electron). */
export const REGISTER_DROPPED_FUNCTION = '__bylineDroppedFileIsAt';
