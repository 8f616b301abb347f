/**
 * The Synthèse of « Factures à valider » (`valider/synthese`, facts §5): the invoices that wait for the
 * user's structure as valideur, and those already decided. Every exercise of the espace starts here, so this
 * screen comes with the page; the decision screens (screens.tsx) load when the learner opens an invoice.
 */
import { validationSynthese, type Invoice, type World } from '../../../domain/simulator/core';
import type { ScreenProps } from '../types';
import { numberOf } from '../invoices/ui';
import { invoiceColumns, InvoiceTable } from '../invoices/table';
import { Block, Button, espaceTabs, fr, Notice, Screen , loggedIn, type LoggedInProps } from '../kit';

const TABS = [{ screen: 'valider/synthese', label: 'Synthèse' }] as const;

/** The espace's tabs, on every screen of it: one tab, marked on all of them (every screen opens from the Synthèse). */
export const ValiderTabs = espaceTabs('Factures à valider', TABS, 'valider/synthese');

/** The supplier's name as the directory knows it, else its SIRET. */
export const supplierName = (world: World, invoice: Invoice) => world.companies[invoice.data.supplierSiret]?.raisonSociale ?? invoice.data.supplierSiret;
/** Whose invoice it is: a subcontractor's (A9) or a cotraitant's (A12). */
export const kindOf = (invoice: Invoice) => (invoice.data.cadre === 'A12' ? 'cotraitant' : 'sous-traitant');

function ValiderTable({ props, invoices, caption }: { props: ScreenProps; invoices: Invoice[]; caption: string }) {
  const { world } = props;
  const columns = invoiceColumns(world);
  const supplier = { header: 'Fournisseur', cell: (invoice: Invoice) => fr(`${supplierName(world, invoice)} (${kindOf(invoice)})`) };
  return (
    <InvoiceTable
      invoices={invoices}
      caption={caption}
      columns={[columns.numero, supplier, columns.cadre, columns.destinataire, columns.ttc, columns.statut]}
      actionsHeader="Actions"
      actions={(invoice) => (
        <Button name={`Ouvrir la facture n° ${numberOf(invoice)}`} to="valider/facture" params={{ invoiceId: invoice.id }}>Ouvrir</Button>
      )}
    />
  );
}

/** Step 1: the Synthèse lists what waits for the valideur. */
export const ValiderSyntheseScreen = loggedIn(function ValiderSyntheseScreen({ user, ...props }: LoggedInProps) {
  const { aValider, traitees } = validationSynthese(props.world, user.id);
  return (
    <Screen props={props} label="Factures à valider — Synthèse">
      <ValiderTabs props={props} />
      <Block title="Factures à valider">
        <p class="cpa-muted">{fr('Les factures de vos sous-traitants (A9) et cotraitants (A12) qui vous désignent comme valideur. Ouvrez-en une pour la vérifier.')}</p>
        {aValider.length === 0 ? <Notice>{fr('Aucune facture n’attend votre validation.')}</Notice> : <ValiderTable props={props} invoices={aValider} caption="Factures à valider" />}
      </Block>
      <Block title="Factures déjà traitées">
        {traitees.length === 0 ? <p class="cpa-muted">{fr('Aucune.')}</p> : <ValiderTable props={props} invoices={traitees} caption="Factures déjà traitées" />}
      </Block>
    </Screen>
  );
});
