import { expect, type Locator, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { frenchSpacing } from '../../src/domain/text/typography';
import { tabTo } from './support';
import { test } from './sim-support';

/**
 * Module 2 simulations (accounts, structures, gestionnaire), completed with the keyboard alone: Tab to a control
 * found by its role or label, type, Enter or Space. No mouse, no CSS selectors, no sleeps.
 */

const PAUL = { loginEmail: 'paul.martin@plomberie-martin.example', password: 'Siphon!Robinet9' };

/** Where each scenario is embedded (lesson page) and in which mode. */
const EMBEDS = {
  'm2-sim-compte': 'm2-creer-son-compte',
  'm2-demo-structure': 'm2-creer-sa-structure',
  'm2-sim-structure': 'm2-creer-sa-structure',
  'm2-sim-rattachement': 'm2-rattachements',
  'm2-sim-banque': 'm2-coordonnees-bancaires',
  'm2-sim-service': 'm2-espaces-services',
  'm2-sim-espace': 'm2-espaces-services',
} as const;
type ScenarioId = keyof typeof EMBEDS;

const TITLES: Record<string, string> = Object.fromEntries(
  readdirSync(join(process.cwd(), 'content', 'scenarios'))
    .filter((file) => file.startsWith('m2-'))
    .map((file) => {
      const data = parse(readFileSync(join(process.cwd(), 'content', 'scenarios', file), 'utf8')) as { id: string; title: string };
      return [data.id, data.title];
    }),
);

/** The simulation's region on its lesson page. */
function region(page: Page, id: ScenarioId): Locator {
  // The region is named by the scenario title followed by its mode.
  const title = frenchSpacing(TITLES[id] ?? id).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Any kind of space (the title carries French no-break spaces) matches any other.
  // A scenario shown both as a démonstration and as an exercise on one page: the exercise (démonstration-only
  // scenarios have their single region).
  return page.getByRole('region', { name: new RegExp(`^${title.replace(/[ \u00a0\u202f]+/g, '\\s+')}\\s+\\((exercice|démonstration)\\)$`) }).last();
}

/**
 * Opens the lesson that embeds the scenario, waits for the simulation to hydrate, and puts the keyboard focus
 * at its start (as the skip links of the frame would), so that Tab walks through its controls.
 */
async function open(page: Page, id: ScenarioId): Promise<Locator> {
  await page.goto(`lecons/${EMBEDS[id]}.html`);
  const sim = region(page, id);
  await sim.scrollIntoViewIfNeeded();
  await expect(sim).toHaveAttribute('data-ready', 'true', { timeout: 15_000 });
  await sim.getByRole('button', { name: 'Recommencer l’exercice' }).focus();
  return sim;
}

/** The frame says the goal is reached. */
async function expectSuccess(sim: Locator) {
  await expect(sim.getByRole('status').filter({ hasText: 'l’objectif de l’exercice est atteint' })).toBeVisible();
}

/** Tab to a control and press a key on it. */
async function press(page: Page, target: Locator, key: 'Enter' | 'Space' = 'Enter') {
  await expect(target).toHaveCount(1);
  await tabTo(page, target);
  await page.keyboard.press(key);
}

/** Tab to a field and type into it. */
async function fill(page: Page, target: Locator, value: string) {
  await expect(target).toHaveCount(1);
  await tabTo(page, target);
  await page.keyboard.type(value);
}

const button = (sim: Locator, name: string) => sim.getByRole('button', { name, exact: true });

async function toStructure(page: Page, sim: Locator) {
  await press(page, button(sim, 'Activités du gestionnaire'));
  await press(page, button(sim, 'Modifier la structure 81234567600017'));
  await expect(sim.getByRole('heading', { name: 'Liste des espaces de la structure' })).toBeVisible();
}

async function createStructure(page: Page, sim: Locator, siret: string) {
  await press(page, button(sim, 'Créer ma structure'));
  await fill(page, sim.getByLabel('Identifiant (SIRET)'), siret);
  await press(page, button(sim, 'Créer ma structure'));
}

test.describe('module 2 simulations, keyboard only', () => {
  // Tabbing through whole screens, as a keyboard user does, takes longer than a click.
  test.describe.configure({ timeout: 90_000 });

  test('m2-sim-compte: create the account, activate it from the mailbox, log in with the code', async ({ page }) => {
    const sim = await open(page, 'm2-sim-compte');
    await press(page, button(sim, 'Créer un compte'));
    await fill(page, sim.getByLabel('Adresse de connexion'), PAUL.loginEmail);
    await fill(page, sim.getByLabel('Prénom'), 'Paul');
    await fill(page, sim.getByLabel('Nom', { exact: true }), 'Martin');
    await expect(sim.getByLabel('Adresse de contact')).toHaveValue(PAUL.loginEmail);
    await fill(page, sim.getByLabel('Mot de passe', { exact: true }), PAUL.password);
    await fill(page, sim.getByLabel('Confirmation du mot de passe'), PAUL.password);
    await press(page, sim.getByRole('checkbox', { name: /J’accepte les conditions/ }), 'Space');
    await press(page, button(sim, 'Créer mon compte'));
    await press(page, button(sim, 'Ouvrir ma messagerie'));
    await press(page, button(sim, 'Activer mon compte').first());
    await expect(sim.getByRole('status').filter({ hasText: 'Votre compte est activé' })).toBeVisible();
    await press(page, button(sim, 'Aller à la page de connexion'));
    await fill(page, sim.getByLabel('Adresse de connexion'), PAUL.loginEmail);
    await fill(page, sim.getByLabel('Mot de passe', { exact: true }), PAUL.password);
    await page.keyboard.press('Enter');
    await press(page, button(sim, 'Ouvrir ma messagerie'));
    const code = (await sim.getByText(/^\d{6}$/).first().textContent()) ?? '';
    await press(page, button(sim, 'Retour au portail'));
    await fill(page, sim.getByLabel('Code de vérification'), code);
    await page.keyboard.press('Enter');
    await expect(sim.getByRole('heading', { name: 'Mes informations personnelles' })).toBeVisible();
    await expectSuccess(sim);
  });

  test('m2-sim-compte: a weak password is refused with every unmet rule tied to the field, focused', async ({ page }) => {
    const sim = await open(page, 'm2-sim-compte');
    await press(page, button(sim, 'Créer un compte'));
    await fill(page, sim.getByLabel('Mot de passe', { exact: true }), 'court');
    await press(page, button(sim, 'Créer mon compte'));
    const login = sim.getByLabel('Adresse de connexion');
    await expect(login).toBeFocused();
    await expect(login).toHaveAttribute('aria-invalid', 'true');
    await expect(sim.getByLabel('Mot de passe', { exact: true })).toHaveAccessibleDescription(/12\scaractères au moins.*doit contenir au moins 12\scaractères.*au moins une majuscule/s);
  });

  test('m2-sim-structure: a wrong SIRET shows the checksum message on the field, then the structure and a second SIRET', async ({ page }) => {
    const sim = await open(page, 'm2-sim-structure');
    await createStructure(page, sim, '81234567600018');
    const siret = sim.getByLabel('Identifiant (SIRET)');
    await expect(siret).toBeFocused();
    await expect(siret).toHaveAttribute('aria-invalid', 'true');
    await expect(siret).toHaveAccessibleDescription(/Le SIRET saisi n’est pas valide\s: vérifiez les chiffres/);
    await siret.press('Control+a');
    await page.keyboard.type('81234567600017');
    await expect(sim.getByRole('status').filter({ hasText: 'base SIRENE' })).toContainText('Menuiserie Durand SARL');
    await press(page, button(sim, 'Créer ma structure'));
    await expect(sim.getByRole('status').filter({ hasText: 'gestionnaire principal' })).toBeVisible();
    await press(page, button(sim, 'Demande de rattachement'));
    await fill(page, sim.getByLabel('Raison sociale'), 'Menuiserie Durand');
    await page.keyboard.press('Enter');
    await expect(sim.getByLabel('Raison sociale')).toHaveAccessibleDescription(/Aucune structure trouvée/);
    await sim.getByLabel('Raison sociale').press('End');
    await page.keyboard.type(' SARL');
    await page.keyboard.press('Enter');
    await expect(sim.getByRole('checkbox', { name: 'Sélectionner Menuiserie Durand SARL (81234567600017)' })).toBeDisabled();
    await press(page, sim.getByRole('checkbox', { name: 'Sélectionner Menuiserie Durand SARL (81234567600025)' }), 'Space');
    await press(page, button(sim, 'Valider la demande'));
    await expect(sim.getByRole('cell', { name: 'Demande en attente de validation' })).toBeVisible();
    await expectSuccess(sim);
  });

  test('m2-sim-rattachement: the gestionnaire validates the pending request', async ({ page }) => {
    const sim = await open(page, 'm2-sim-rattachement');
    await press(page, button(sim, 'Activités du gestionnaire'));
    await press(page, button(sim, 'Traiter les demandes de rattachement'));
    await press(page, button(sim, 'Valider la demande de Julien Morel'));
    await expect(sim.getByRole('cell', { name: 'Validée' })).toBeVisible();
    await expectSuccess(sim);
  });

  test('m2-sim-banque: a wrong IBAN is refused on its field, the right one is saved', async ({ page }) => {
    const sim = await open(page, 'm2-sim-banque');
    await toStructure(page, sim);
    await fill(page, sim.getByLabel('Libellé du compte'), 'Compte principal');
    await fill(page, sim.getByLabel('Titulaire du compte'), 'Menuiserie Durand SARL');
    await fill(page, sim.getByLabel('IBAN', { exact: true }), 'FR76 3000 6000 0112 3456 7890 188');
    await page.keyboard.press('Enter');
    const iban = sim.getByLabel('IBAN', { exact: true });
    await expect(iban).toBeFocused();
    await expect(iban).toHaveAttribute('aria-invalid', 'true');
    await iban.press('Control+a');
    await page.keyboard.type('FR76 3000 6000 0112 3456 7890 189');
    await page.keyboard.press('Enter');
    await expect(sim.getByRole('cell', { name: 'FR76 3000 6000 0112 3456 7890 189' })).toBeVisible();
    await expectSuccess(sim);
  });

  test('m2-sim-service: the gestionnaire creates a service', async ({ page }) => {
    const sim = await open(page, 'm2-sim-service');
    await toStructure(page, sim);
    await fill(page, sim.getByLabel('Code service'), 'COMPTABILITE');
    await fill(page, sim.getByLabel('Libellé du service'), 'Comptabilité');
    await press(page, button(sim, 'Créer le service'));
    await expect(sim.getByRole('cell', { name: 'COMPTABILITE' })).toBeVisible();
    await expectSuccess(sim);
  });

  test('m2-sim-espace: the gestionnaire opens « Factures de travaux » (a manager-only espace), then subscribes to it', async ({ page }) => {
    const sim = await open(page, 'm2-sim-espace');
    await toStructure(page, sim);
    await press(page, button(sim, 'Ajouter des espaces'));
    await expect(button(sim, 'Valider')).toHaveAttribute('aria-disabled', 'true');
    await press(page, sim.getByRole('checkbox', { name: 'Factures de travaux' }), 'Space');
    await press(page, button(sim, 'Valider'));
    await expect(sim.getByRole('listitem').filter({ hasText: /^Factures de travaux$/ })).toBeVisible();
    await press(page, button(sim, 'Retour à Mes structures'));
    await press(page, button(sim, 'Retour à Mon compte'));
    await press(page, button(sim, 'Ajouter un abonnement'));
    await tabTo(page, sim.getByLabel('Espace', { exact: true }));
    await expect(sim.getByLabel('Espace', { exact: true })).toHaveValue('facturesEmises');
    await page.keyboard.press('ArrowDown');
    await expect(sim.getByLabel('Espace', { exact: true })).toHaveValue('facturesDeTravaux');
    await expect(sim.getByRole('radio', { name: 'Modification' })).toBeChecked();
    await press(page, button(sim, 'Valider l’abonnement'));
    await expect(sim.getByRole('cell', { name: 'Après reconnexion' })).toBeVisible();
    await expectSuccess(sim);
  });

  test('m2-demo-structure: the démonstration steps forward and back with the arrow keys', async ({ page }) => {
    await page.goto(`lecons/${EMBEDS['m2-demo-structure']}.html`);
    const sim = region(page, 'm2-demo-structure');
    await sim.scrollIntoViewIfNeeded();
    await expect(sim).toHaveAttribute('data-ready', 'true', { timeout: 15_000 });
    const steps = sim.getByRole('group', { name: /Étapes de la démonstration/ });
    await tabTo(page, steps);
    await expect(sim.getByText(/^Étape 1 sur 3/)).toBeVisible();
    await expect(button(sim, 'Créer ma structure')).toHaveAttribute('data-highlight', 'true');
    await page.keyboard.press('ArrowRight');
    await expect(sim.getByText(/^Étape 2 sur 3/)).toBeVisible();
    await expect(sim.getByLabel('Identifiant (SIRET)')).toHaveAttribute('data-highlight', 'true');
    await page.keyboard.press('ArrowRight');
    await expect(sim.getByText(/^Étape 3 sur 3/)).toBeVisible();
    await expect(sim.getByLabel('Identifiant (SIRET)')).toHaveValue('81234567600017');
    await expect(sim.getByRole('status').filter({ hasText: 'base SIRENE' })).toContainText('Menuiserie Durand SARL');
    await page.keyboard.press('ArrowLeft');
    await expect(sim.getByText(/^Étape 2 sur 3/)).toBeVisible();
    await expect(sim.getByLabel('Identifiant (SIRET)')).toBeDisabled();
  });
});

