// The preload's API, typed from the IPC contract in core/.
import type { BylineApi } from '../core/ipc/api';

declare global {
  interface Window {
    byline: BylineApi;
  }
}
