// Dropping a file anywhere on the window imports it. Listening on the window while capturing comes
// before the editor's own drop handling, which would otherwise try to paste the file's name.
import { useEffect, useLayoutEffect, useRef } from 'react';
import { droppedFile } from './droppedFile';

export function useFileDrop(onFile: (file: File) => void): void {
  const latest = useRef(onFile);
  useLayoutEffect(() => {
    latest.current = onFile;
  });

  useEffect(() => {
    const carriesFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');
    const onDragOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      // Without this the browser refuses the drop.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      const file = droppedFile(event.dataTransfer);
      if (!file) return;
      event.preventDefault();
      event.stopPropagation();
      latest.current(file);
    };
    window.addEventListener('dragover', onDragOver, true);
    window.addEventListener('drop', onDrop, true);
    return () => {
      window.removeEventListener('dragover', onDragOver, true);
      window.removeEventListener('drop', onDrop, true);
    };
  }, []);
}
