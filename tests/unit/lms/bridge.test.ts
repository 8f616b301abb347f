import { describe, expect, it, vi } from 'vitest';
import { answerLastRecord, CHANNEL, connectToShell, LAST_RECORD_EVENT, readWelcome, type PageWindow } from '../../../src/lms/bridge';
import { readLastRecord, readPageMessage } from '../../../src/lms/shell/bridge';

/** A page window whose parent answers (or not) the handshake. */
function fakePage(options: { answer?: boolean; origin?: string; parentOrigin?: string; top?: boolean } = {}) {
  const listeners = new Set<(event: MessageEvent) => void>();
  const posted: { message: unknown; target: string }[] = [];
  const origin = options.origin ?? 'https://lms.test';
  const parent = {
    postMessage(message: unknown, target: string) {
      posted.push({ message, target });
      const hello = readPageMessage(message);
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

describe('reading bridge messages', () => {
  it('reads the pages\' messages on the shell\'s side and ignores anything else', () => {
    expect(readPageMessage({ channel: CHANNEL, type: 'hello' })).toEqual({ channel: CHANNEL, type: 'hello' });
    expect(readPageMessage({ channel: CHANNEL, type: 'record', record: 'x', flush: 1 })).toEqual({ channel: CHANNEL, type: 'record', record: 'x', flush: false });
    for (const other of [null, 'hello', { type: 'hello' }, { channel: 'other', type: 'hello' }, { channel: CHANNEL, type: 'record' }, { channel: CHANNEL, type: 'welcome', record: 'x', notice: null, learnerName: '' }]) {
      expect(readPageMessage(other)).toBeNull();
    }
  });

  it('reads the shell\'s welcome on the page\'s side, with every field it needs', () => {
    const welcome = { channel: CHANNEL, type: 'welcome', record: 'x', notice: null, learnerName: 'Marie Dupont' };
    expect(readWelcome(welcome)).toEqual(welcome);
    expect(readWelcome({ ...welcome, notice: 'avis' })).toEqual({ ...welcome, notice: 'avis' });
    for (const other of [null, [welcome], { ...welcome, channel: 'other' }, { ...welcome, type: 'hello' }, { ...welcome, record: 1 }, { ...welcome, notice: 2 }, { ...welcome, learnerName: undefined }]) {
      expect(readWelcome(other)).toBeNull();
    }
  });

  it('keeps only the well-formed interactions of a final-test message', () => {
    const message = readPageMessage({
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

describe('readLastRecord and answerLastRecord', () => {
  it('read the page record at once, the page building on the shell record it is given', () => {
    const page = new EventTarget();
    answerLastRecord(page, (shell) => `${shell}+page`);
    expect(readLastRecord(page, 'shell')).toBe('shell+page');
  });

  it('give null when no course page answers: no frame, about:blank, a page with nothing to say, another site', () => {
    expect(readLastRecord(null, 'shell')).toBeNull();
    expect(readLastRecord(new EventTarget(), 'shell')).toBeNull();
    const silent = new EventTarget();
    answerLastRecord(silent, () => null);
    expect(readLastRecord(silent, 'shell')).toBeNull();
    const otherSite = {
      dispatchEvent(): boolean {
        throw new DOMException('Blocked a frame from accessing a cross-origin frame.', 'SecurityError');
      },
    };
    expect(readLastRecord(otherSite, 'shell')).toBeNull();
  });

  it('answer only an event carrying the shell record', () => {
    const page = new EventTarget();
    const current = vi.fn(() => 'page');
    answerLastRecord(page, current);
    const detail: Record<string, unknown> = {};
    page.dispatchEvent(new CustomEvent(LAST_RECORD_EVENT, { detail }));
    page.dispatchEvent(new CustomEvent(LAST_RECORD_EVENT));
    expect(detail).toEqual({});
    expect(current).not.toHaveBeenCalled();
  });
});
