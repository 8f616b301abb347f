import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  accountHandlers,
  accountMessages,
  act,
  allHandlers,
  MESSAGE_CODES,
  invoiceHandlers,
  invoiceMessages,
  resolveEvent,
  validationHandlers,
  validationMessages,
  helpHandlers,
  helpMessages,
  worksHandlers,
  worksMessages,
  startWorld,
  transition,
  type Event,
  type IssueCode,
  type ScenarioData,
  type World,
} from '../../../../src/domain/simulator';
import { coreMessages } from '../../../../src/domain/simulator/messages-core';
import { coreHandlers } from '../../../../src/domain/simulator/transitions/handlers-core';
import { activateAccount, resendActivation } from '../../../../src/domain/simulator/transitions/registration';

/**
 * A page registers only the handlers and messages of its screens' area (core + account, or core + invoices).
 * These tests check the split loses nothing: the tables partition the whole, and what an area's scenarios can
 * produce — their steps and the same steps with wrong input — is covered by the area's tables.
 */
const AREAS = {
  compte: { handlers: { ...coreHandlers, ...accountHandlers }, messages: { ...coreMessages, ...accountMessages } },
  factures: { handlers: { ...coreHandlers, ...invoiceHandlers }, messages: { ...coreMessages, ...invoiceMessages } },
  // The « Factures à valider » island: its refusals shared with other areas (espace access, unknown invoice) are core.
  valider: { handlers: { ...coreHandlers, ...validationHandlers }, messages: { ...coreMessages, ...validationMessages } },
  // The help island (src/islands/screens/aide/index.ts): help rules and the two account rules ClaudIA hands over to.
  aide: {
    handlers: { ...coreHandlers, ...helpHandlers, 'account.activate': activateAccount, 'account.resendActivation': resendActivation },
    messages: { ...coreMessages, ...accountMessages, ...helpMessages },
  },
  // « Factures de travaux » (travaux/… screens): works rules; the refusals shared with other areas are core.
  travaux: {
    handlers: { ...coreHandlers, ...worksHandlers },
    messages: { ...coreMessages, ...worksMessages },
  },
} as const;

const dir = join(process.cwd(), 'content', 'scenarios');
const scenarios = readdirSync(dir)
  .filter((file) => /\.ya?ml$/.test(file))
  .map((file) => parse(readFileSync(join(dir, file), 'utf8')) as ScenarioData & { steps: { screen: string }[] });

/** The area whose island hosts the scenario (see Simulation.astro); null when it needs both. */
function areaOf(scenario: (typeof scenarios)[number]): keyof typeof AREAS | null {
  // As Simulation.astro: help scenarios (aide/… screens, plus the mailbox) get the help island.
  if (scenario.steps.some((step) => step.screen.startsWith('aide/')) && scenario.steps.every((step) => step.screen.startsWith('aide/') || step.screen.startsWith('compte/messagerie'))) return 'aide';
  const areaOfScreen = (screen: string) =>
    screen.startsWith('factures/') ? 'factures' : screen.startsWith('valider/') ? 'valider' : screen.startsWith('travaux/') ? 'travaux' : 'compte';
  const areas = new Set(scenario.steps.map((step) => areaOfScreen(step.screen)));
  return areas.size === 1 ? ([...areas][0] as keyof typeof AREAS) : null;
}

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

describe('simulator areas', () => {
  it('partition the handlers and the messages', () => {
    const handlerKeys = [...Object.keys(coreHandlers), ...Object.keys(accountHandlers), ...Object.keys(invoiceHandlers), ...Object.keys(validationHandlers), ...Object.keys(helpHandlers), ...Object.keys(worksHandlers)];
    expect(new Set(handlerKeys).size).toBe(handlerKeys.length);
    expect(handlerKeys.sort()).toEqual(Object.keys(allHandlers).sort());
    const messageKeys = [...Object.keys(coreMessages), ...Object.keys(accountMessages), ...Object.keys(invoiceMessages), ...Object.keys(validationMessages), ...Object.keys(helpMessages), ...Object.keys(worksMessages)];
    expect(new Set(messageKeys).size).toBe(messageKeys.length);
    expect(messageKeys.sort()).toEqual([...MESSAGE_CODES].sort());
  });

  it('every scenario runs on one area or is hosted by the full island', () => {
    expect(scenarios.length).toBeGreaterThan(10);
    const hosted = scenarios.map((s) => [s.id, areaOf(s)]);
    expect(hosted.filter(([, area]) => area === 'factures').length).toBeGreaterThan(0);
    expect(hosted.filter(([, area]) => area === 'compte').length).toBeGreaterThan(0);
    expect(hosted.filter(([, area]) => area === 'valider').length).toBeGreaterThan(0);
    expect(hosted.filter(([, area]) => area === 'aide').length).toBeGreaterThan(0);
  });

  for (const scenario of scenarios) {
    const area = areaOf(scenario);
    if (!area) continue;
    it(`${scenario.id}: its events and their wrong variants stay within the « ${area} » area`, () => {
      const { handlers, messages } = AREAS[area];
      const produced = new Set<IssueCode>();
      let world: World = startWorld(scenario);
      for (const step of scenario.steps) {
        if (!step.event) continue;
        const event = resolveEvent(world, step.event as Event);
        expect(Object.keys(handlers), `${scenario.id}: ${event.type} is handled in its area`).toContain(event.type);
        for (const variant of variants(event)) for (const found of transition(world, variant).issues) produced.add(found.code);
        const outcome = act(world, event);
        if (outcome.issues.length === 0) world = outcome.world;
      }
      // The wrong variants do reach the rules (a check over no refusal would prove nothing).
      expect(produced.size, `${scenario.id}: its wrong variants are refused`).toBeGreaterThan(0);
      const missing = [...produced].filter((code) => !(code in messages));
      expect(missing, `${scenario.id}: issue codes without a message in the « ${area} » area`).toEqual([]);
    });
  }
});
