import { describe, expect, it } from 'vitest';
import { AGENT_HOURS, agentAvailable, CAPTCHA, categoryLabel, ROUTING_LABELS, routingOf, TICKET_CATEGORIES } from '../../../../src/domain/help/support';
import { minutesFromIso } from '../../../../src/domain/simulator/rules/dates';

/** 2026-03-09 is a Monday, 2026-03-13 a Friday, 2026-03-14 and 15 the weekend. */
const at = (iso: string) => minutesFromIso(iso);

describe('the live agent answers on working days, 8:30 to 18:30', () => {
  it.each([
    ['2026-03-09T08:29', false],
    ['2026-03-09T08:30', true],
    ['2026-03-09T12:00', true],
    ['2026-03-09T18:29', true],
    ['2026-03-09T18:30', false],
    ['2026-03-09T23:59', false],
    ['2026-03-10T00:00', false],
    ['2026-03-13T08:30', true],
    ['2026-03-13T18:29', true],
    ['2026-03-14T10:00', false],
    ['2026-03-15T10:00', false],
    ['2026-03-16T08:30', true],
  ] as const)('%s → %s', (iso, open) => {
    expect(agentAvailable(at(iso))).toBe(open);
  });

  it('states the hours it applies in minutes of the day', () => {
    expect(AGENT_HOURS).toEqual({ from: 510, to: 1110 });
  });

  it('is closed every minute of a weekend and open every minute of a weekday’s hours', () => {
    const saturday = at('2026-03-14T00:00');
    for (let minute = 0; minute < 2 * 1440; minute += 1) expect(agentAvailable(saturday + minute)).toBe(false);
    const monday = at('2026-03-16T00:00');
    const open = Array.from({ length: 1440 }, (_, minute) => agentAvailable(monday + minute)).filter(Boolean).length;
    expect(open).toBe(AGENT_HOURS.to - AGENT_HOURS.from);
  });
});

describe('ticket categories and where they go', () => {
  it('route each category / sub-category pair of the table', () => {
    const table = Object.entries(TICKET_CATEGORIES).flatMap(([category, { sub }]) =>
      Object.entries(sub).map(([subCategory, { routing }]) => `${category}/${subCategory} → ${routing}`),
    );
    expect(table).toEqual([
      'compte/activation → support',
      'compte/motDePasse → support',
      'compte/connexion → support',
      'structure/creation → support',
      'structure/rattachement → support',
      'structure/structurePublique → support',
      'facture/depot → support',
      'facture/traitement → serviceMetier',
      'facture/travaux → support',
    ]);
  });

  it('send a payment question to the public structure, a technical one to the support', () => {
    expect(routingOf('facture', 'traitement')).toBe('serviceMetier');
    expect(routingOf('facture', 'depot')).toBe('support');
  });

  it('know no pair outside the table, nor a sub-category under another category', () => {
    expect(routingOf('facture', 'activation')).toBeNull();
    expect(routingOf('inconnue', 'depot')).toBeNull();
    expect(routingOf('', '')).toBeNull();
    expect(routingOf('facture', 'toString')).toBeNull();
    expect(routingOf('constructor', 'name')).toBeNull();
  });

  it('label every category, sub-category and routing in French', () => {
    for (const { label, sub } of Object.values(TICKET_CATEGORIES)) {
      expect(label).toMatch(/^[A-ZÉ]/);
      for (const entry of Object.values(sub)) expect(entry.label).toMatch(/^[A-ZÉ]/);
    }
    expect(Object.keys(ROUTING_LABELS).sort()).toEqual(['serviceMetier', 'support']);
  });
});

describe('categoryLabel', () => {
  it('joins the category and sub-category labels, and gives nothing for a pair outside the table', () => {
    expect(categoryLabel('facture', 'traitement')).toBe("Factures — Traitement ou paiement d'une facture");
    expect(categoryLabel('facture', 'activation')).toBe('');
    expect(categoryLabel('constructor', 'name')).toBe('');
  });
});

describe('the simulated captcha', () => {
  it('says it is simulated and has a fixed answer', () => {
    expect(CAPTCHA.question).toContain('captcha simulé');
    expect(CAPTCHA.answer).toBe('7');
  });
});
