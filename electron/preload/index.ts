// The preload: exposes `window.byline`, one narrow function per operation and per event, and
// nothing else. It runs sandboxed, so it is bundled into one CommonJS file without zod. A dropped
// file reaches main as its path, which Electron tells only the preload, and only for a real File.
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { buildApi } from '../../core/ipc/api';
import { ipcTransport } from './transport';

contextBridge.exposeInMainWorld(
  'byline',
  buildApi(ipcTransport(ipcRenderer), (file) => webUtils.getPathForFile(file as File)),
);
