import { describe, expect, it } from 'vitest';
import { acceptUpdate, applyChange, initialState, isSyncState, type SyncState } from '../../../../src/domain/presenter/sync';

const presenter = { id: 'w-presenter', role: 'presenter' as const };
const audience = { id: 'w-audience', role: 'audience' as const };
const start = initialState({ lessonId: 'm1', step: 0 }, presenter, 1000);

describe('the shared state', () => {
  it('stamps every local change with the window and the time', () => {
    const moved = applyChange(start, { step: 1 }, presenter, 2000);
    expect(moved).toEqual({ lessonId: 'm1', step: 1, revealed: false, blank: false, lastUpdate: { id: 'w-presenter', role: 'presenter', time: 2000 } });
  });

  it('hides the answer again when the class moves on, but keeps the black screen', () => {
    const revealed = applyChange(applyChange(start, { revealed: true, blank: true }, presenter, 2000), {}, presenter, 2001);
    expect(revealed).toMatchObject({ revealed: true, blank: true });
    expect(applyChange(revealed, { step: 2 }, presenter, 3000)).toMatchObject({ revealed: false, blank: true });
    expect(applyChange(revealed, { lessonId: 'm2' }, presenter, 3000)).toMatchObject({ revealed: false });
  });

  it('adopts an update from the other role', () => {
    const incoming = applyChange(start, { step: 3 }, audience, 5000);
    expect(acceptUpdate(start, incoming, 'presenter')).toEqual(incoming);
  });

  it('ignores updates carrying its own role', () => {
    const echo = applyChange(start, { step: 3 }, { id: 'other-presenter', role: 'presenter' }, 5000);
    expect(acceptUpdate(start, echo, 'presenter')).toBeNull();
  });

  it('ignores updates older than its current state', () => {
    const current = applyChange(start, { step: 2 }, presenter, 9000);
    const stale = applyChange(start, { step: 1 }, audience, 8000);
    expect(acceptUpdate(current, stale, 'presenter')).toBeNull();
  });

  it('ignores malformed messages', () => {
    const bad: unknown[] = [
      null,
      'text',
      { ...start, step: 1.5 },
      { ...start, revealed: 'yes' },
      { ...start, lastUpdate: { id: 'x', role: 'learner', time: 1 } },
      { ...start, lastUpdate: null },
      { lessonId: 'm1', step: 0 },
    ];
    for (const message of bad) expect(acceptUpdate(start, message, 'audience')).toBeNull();
    expect(isSyncState(start)).toBe(true);
  });

  it('copies what it adopts (no shared object with the sender)', () => {
    const incoming: SyncState = applyChange(start, { step: 3 }, audience, 5000);
    const adopted = acceptUpdate(start, incoming, 'presenter');
    expect(adopted?.lastUpdate).not.toBe(incoming.lastUpdate);
  });
});

describe('zoom on the action area (issue 15.4)', () => {
  const origin = { id: 'w-presenter', role: 'presenter' as const };
  it('is off by default, travels with the state and stays on across steps until toggled', () => {
    const start = initialState({ lessonId: 'm1', step: 0 }, origin, 1000);
    expect(start.zoom).toBeUndefined();
    const zoomed = applyChange(start, { zoom: true }, origin, 2000);
    expect(zoomed.zoom).toBe(true);
    expect(applyChange(zoomed, { step: 1 }, origin, 3000).zoom).toBe(true);
    expect(applyChange(zoomed, { zoom: false }, origin, 3000).zoom).toBeUndefined();
    expect(acceptUpdate(start, zoomed, 'audience')?.zoom).toBe(true);
  });
  it('refuses a zoom that is not a boolean', () => {
    const start = initialState({ lessonId: 'm1', step: 0 }, origin, 1000);
    expect(isSyncState({ ...start, zoom: 'yes' })).toBe(false);
  });
});
