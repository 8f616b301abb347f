import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { simulationEmbeds } from '../../../src/schemas/check-references';
import { scenarioSchema, validateScenarios } from '../../../src/schemas/scenario';

const FIXTURES = join(import.meta.dirname, '../../fixtures/scenarios');
const fixture = (name: string) => ({ file: name, name: name.replace(/^.*\//, '').replace('.yaml', ''), data: parse(readFileSync(join(FIXTURES, name), 'utf8')) });
const course = { modules: [{ id: 'm-factures', lessons: [{ id: 'l-saisir' }] }] };
const report = (files: ReturnType<typeof fixture>[]) =>
  validateScenarios(files, course).problems.map((p) => `${p.file} › ${p.path}: ${p.message}${p.hint ? ` (hint: ${p.hint})` : ''}`);

describe('scenario schema', () => {
  it('accepts a valid scenario, fills the defaults and replays it to its goal', () => {
    const { problems, scenarios } = validateScenarios([fixture('valid/s-depot.yaml')], course);
    expect(problems).toEqual([]);
    expect(scenarios[0]).toMatchObject({ hints: [], success: 'Bravo : l’objectif de l’exercice est atteint.', publicMoves: [{ after: 60 }] });
    expect(scenarioSchema.parse(fixture('valid/s-depot.yaml').data).start.setup).toHaveLength(1);
  });

  it('reports schema errors with their field: unknown keys, event types, statuses, screens, public moves', () => {
    expect(report([fixture('invalid/s-schema.yaml')])).toMatchInlineSnapshot(`
      [
        "invalid/s-schema.yaml › title: Too small: expected string to have >=1 characters",
        "invalid/s-schema.yaml › start.setup[0].type: must be one of the event types: clock.advance, account.create, account.activate, account.resendActivation, session.login, session.verifyCode, session.resendCode, session.logout, session.dismissPopup, structure.create, rattachement.request, rattachement.validate, rattachement.refuse, service.create, service.setActive, bank.add, espace.open, espace.subscribe, invoice.save, invoice.delete, invoice.submit, invoice.cancelSubmit, invoice.confirm, invoice.recycle, invoice.complete, invoice.acknowledge, invoice.handleRejection, public.advance, public.recycle, public.suspend, public.reject, invoice.search, validation.validate, validation.refuse, help.ask, help.agent, help.ticketSubmit, help.ticketClose, works.deposit, works.depositNext, works.validate, public.worksMoa, public.worksPay, works.consult",
        "invalid/s-schema.yaml › goal[0].status[0]: Invalid option: expected one of "BROUILLON"|"DEPOSEE"|"EN_COURS_ACHEMINEMENT"|"MISE_A_DISPOSITION"|"A_RECYCLER"|"SUSPENDUE"|"COMPLETEE"|"REJETEE"|"SERVICE_FAIT"|"MANDATEE"|"MISE_A_DISPOSITION_COMPTABLE"|"COMPTABILISEE"|"MISE_EN_PAIEMENT"|"A_VALIDER_1"|"VALIDEE_1"|"REFUSEE_1"|"ABSENCE_VALIDATION_1_HORS_DELAI"",
        "invalid/s-schema.yaml › steps[0].screen: must be a screen id such as "factures/synthese"",
        "invalid/s-schema.yaml › publicMoves[0].event: a public move must be a public.* event",
        "invalid/s-schema.yaml › (root): Unrecognized key: "couleur" (hint: remove it or fix its spelling (see src/schemas/scenario.ts for the fields))",
      ]
    `);
  });

  it('reports a wrong file name, unknown module, duplicate step ids and an impossible goal (replay)', () => {
    expect(report([{ ...fixture('invalid/s-impossible.yaml'), name: 's-autre-nom' }])).toMatchInlineSnapshot(`
      [
        "invalid/s-impossible.yaml › id: scenario id "s-impossible" differs from the file name "s-autre-nom" (hint: rename the file to s-impossible.yaml or set id: s-autre-nom)",
        "invalid/s-impossible.yaml › module: unknown module "m-inconnu" (hint: modules in course.yaml: m-factures)",
        "invalid/s-impossible.yaml › steps[1].id: duplicate step id "a"",
        "invalid/s-impossible.yaml › steps[0].event: step "a" is refused: Cette facture est introuvable. (hint: replaying the start and the expected steps in the simulator must reach the goal)",
        "invalid/s-impossible.yaml › goal[0]: the expected steps do not reach this condition (invoice) (hint: replaying the start and the expected steps in the simulator must reach the goal)",
      ]
    `);
  });

  it('finds the <Simulation> embeds of a lesson with their mode', () => {
    expect(simulationEmbeds('a\n<Simulation scenario="x" mode="demonstration" />\n<Simulation mode="evaluation" scenario=\'y\'/>')).toEqual([
      { scenario: 'x', mode: 'demonstration' },
      { scenario: 'y', mode: 'evaluation' },
    ]);
  });
});
