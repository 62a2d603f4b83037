import { describe, expect, it } from 'vitest';
import { ReadAhead } from '../../../../electron/library/export/read-ahead';
import { WriteWindow } from '../../../../electron/library/export/write-window';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('WriteWindow', () => {
  it('never has more than its size in flight, and drain waits for all of them', async () => {
    const window = new WriteWindow(3);
    let inFlight = 0;
    let most = 0;
    let finished = 0;
    const write = async () => {
      most = Math.max(most, ++inFlight);
      await tick();
      inFlight--;
      finished++;
    };

    for (let n = 0; n < 10; n++) await window.add(write);
    await window.drain();

    expect({ most, finished }).toEqual({ most: 3, finished: 10 });
  });

  it('keeps the first failure for drain and says so at once', async () => {
    const window = new WriteWindow(2);

    await window.add(() => Promise.reject(new Error('disk full')));
    await tick();
    await window.add(() => Promise.reject(new Error('later')));

    expect(window.failed).toBe(true);
    await expect(window.drain()).rejects.toThrow('disk full');
  });
});

describe('ReadAhead', () => {
  it('starts the next reads behind the one taken, in order, each once', async () => {
    const started: string[] = [];
    const ahead = new ReadAhead(['a', 'b', 'c', 'd', 'e'], 2, async (path) => {
      started.push(path);
      return path.toUpperCase();
    });

    expect(await ahead.take(0)).toBe('A');
    expect(started).toEqual(['a', 'b', 'c']);
    expect(await ahead.take(1)).toBe('B');
    expect(started).toEqual(['a', 'b', 'c', 'd']);
    expect(() => ahead.take(0)).toThrow('already taken');
    expect([await ahead.take(2), await ahead.take(3), await ahead.take(4)]).toEqual(['C', 'D', 'E']);
    expect(started).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});
