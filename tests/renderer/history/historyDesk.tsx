// A desk over the fake library and history, with the History panel rendered for its open article,
// as the workspace mounts it. The body is a plain value standing in for the editor.
import { render } from '@testing-library/react';
import { useSyncExternalStore } from 'react';
import type { Article } from '../../../core/article/article';
import type { BodyJSON } from '../../../core/body/schema';
import { defaultSettings } from '../../../core/settings/settings';
import { HistoryPanel } from '../../../renderer/history/HistoryPanel';
import { LastLooked } from '../../../renderer/history/lastLooked';
import { restoreInDesk } from '../../../renderer/history/restoreInDesk';
import type { BodyPort } from '../../../renderer/session/bodyPort';
import { Desk } from '../../../renderer/session/desk';
import { FakeLibrary } from '../fakeApi';
import { FakeHistory } from './fakeHistory';

export function historyDesk(start: Article, yourName = 'Dana Whitfield') {
  const library = new FakeLibrary();
  library.add(start);
  const history = new FakeHistory(library);
  let body: BodyJSON = start.body;
  const port: BodyPort = {
    load: (next) => {
      body = next;
      return null;
    },
    read: () => body,
    setEditable: () => undefined,
  };
  const api = { ...library.api, ...history.api };
  const desk = new Desk({ api, body: port });
  const looked = new LastLooked(api);
  const settings = { ...defaultSettings('UTC'), yourName };

  function Shown() {
    const { view } = useSyncExternalStore(desk.subscribe, desk.getSnapshot);
    if (view.kind !== 'article') return <p>No article open</p>;
    return (
      <HistoryPanel
        session={view.session}
        api={api}
        looked={looked}
        settings={settings}
        onRestore={(rev) => restoreInDesk(desk, api, rev)}
      />
    );
  }

  return {
    library,
    history,
    desk,
    looked,
    body: () => body,
    /** Types into the body: a new body, counted as an edit. */
    type(next: BodyJSON) {
      body = next;
      desk.session?.bodyEdited();
    },
    render: () => render(<Shown />),
  };
}
