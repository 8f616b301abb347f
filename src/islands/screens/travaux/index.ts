import { registerMessages } from '../../../domain/simulator/messages';
import { accountMessages } from '../../../domain/simulator/messages-account';
import { invoiceMessages } from '../../../domain/simulator/messages-invoice';
import { worksMessages } from '../../../domain/simulator/messages-works';
import { registerHandlers } from '../../../domain/simulator/transition';
import { registerTimeRule } from '../../../domain/simulator/transitions/clock';
import { worksHandlers, worksTimeRule } from '../../../domain/simulator/transitions/handlers-works';
import type { ScreenRegistry } from '../types';
import { TravauxConsulterScreen, TravauxContesterScreen } from './consulter';
import { TravauxDepotScreen, TravauxSuivanteScreen } from './depot';
import { TravauxDossierScreen } from './dossier';
import { TravauxFicheScreen } from './fiche';
import { TravauxRechercheScreen } from './recherche';
import { TravauxSyntheseScreen } from './synthese';

// The works rules only, with their time rule (routing of deposited pieces, tacit validation, réputé
// accepté: without it the clock refuses to move). Their checks share the account messages (access to the
// espace « Factures de travaux ») and the invoice ones (unknown cadre, amounts, attachments).
registerHandlers(worksHandlers);
registerTimeRule('works', worksTimeRule);
registerMessages({ ...accountMessages, ...invoiceMessages, ...worksMessages });

/** Screens of the « Factures de travaux » espace (`travaux/…`, module 4). */
export const travauxScreens: ScreenRegistry = {
  'travaux/synthese': { title: 'Synthèse', component: TravauxSyntheseScreen },
  'travaux/depot': { title: 'Déposer une pièce', component: TravauxDepotScreen },
  'travaux/consulter': { title: 'Consulter une pièce', component: TravauxConsulterScreen },
  'travaux/suivante': { title: 'Déposer la pièce de facturation suivante', component: TravauxSuivanteScreen },
  'travaux/contester': { title: 'Contester le montant révisé', component: TravauxContesterScreen },
  'travaux/dossier': { title: 'Dossier de facturation', component: TravauxDossierScreen },
  'travaux/fiche': { title: 'Fiche identité du marché', component: TravauxFicheScreen },
  'travaux/recherche': { title: 'Rechercher une pièce', component: TravauxRechercheScreen },
};

export const TRAVAUX_SCREEN_IDS = Object.keys(travauxScreens);
