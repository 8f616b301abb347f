/** Small helpers shared by the simulator tests. */
import { expect } from 'vitest';
import type { Event } from '../../../../src/domain/simulator/events';
import { invariants } from '../../../../src/domain/simulator/invariants';
import type { World } from '../../../../src/domain/simulator/model';
import { loginAs, PEOPLE } from '../../../../src/domain/simulator/fixtures';
import { transition } from '../../../../src/domain/simulator';

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
