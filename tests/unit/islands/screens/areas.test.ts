import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkScenario, makeSimulator, resolveEvent, startWorld, worksWorld, type Event, type IssueCode, type ScenarioData, type World } from '../../../../src/domain/simulator';
import { accountArea } from '../../../../src/islands/screens/account';
import { aideArea } from '../../../../src/islands/screens/aide';
import { menuOf, screensOf, sectionOf } from '../../../../src/islands/screens/area';
import { invoiceArea } from '../../../../src/islands/screens/invoices';
import { hosts, islandFor, ISLANDS, type IslandName } from '../../../../src/islands/screens/islands';
import { travauxArea } from '../../../../src/islands/screens/travaux';
import { validerArea } from '../../../../src/islands/screens/valider';

/**
 * Each island hands the frame its areas (Simulation*.tsx); Simulation.astro picks the lightest one that has every
 * screen and handles every event of a scenario. These tests run every scenario on the simulator of its island
 * only: what its steps (and the same steps with wrong input) do is handled and worded by the island's areas.
 */
const dir = join(process.cwd(), 'content', 'scenarios');
const scenarios = readdirSync(dir)
  .filter((file) => /\.ya?ml$/.test(file))
  .map((file) => parse(readFileSync(join(dir, file), 'utf8')) as ScenarioData & { publicMoves?: { after: number; event: Event }[] });

function badValues(value: unknown): unknown[] {
  if (typeof value === 'string') return ['', 'x', '12345678901234', '2026-13-45'];
  if (typeof value === 'number') return [-1, 0.5];
  if (typeof value === 'boolean') return [!value];
  return [];
}

/** Wrong variants of an event: every text emptied or garbled, every number made negative or fractional. */
function variants(event: Event): Event[] {
  const out: Event[] = [];
  for (const [key, value] of Object.entries(event)) {
    if (key === 'type') continue;
    for (const v of badValues(value)) out.push({ ...event, [key]: v } as Event);
    // One level down too (an invoice's data, a search's criteria).
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [inner, innerValue] of Object.entries(value)) {
        for (const v of badValues(innerValue)) out.push({ ...event, [key]: { ...value, [inner]: v } } as Event);
      }
    }
  }
  return out;
}

describe('islands and their areas', () => {
  it('host every scenario, each island but the full one some', () => {
    expect(scenarios.length).toBeGreaterThan(10);
    const hosted = scenarios.map((scenario) => islandFor(scenario));
    expect(hosted.filter((island) => island === null)).toEqual([]);
    for (const island of Object.keys(ISLANDS) as IslandName[]) {
      if (island !== 'all') expect(hosted.filter((name) => name === island).length, island).toBeGreaterThan(0);
    }
  });

  it('refuse a scenario whose screen or event is not in their areas', () => {
    const steps = [{ screen: 'factures/synthese' }, { screen: 'factures/detail', event: { type: 'invoice.submit', invoiceId: 'f1' } as Event }];
    expect(islandFor({ steps })).toBe('factures');
    expect(hosts(ISLANDS.factures, { steps: [...steps, { screen: 'compte/accueil' }] })).toBe(false);
    expect(hosts(ISLANDS.factures, { steps: [...steps, { screen: 'factures/synthese', event: { type: 'session.login', loginEmail: 'a', password: 'b' } }] })).toBe(false);
    expect(islandFor({ steps: [...steps, { screen: 'compte/accueil' }] })).toBe('all');
    expect(islandFor({ steps: [{ screen: 'factures/inexistant' }] })).toBeNull();
  });

  for (const scenario of scenarios) {
    const island = islandFor(scenario) ?? 'all';
    it(`${scenario.id}: runs on the « ${island} » island’s simulator, its refusals worded there`, () => {
      const areas = ISLANDS[island];
      const simulator = makeSimulator(areas);
      const screens = screensOf(areas);
      for (const step of scenario.steps) expect(Object.keys(screens), `${scenario.id}: ${step.id}`).toContain(step.screen);
      expect(checkScenario(scenario, simulator)).toEqual([]);
      const produced = new Set<IssueCode>();
      let world: World = startWorld(scenario);
      for (const step of scenario.steps) {
        if (!step.event) continue;
        const event = resolveEvent(world, step.event);
        expect(simulator.handles(event.type), `${scenario.id}: ${event.type} is handled by its island`).toBe(true);
        for (const variant of variants(event)) for (const found of simulator.transition(world, variant).issues) produced.add(found.code);
        const outcome = simulator.act(world, event);
        if (outcome.issues.length === 0) world = outcome.world;
      }
      // The wrong variants do reach the rules (a check over no refusal would prove nothing).
      expect(produced.size, `${scenario.id}: its wrong variants are refused`).toBeGreaterThan(0);
      const missing = [...produced].filter((code) => !simulator.hasMessage(code));
      expect(missing, `${scenario.id}: issue codes without a message on the « ${island} » island`).toEqual([]);
    });
  }
});

describe('the portal’s menu and breadcrumb, from the areas', () => {
  const all = ISLANDS.all;

  it('name the section of each screen', () => {
    expect(sectionOf(all, 'compte/mon-compte')?.label).toBe('Mon compte');
    expect(sectionOf(all, 'compte/messagerie')?.label).toBe('Mon compte');
    expect(sectionOf(all, 'gestion/demandes')?.label).toBe('Activités du gestionnaire');
    expect(sectionOf(all, 'factures/detail')?.label).toBe('Factures émises');
    expect(sectionOf(all, 'valider/refus')?.label).toBe('Factures à valider');
    expect(sectionOf(all, 'travaux/depot')?.label).toBe('Factures de travaux');
    expect(sectionOf(all, 'aide/claudia')).toMatchObject({ label: 'Support', public: true });
    expect(sectionOf([aideArea], 'compte/messagerie')?.label).toBe('Mon compte');
    expect(sectionOf([invoiceArea], 'compte/mon-compte')).toBeUndefined();
  });

  it('list the espaces of the session, in the portal’s order, once each', () => {
    const labels = (world: World, areas = all) => menuOf(world, areas).map((item) => `${item.label} → ${item.screen}`);
    expect(labels(worksWorld())).toEqual(['Support — Nous contacter → aide/nous-contacter']);
    const claire = startWorld(scenarios.find((s) => s.start.base === 'supplier' && s.start.loginAs === undefined) ?? { id: 'x', start: { base: 'supplier', setup: [] } });
    expect(labels(claire)).toEqual([
      'Mon compte → compte/mon-compte',
      'Activités du gestionnaire → gestion/accueil',
      'Factures émises → factures/synthese',
      'Support — Nous contacter → aide/nous-contacter',
    ]);
    // An island shows the entries of its own areas only.
    expect(labels(claire, [invoiceArea])).toEqual(['Factures émises → factures/synthese']);
    expect(labels(claire, [accountArea, aideArea])).toEqual(['Mon compte → compte/mon-compte', 'Activités du gestionnaire → gestion/accueil', 'Support — Nous contacter → aide/nous-contacter']);
    // An espace's island, once its user is in: the espace's entry.
    for (const [area, entry] of [
      [validerArea, 'Factures à valider → valider/synthese'],
      [travauxArea, 'Factures de travaux → travaux/synthese'],
    ] as const) {
      const hosted = scenarios.filter((scenario) => hosts([area], scenario)).map((scenario) => startWorld(scenario));
      const opened = hosted.filter((world) => world.session?.stage === 'open');
      expect(opened.length, entry).toBeGreaterThan(0);
      for (const world of opened) expect(labels(world, [area])).toEqual([entry]);
    }
  });
});
