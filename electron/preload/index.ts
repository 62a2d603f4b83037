// The preload: exposes `window.byline`, one narrow function per operation and per event, and
// nothing else. It runs sandboxed, so it is bundled into one CommonJS file without zod.
import { contextBridge, ipcRenderer } from 'electron';
import { buildApi } from '../../core/ipc/api';
import { ipcTransport } from './transport';

contextBridge.exposeInMainWorld('byline', buildApi(ipcTransport(ipcRenderer)));
