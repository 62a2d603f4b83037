// What reaches the desk from outside the page: the menu, the watcher, closing, blur and Ctrl/Cmd+S.
import { useEffect } from 'react';
import type { MENU_COMMANDS } from '../../core/ipc/contract';
import type { BylineApi } from '../bridge';
import type { Desk } from '../session/desk';

export type DeskEventsApi = Pick<
  BylineApi,
  'onMenuCommand' | 'onArticleChangedOnDisk' | 'onBeforeClose' | 'readyToClose'
>;

export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function useDeskEvents(api: DeskEventsApi, desk: Desk, onMenu: (command: MenuCommand) => void): void {
  useEffect(() => {
    const unsubscribe = [
      api.onMenuCommand(({ command }) => onMenu(command)),
      api.onArticleChangedOnDisk(({ id }) => void desk.changedOnDisk(id)),
      api.onBeforeClose(() => {
        void desk.flushForClose().finally(() => void api.readyToClose({}));
      }),
    ];
    return () => unsubscribe.forEach((stop) => stop());
  }, [api, desk, onMenu]);

  useEffect(() => {
    const saveOnShortcut = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void desk.saveNow();
      }
    };
    const saveOnBlur = () => void desk.saveNow();
    window.addEventListener('keydown', saveOnShortcut, true);
    window.addEventListener('blur', saveOnBlur);
    return () => {
      window.removeEventListener('keydown', saveOnShortcut, true);
      window.removeEventListener('blur', saveOnBlur);
    };
  }, [desk]);
}
