// The one way to the main process: the API the preload exposes as `window.byline`.
import type { BylineApi } from '../core/ipc/api';

export type { BylineApi };

export function bylineApi(): BylineApi {
  return window.byline;
}
