import { describe, expect, it } from 'vitest';
import { commandFor, SHORTCUTS } from '../../../../src/domain/presenter/keys';
import { scenarioOutline } from '../../../../src/domain/presenter/scenario-outline';
import { clockValue, formatClock, formatElapsed, parseClock } from '../../../../src/domain/presenter/time';

describe('keyboard shortcuts', () => {
  it('maps → ← space B F R ? to their commands', () => {
    expect(['ArrowRight', ' ', 'PageDown', 'ArrowLeft', 'PageUp', 'b', 'B', 'f', 'r', '?'].map((key) => commandFor({ key }))).toEqual([
      'next', 'next', 'next', 'previous', 'previous', 'blank', 'blank', 'fullscreen', 'reveal', 'help',
    ]);
    expect(commandFor({ key: 'x' })).toBeNull();
  });

  it('leaves the browser its own shortcuts, fields their typing and buttons their space', () => {
    expect(commandFor({ key: 'r', ctrlKey: true })).toBeNull();
    expect(commandFor({ key: 'f', metaKey: true })).toBeNull();
    expect(commandFor({ key: 'ArrowLeft', altKey: true })).toBeNull();
    expect(commandFor({ key: 'b', target: 'field' })).toBeNull();
    expect(commandFor({ key: ' ', target: 'button' })).toBeNull();
    expect(commandFor({ key: 'ArrowRight', target: 'button' })).toBe('next');
  });

  it('documents every command in the « ? » list', () => {
    expect(new Set(SHORTCUTS.map((s) => s.command))).toEqual(new Set(['next', 'previous', 'blank', 'fullscreen', 'reveal', 'zoom', 'help']));
  });
});

describe('clock and durations', () => {
  it('reads and writes clock times', () => {
    expect(parseClock('09:00')).toBe(540);
    expect(parseClock('8h30')).toBe(510);
    expect(parseClock('25:00')).toBeNull();
    expect(parseClock('midi')).toBeNull();
    expect(formatClock(545)).toBe('9\u00a0h\u00a005');
    expect(formatClock(1440 + 60)).toBe('1\u00a0h\u00a000');
    expect(clockValue(545)).toBe('09:05');
  });

  it('formats elapsed time', () => {
    expect(formatElapsed(45.7)).toBe('45\u00a0s');
    expect(formatElapsed(185)).toBe('3\u00a0min\u00a005\u00a0s');
    expect(formatElapsed(3720)).toBe('1\u00a0h\u00a002\u00a0min');
    expect(formatElapsed(-5)).toBe('0\u00a0s');
  });
});

describe('scenario outlines', () => {
  const file = {
    id: 'm2-demo',
    title: 'Créer la structure',
    role: 'Claire',
    intro: 'Intro',
    hints: ['Piège', 3],
    steps: [{ id: 'a', title: 'Cliquer', explanation: 'Parce que', target: 'Créer' }, { id: 'b', title: 'Saisir' }],
  };

  it('keeps what the trainer views need', () => {
    expect(scenarioOutline(file)).toEqual({
      id: 'm2-demo',
      title: 'Créer la structure',
      role: 'Claire',
      intro: 'Intro',
      hints: ['Piège'],
      steps: [
        { id: 'a', title: 'Cliquer', explanation: 'Parce que', target: 'Créer' },
        { id: 'b', title: 'Saisir', explanation: '' },
      ],
    });
  });

  it('leaves out files it cannot understand', () => {
    expect(scenarioOutline(null)).toBeNull();
    expect(scenarioOutline({ id: 'x', steps: [] })).toBeNull();
    expect(scenarioOutline({ ...file, steps: [{ id: 'a' }] })).toBeNull();
    expect(scenarioOutline({ ...file, steps: [null] })).toBeNull();
    expect(scenarioOutline({ ...file, hints: 'no' })?.hints).toEqual([]);
  });
});
