// Saves to one file wait for each other; saves to different files do not.
import { describe, expect, it } from 'vitest';
import { KeyedSerialQueue } from '../../../electron/library/serial-writes';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('KeyedSerialQueue', () => {
  it('runs tasks for one key one at a time, in the order they were asked for', async () => {
    const queue = new KeyedSerialQueue();
    const log: string[] = [];
    let running = 0;
    const task = (name: string) => async () => {
      running++;
      expect(running).toBe(1);
      log.push(`start ${name}`);
      await tick();
      log.push(`end ${name}`);
      running--;
      return name;
    };
    const results = await Promise.all(['a', 'b', 'c'].map((name) => queue.run('file', task(name))));
    expect(results).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  it('goes on with the next save after one failed', async () => {
    const queue = new KeyedSerialQueue();
    const failed = queue.run('file', async () => {
      throw new Error('disk full');
    });
    const next = queue.run('file', async () => 'saved');
    await expect(failed).rejects.toThrow('disk full');
    await expect(next).resolves.toBe('saved');
  });

  it('does not make one file wait for another', async () => {
    const queue = new KeyedSerialQueue();
    let release: () => void = () => undefined;
    const slow = queue.run('a', () => new Promise<string>((resolve) => (release = () => resolve('a'))));
    await expect(queue.run('b', async () => 'b')).resolves.toBe('b');
    release();
    await expect(slow).resolves.toBe('a');
  });
});
