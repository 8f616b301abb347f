import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { decodeRun, encodeRun } from '../../../src/domain/simulation/codec';
import { prepareScenario } from '../../../src/domain/simulation/prepare';
import type { RunScenario } from '../../../src/domain/simulation/run';
import { activityResultOf, startSavingSimulations } from '../../../src/reactions/simulation-save';
import { resumeSimulation } from '../../../src/stores/simulation-resume';
import { $record, resetProgress } from '../../../src/stores/record';
import {
  $simulations,
  actInSimulation,
  advanceSimulationTime,
  clearSimulations,
  openSimulation,
  restartSimulation,
  revealHint,
  showDemoStep,
  switchSimulationMode,
} from '../../../src/stores/simulation';
import { invoicesArea, makeSimulator, type Event } from '../../../src/domain/simulator';

const scenario: RunScenario = prepareScenario(parse(readFileSync(join(process.cwd(), 'content/scenarios/m3-sim-depot-a1.yaml'), 'utf8')) as Omit<RunScenario, 'initial'>);
/** The scenario on the simulator of its page (the « Factures émises » island). */
const embed = { scenario, simulator: makeSimulator([invoicesArea]) };
const events = scenario.steps.flatMap((step) => (step.event ? [step.event as Event] : []));
const key = 'm3-sim-depot-a1:activite';

afterEach(() => {
  clearSimulations();
  resetProgress();
});

describe('simulation store', () => {
  it('keeps accepted events, counts refusals and reaches the goal with the expected steps', () => {
    openSimulation(key, embed, 'entrainement');
    const refused = actInSimulation(key, { type: 'invoice.submit', invoiceId: 'f99' });
    expect(refused.messages).toEqual(['Cette facture est introuvable.']);
    for (const event of events) expect(actInSimulation(key, event).messages).toEqual([]);
    const state = $simulations.get()[key]!;
    expect(state.run.events).toHaveLength(3);
    expect(state.run.errors).toBe(1);
    expect(state.run.done).toBe(true);
    expect(state.score).toBeNull();
  });

  it('scores évaluation from refusals and plays the public move when time passes', () => {
    openSimulation(key, embed, 'evaluation');
    actInSimulation(key, { type: 'invoice.confirm', invoiceId: 'f1' });
    for (const event of events) actInSimulation(key, event);
    expect($simulations.get()[key]!.score).toBe(90);
    advanceSimulationTime(key, 24 * 60);
    const invoice = Object.values($simulations.get()[key]!.run.world.invoices)[0]!;
    expect(invoice.status).toBe('SERVICE_FAIT');
  });

  it('reveals the next expected step as a hint, counted, in entraînement only', () => {
    openSimulation(key, embed, 'entrainement');
    actInSimulation(key, events[0]!);
    revealHint(key);
    expect($simulations.get()[key]).toMatchObject({ hint: 2, run: { hints: 1 } });
    switchSimulationMode(key, 'evaluation');
    revealHint(key);
    expect($simulations.get()[key]).toMatchObject({ hint: null, run: { hints: 0, mode: 'evaluation', events: [] } });
  });

  it('restarts, and steps through a démonstration with the world before each step', () => {
    openSimulation('demo', embed, 'demonstration');
    showDemoStep('demo', 2);
    expect(Object.keys($simulations.get()['demo']!.run.world.invoices)).toHaveLength(1);
    showDemoStep('demo', 99);
    expect($simulations.get()['demo']!).toMatchObject({ position: 4, run: { done: true } });
    expect(actInSimulation('demo', events[0]!).messages).toEqual([]);
    openSimulation(key, embed, 'entrainement');
    actInSimulation(key, events[0]!);
    restartSimulation(key);
    expect($simulations.get()[key]!.run.events).toEqual([]);
  });

  it('saves the run compactly while in progress, resumes it, and drops it once done', () => {
    const stop = startSavingSimulations();
    openSimulation(key, embed, 'entrainement');
    actInSimulation(key, events[0]!);
    const data = $record.get().activities['m3-sim-depot-a1']?.data ?? '';
    expect(data.length).toBeLessThan(400);
    expect(data.length).toBeLessThan(60);
    expect(decodeRun(data, scenario.steps)?.events).toEqual([{ ...events[0], data: { ...(events[0] as { data: object }).data, bankAccountId: 'b4' } }]);
    clearSimulations();
    openSimulation(key, embed, 'entrainement');
    expect(resumeSimulation(key, data)).toBe(true);
    actInSimulation(key, events[1]!);
    actInSimulation(key, events[2]!);
    expect($record.get().activities['m3-sim-depot-a1']).toEqual({ done: true, attempts: 1 });
    stop();
  });

  it('ignores a save that is not a run', () => {
    openSimulation(key, embed, 'entrainement');
    expect(resumeSimulation(key, 'not json')).toBe(false);
    expect(resumeSimulation(key, '[9,"e",0,0,[]]')).toBe(false);
    expect(activityResultOf({ ...$simulations.get()[key]!, activity: false }, undefined)).toBeNull();
  });
});

describe('run codec', () => {
  it('round-trips every event of a run, with short keys', () => {
    const run = { mode: 'evaluation' as const, events, errors: 2, hints: 1 };
    const text = encodeRun(run);
    expect(decodeRun(text)).toEqual(run);
    expect(text).not.toContain('recipientSiret');
  });
});
