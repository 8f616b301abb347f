import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { decodeRun, encodeRun, runStamp, setAsideRun, type SavedRun } from '../../../../src/domain/simulation/codec';
import { fullSimulator, type Event, type ScenarioData } from '../../../../src/domain/simulator';
import { runsToSetAside, RUNS_KEPT } from '../../../../src/reactions/simulation-save';

const scenario = parse(readFileSync(join(process.cwd(), 'content/scenarios/m3-sim-depot-a1.yaml'), 'utf8')) as ScenarioData;
const steps = scenario.steps;
const stepEvents = steps.flatMap((step) => (step.event ? [step.event as unknown as Event] : []));

/** A learner's event: a step's event with some fields changed, added or removed. */
const learnerEvent = fc
  .tuple(
    fc.constantFrom(...stepEvents),
    fc.dictionary(fc.constantFrom('invoiceId', 'number', 'comment', 'minutes', 'unknownField'), fc.oneof(fc.string(), fc.integer(), fc.constant(null))),
    fc.boolean(),
  )
  .map(([event, changes, dropOne]) => {
    const out: Record<string, unknown> = { ...event, ...changes, type: event.type };
    if (dropOne) delete out['invoiceId'];
    return out as unknown as Event;
  });
const savedRun = fc.record({
  mode: fc.constantFrom('entrainement' as const, 'evaluation' as const),
  events: fc.array(learnerEvent, { maxLength: 12 }),
  errors: fc.nat(500),
  hints: fc.nat(50),
});

describe('run codec', () => {
  it('round-trips any run, against the scenario steps', () => {
    fc.assert(
      fc.property(savedRun, fc.nat(99_999_999), (run: SavedRun, savedAt) => {
        const text = encodeRun(run, { steps, savedAt });
        expect(decodeRun(text, steps)).toEqual(run);
        expect(runStamp(text)).toEqual({ savedAt, setAside: false });
      }),
    );
  });

  it('costs a few characters per action when the learner follows the exercise', () => {
    const text = encodeRun({ mode: 'entrainement', events: stepEvents, errors: 0, hints: 0 }, { steps, savedAt: 29_000_000 });
    expect(text.length).toBeLessThan(20 + 8 * stepEvents.length);
    expect(text).not.toContain('recipientSiret');
  });

  it('keeps the first actions of a run longer than the limit, and stays within it', () => {
    fc.assert(
      fc.property(savedRun, fc.integer({ min: 40, max: 400 }), (run, maxLength) => {
        const text = encodeRun(run, { steps, savedAt: 1, maxLength });
        const decoded = decodeRun(text, steps);
        expect(decoded).not.toBeNull();
        expect(run.events.slice(0, decoded!.events.length)).toEqual(decoded!.events);
        if (decoded!.events.length > 0) expect(text.length).toBeLessThanOrEqual(maxLength);
      }),
    );
  });

  it('never throws on corrupted or truncated input, and gives null or a run', () => {
    const good = encodeRun({ mode: 'evaluation', events: stepEvents, errors: 1, hints: 2 }, { steps, savedAt: 5 });
    fc.assert(
      fc.property(fc.nat(good.length), fc.string({ maxLength: 3 }), (cut, noise) => {
        for (const text of [good.slice(0, cut), good.slice(0, cut) + noise + good.slice(cut + 1)]) {
          const decoded = decodeRun(text, steps);
          expect(decoded === null || Array.isArray(decoded.events)).toBe(true);
        }
      }),
    );
    fc.assert(fc.property(fc.string(), (text) => { decodeRun(text, steps); runStamp(text); }));
    expect(decodeRun('2|5|["e",0,0,[[3,99]]]', steps)).toBeNull();
  });

  it('still reads version 1 saves', () => {
    const v1 = JSON.stringify([1, 'e', 2, 1, [[0, { m: 60 }]]]);
    expect(decodeRun(v1)).toEqual({ mode: 'entrainement', events: [{ type: 'clock.advance', minutes: 60 }], errors: 2, hints: 1 });
    expect(runStamp(v1)).toEqual({ savedAt: 0, setAside: false });
  });

  it('marks a run set aside, which decodes to no run', () => {
    const text = setAsideRun();
    expect(text).toBe('-');
    expect(runStamp(text)).toEqual({ savedAt: 0, setAside: true });
    expect(decodeRun(text, steps)).toBeNull();
    // The earlier form, with the date it was set aside, still reads as set aside.
    expect(runStamp('2|ya|-')).toEqual({ savedAt: 1234, setAside: true });
    expect(decodeRun('2|ya|-', steps)).toBeNull();
    expect(runStamp('1.p,,')).toBeNull();
  });
});

describe('runs kept in the record', () => {
  const run = (savedAt: number) => ({ done: false, data: encodeRun({ mode: 'entrainement', events: [], errors: 0, hints: 0 }, { savedAt }) });
  it(`keeps the ${RUNS_KEPT} most recent runs in progress, setting the oldest aside`, () => {
    const activities = { a: run(10), b: run(30), c: run(20), quiz: { done: true, data: '1.abc.x.zzzzzz.s100.ccc' }, old: { done: false, data: setAsideRun() } };
    expect(runsToSetAside(activities, 'd')).toEqual(['a']);
    expect(runsToSetAside(activities, 'b')).toEqual([]);
    expect(runsToSetAside({ a: run(1) }, 'd')).toEqual([]);
  });
});

describe('a saved run', () => {
  it('decodes to the same world (replayed from the saved events)', async () => {
    const { prepareScenario } = await import('../../../../src/domain/simulation/prepare');
    const { learnerAct, newRun, replayRun } = await import('../../../../src/domain/simulation/run');
    const prepared = prepareScenario(scenario as ScenarioData & { title: string });
    fc.assert(
      fc.property(fc.array(fc.oneof(learnerEvent, fc.constant({ type: 'clock.advance', minutes: 1440 } as Event)), { maxLength: 8 }), (events) => {
        let run = newRun(prepared, 'entrainement');
        for (const event of events) run = learnerAct(fullSimulator, prepared, run, event).run;
        const decoded = decodeRun(encodeRun(run, { steps, savedAt: 7 }), steps);
        expect(decoded).not.toBeNull();
        const replayed = replayRun(fullSimulator, prepared, decoded!.mode, decoded!.events, decoded!);
        expect(replayed.world).toEqual(run.world);
        expect(replayed.events).toEqual(run.events);
      }),
      { numRuns: 60 },
    );
    // 0.5 s alone; past the default 5 s once under a full e2e run holding both cores (seen once): the 60
    // replays are CPU-bound, not waiting on anything.
  }, 30_000);
});
