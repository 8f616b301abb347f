/** Small helpers shared by the simulator tests. */
import { expect } from 'vitest';
import type { Event } from '../../../../src/domain/simulator/events';
import { invariants } from '../../../../src/domain/simulator/invariants';
import type { World } from '../../../../src/domain/simulator/model';
import { loginAs, PEOPLE } from '../../../../src/domain/simulator/fixtures';
import { can, message, transition } from '../../../../src/domain/simulator';

/** Applies an event that must succeed, and checks the world stays sound. */
export function ok(world: World, event: Event): World {
  const result = transition(world, event);
  expect(result.issues).toEqual([]);
  expect(invariants(result.world)).toEqual([]);
  return result.world;
}

/** Applies an event that must be refused; returns the issue codes, after checking the world did not change. */
export function refused(world: World, event: Event): string[] {
  const result = transition(world, event);
  expect(result.issues.length).toBeGreaterThan(0);
  expect(result.world).toBe(world);
  return result.issues.map((found) => found.code);
}

/** The world with one of the fixtures' people logged in. */
export function as(world: World, who: keyof typeof PEOPLE): World {
  return loginAs(world, PEOPLE[who]);
}

/** Claire Durand's written request to the support about an unpaid invoice, with `overrides`. */
export function ticket(overrides: Partial<Extract<Event, { type: 'help.ticketSubmit' }>> = {}): Event {
  return {
    type: 'help.ticketSubmit',
    category: 'facture',
    subCategory: 'traitement',
    email: 'claire.durand@menuiserie-durand.example',
    title: 'Facture FA-2026-001 : virement non reçu',
    description: 'La facture FA-2026-001 est mise en paiement depuis trois semaines ; le virement n’est pas arrivé.',
    captcha: '7',
    ...overrides,
  };
}

/** An event built from the world it applies to (to reuse a real token, code or id some of the time). */
export type Template = (world: World) => Event;

/**
 * Runs templates from `start`, checking each step: `can` agrees with `transition`, a refusal leaves the very
 * same world (but a refused login, which counts the failed attempt), its messages are whole, the invariants
 * hold. Returns the concrete events and the final world.
 */
export function explore(start: World, templates: readonly Template[]): { events: Event[]; world: World } {
  let world = start;
  const events: Event[] = [];
  for (const make of templates) {
    const event = make(world);
    events.push(event);
    const result = transition(world, event);
    expect(can(world, event).ok).toBe(result.issues.length === 0);
    if (result.issues.length > 0 && event.type !== 'session.login') expect(result.world).toBe(world);
    for (const found of result.issues) expect(message(found)).not.toMatch(/undefined|NaN/);
    expect(invariants(result.world)).toEqual([]);
    world = result.world;
  }
  return { events, world };
}
