// Dropping a file anywhere on the window imports it. Listening on the window while capturing comes
// before the editor's own drop handling, which would otherwise try to paste the file's name.
// While a file is dragged over the window, the whole window says where it goes (drop-overlay.css),
// as Google Drive and WordPress's media library do.
import { useEffect, useLayoutEffect, useRef } from 'react';
import '../styles/drop-overlay.css';
import { droppedFile } from './droppedFile';
import { fileDragTracker } from './fileDragTracker';

export function useFileDrop(onFile: (file: File) => void): void {
  const latest = useRef(onFile);
  useLayoutEffect(() => {
    latest.current = onFile;
  });

  useEffect(() => {
    const carriesFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');
    const tracker = fileDragTracker(document.documentElement);
    const onDragEnter = (event: DragEvent) => {
      if (carriesFiles(event)) tracker.enter();
    };
    const onDragLeave = (event: DragEvent) => {
      if (carriesFiles(event)) tracker.leave();
    };
    const onDragEnd = () => tracker.reset();
    const onDragOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      tracker.over();
      // Without this the browser refuses the drop.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      tracker.reset();
      const file = droppedFile(event.dataTransfer);
      if (!file) return;
      event.preventDefault();
      event.stopPropagation();
      latest.current(file);
    };
    const listeners: [string, (event: DragEvent) => void][] = [
      ['dragenter', onDragEnter],
      ['dragleave', onDragLeave],
      ['dragend', onDragEnd],
      ['dragover', onDragOver],
      ['drop', onDrop],
    ];
    for (const [name, listener] of listeners) window.addEventListener(name, listener as EventListener, true);
    return () => {
      for (const [name, listener] of listeners) window.removeEventListener(name, listener as EventListener, true);
      tracker.reset();
    };
  }, []);
}
