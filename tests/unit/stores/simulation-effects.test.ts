import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { prepareScenario } from '../../../src/domain/simulation/prepare';
import type { RunScenario } from '../../../src/domain/simulation/run';
import { createdId, invoicesArea, makeSimulator, type Event } from '../../../src/domain/simulator';
import { $simulations, actInSimulation, clearSimulations, openSimulation } from '../../../src/stores/simulation';

const scenario: RunScenario = prepareScenario(parse(readFileSync(join(process.cwd(), 'content/scenarios/m3-sim-depot-a1.yaml'), 'utf8')) as Omit<RunScenario, 'initial'>);
/** The scenario on the simulator of its page (the « Factures émises » island). */
const embed = { scenario, simulator: makeSimulator([invoicesArea]) };
const save = scenario.steps.find((step) => step.event?.type === 'invoice.save')?.event as Event;
const key = 'm3-sim-depot-a1:activite';

afterEach(() => clearSimulations());

describe('actInSimulation: what the screen gets back', () => {
  it('gives the id of the brouillon the learner saved, the one the run’s world holds', () => {
    openSimulation(key, embed, 'entrainement');
    const saved = actInSimulation(key, save);
    expect(saved.issues).toEqual([]);
    const id = createdId(saved.effects, 'invoice');
    expect($simulations.get()[key]?.run.world.invoices[id ?? '']?.status).toBe('BROUILLON');
    expect(actInSimulation(key, { type: 'invoice.submit', invoiceId: id ?? '' }).issues).toEqual([]);
  });

  it('gives the typed issues of a refusal, with no effects', () => {
    openSimulation(key, embed, 'entrainement');
    const refused = actInSimulation(key, { type: 'invoice.submit', invoiceId: 'f99' });
    expect(refused.issues.map((found) => found.code)).toEqual(['invoice.unknown']);
    expect(refused.effects).toEqual([]);
  });
});
