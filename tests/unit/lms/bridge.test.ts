import { describe, expect, it, vi } from 'vitest';
import { CHANNEL, connectToShell, readMessage, type PageWindow } from '../../../src/lms/bridge';

/** A page window whose parent answers (or not) the handshake. */
function fakePage(options: { answer?: boolean; origin?: string; parentOrigin?: string; top?: boolean } = {}) {
  const listeners = new Set<(event: MessageEvent) => void>();
  const posted: { message: unknown; target: string }[] = [];
  const origin = options.origin ?? 'https://lms.test';
  const parent = {
    postMessage(message: unknown, target: string) {
      posted.push({ message, target });
      const hello = readMessage(message);
      if (hello?.type === 'hello' && options.answer !== false) {
        const welcome = { channel: CHANNEL, type: 'welcome', record: '1.x.{}', notice: null, learnerName: 'Marie Dupont' };
        queueMicrotask(() => {
          for (const l of listeners) l({ data: welcome, source: parent, origin: options.parentOrigin ?? origin } as unknown as MessageEvent);
        });
      }
    },
  };
  const win: PageWindow & { posted: typeof posted } = {
    parent: options.top ? undefined : parent,
    location: { origin },
    addEventListener: (_type, listener) => void listeners.add(listener),
    removeEventListener: (_type, listener) => void listeners.delete(listener),
    posted,
  };
  if (options.top) Object.defineProperty(win, 'parent', { value: win });
  return win;
}

describe('readMessage', () => {
  it('reads the bridge messages and ignores anything else', () => {
    expect(readMessage({ channel: CHANNEL, type: 'hello' })).toEqual({ channel: CHANNEL, type: 'hello' });
    expect(readMessage({ channel: CHANNEL, type: 'record', record: 'x', flush: 1 })).toEqual({ channel: CHANNEL, type: 'record', record: 'x', flush: false });
    for (const other of [null, 'hello', { type: 'hello' }, { channel: 'other', type: 'hello' }, { channel: CHANNEL, type: 'record' }, { channel: CHANNEL, type: 'welcome', record: 'x' }]) {
      expect(readMessage(other)).toBeNull();
    }
  });

  it('keeps only the well-formed interactions of a final-test message', () => {
    const message = readMessage({
      channel: CHANNEL,
      type: 'final-test',
      bank: 'final',
      attempt: 2,
      interactions: [{ id: 'q1', type: 'single', module: 'm1' }, { nope: true }],
    });
    expect(message).toMatchObject({ type: 'final-test', attempt: 2 });
    expect(message?.type === 'final-test' && message.interactions).toHaveLength(1);
  });
});

describe('connectToShell', () => {
  it('resolves at once with null for a top-level page (the standalone course)', async () => {
    await expect(connectToShell(fakePage({ top: true }))).resolves.toBeNull();
  });

  it('links to a parent that answers the handshake, posting only to its own origin', async () => {
    const win = fakePage();
    const link = await connectToShell(win);
    expect(link?.welcome.learnerName).toBe('Marie Dupont');
    expect(win.posted[0]).toEqual({ message: { channel: CHANNEL, type: 'hello' }, target: 'https://lms.test' });
    link?.send({ channel: CHANNEL, type: 'record', record: 'r', flush: true });
    expect(win.posted[1]?.message).toMatchObject({ type: 'record', flush: true });
  });

  it('ignores an answer from another origin and runs standalone after the timeout', async () => {
    vi.useFakeTimers();
    try {
      const pending = connectToShell(fakePage({ parentOrigin: 'https://evil.test' }), 500);
      await vi.advanceTimersByTimeAsync(500);
      await expect(pending).resolves.toBeNull();
      const silent = connectToShell(fakePage({ answer: false }), 500);
      await vi.advanceTimersByTimeAsync(500);
      await expect(silent).resolves.toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});
