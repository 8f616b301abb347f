import { describe, expect, it } from 'vitest';
import { diagnostic, shortValue, SUSPEND_DATA_LIMIT } from '../../../src/lms/shell/inspector';
import { isInspectorKey } from '../../../src/lms/shell/inspector-control';
import { bannerText, endedText } from '../../../src/lms/shell/texts';
import { CallLog } from '../../../src/lms/tracking-port';

const refusal = { what: 'la réponse à la question « Vrai ou faux ? »', error: { kind: 'lms' as const, code: '406', message: 'Type mismatch', element: 'cmi.interactions.2.learner_response' } };

describe('what the shell tells the learner', () => {
  it('hides the banner when all was stored, names what was refused, and says so when the link failed', () => {
    expect(bannerText('saved', [], false)).toBeNull();
    expect(bannerText('partial', [refusal], false)).toBe('La plateforme de formation a refusé 1\u00a0donnée (la réponse à la question « Vrai ou faux ? »)\u00a0; le reste de votre progression est bien enregistré.');
    expect(bannerText('failed', [], false)).toMatch(/^La progression n’a pas pu être enregistrée sur la plateforme/);
    expect(bannerText('failed', [], true)).toMatch(/dans ce navigateur/);
  });

  it('says on the quit page what was transmitted and what was not', () => {
    expect(endedText({ pending: false, refusals: [] }, false)).toEqual({ text: 'Votre progression a été transmise à la plateforme de formation. Vous pouvez fermer cette fenêtre.', notStored: [] });
    const partial = endedText({ pending: false, refusals: [refusal] }, false);
    expect(partial.text).toBe('Votre progression a été transmise à la plateforme de formation, sauf cette donnée, refusée\u00a0:');
    expect(partial.notStored).toEqual(['la réponse à la question « Vrai ou faux ? » (refusée par la plateforme, code 406)']);
    expect(endedText({ pending: true, refusals: [] }, false).text).toMatch(/n’a pas pu être entièrement transmise/);
    expect(endedText({ pending: false, refusals: [] }, false).text).not.toMatch(/sauf/);
  });
});

describe('the LMS inspector', () => {
  it('opens with Ctrl+Alt+Maj+L only', () => {
    const key = { ctrlKey: true, altKey: true, shiftKey: true, metaKey: false, code: 'KeyL' };
    expect(isInspectorKey(key)).toBe(true);
    expect(isInspectorKey({ ...key, altKey: false })).toBe(false);
    expect(isInspectorKey({ ...key, code: 'KeyK' })).toBe(false);
  });

  it('writes a diagnostic from the session log: state, refusals with their codes, suspend_data against the limit, the calls', () => {
    let now = 1000;
    const log = new CallLog(() => now);
    log.add({ call: 'Initialize', result: 'true' });
    now = 1250;
    log.add({ call: 'SetValue', element: 'cmi.interactions.2.learner_response', value: 'a-b', result: 'false', error: refusal.error });
    log.add({ call: 'SetValue', element: 'cmi.suspend_data', value: 'x'.repeat(500), result: 'true' });
    const text = diagnostic({ version: '2004', embedded: false, log }, { status: 'partial', refusals: [refusal], pendingInteractions: 1, suspendDataLength: 1234 }, '2026-12-03T10:00:00.000Z');
    expect(text).toContain('Plateforme : LMS, SCORM 2004');
    expect(text).toContain('suspend_data : 1234 / 64000 caractères');
    expect(text).toContain('Interactions en attente : 1');
    expect(text).toContain('  - cmi.interactions.2.learner_response 406 Type mismatch — la réponse à la question « Vrai ou faux ? »');
    expect(text).toContain('  +250ms SetValue cmi.interactions.2.learner_response = "a-b" -> false [406] Type mismatch');
    expect(text).toContain('(500 car.)');
    expect(SUSPEND_DATA_LIMIT['1.2']).toBe(4096);
  });

  it('keeps the log bounded and cuts long values for display', () => {
    const log = new CallLog(() => 0, 3);
    for (let i = 0; i < 5; i++) log.add({ call: `c${i}`, result: 'true' });
    expect(log.entries.map((e) => e.call)).toEqual(['c2', 'c3', 'c4']);
    expect(shortValue('abc')).toBe('abc');
    expect(shortValue('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}… (100 car.)`);
  });
});
