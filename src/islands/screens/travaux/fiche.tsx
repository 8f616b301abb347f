/**
 * The « fiche identité du marché » (facts §4.6) as what it is: a document the actors of a marché de travaux
 * fill in together before the first deposit (a template is on the Communauté Chorus Pro), which the depositor
 * reads to know what to type: the SIRET and code service of the maître d'ouvrage, the maître d'œuvre's SIRET,
 * the numéro d'engagement, who deposits which cadre. It is not a screen of the portal: the deposit form shows
 * it folded, as a sheet of paper beside the form, one per marché of the user (from `ficheIdentite`).
 */
import type { World, UserId } from '../../../domain/simulator/model';
import { contractsForUser, ficheIdentite } from '../../../domain/simulator/queries-works';
import { formatSiret } from '../account/form';
import { fr } from './ui';

export function FicheDocuments({ world, userId }: { world: World; userId: UserId }) {
  const contracts = contractsForUser(world, userId);
  if (contracts.length === 0) return null;
  return (
    <div>
      {contracts.map((contract) => (
        <details key={contract.id} class="cpt-document">
          <summary>{fr(`Document : fiche identité du marché ${contract.numero}`)}</summary>
          <p class="cpt-document__lead">
            {fr(
              `Document de travail des acteurs du marché, hors Chorus Pro. ${contract.objet} — ${contract.moe ? 'avec maîtrise d’œuvre' : 'sans maîtrise d’œuvre'}. Numéro d’engagement : ${contract.moa.engagement}.`,
            )}
          </p>
          <div class="cpf-table-wrap">
            <table class="cpa-table">
              <caption>{fr(`Fiche identité du marché ${contract.numero} : les acteurs, et qui dépose quoi`)}</caption>
              <thead>
                <tr>
                  <th scope="col">Rôle</th>
                  <th scope="col">Structure</th>
                  <th scope="col">SIRET</th>
                  <th scope="col" class="cpt-nowrap">Code service</th>
                  <th scope="col">{fr('Cadres déposés')}</th>
                </tr>
              </thead>
              <tbody>
                {ficheIdentite(world, contract.id).map((row) => (
                  <tr key={`${row.role}-${row.siret}`}>
                    <th scope="row">{fr(row.roleLabel + (row.paiementDirect === null ? '' : row.paiementDirect ? ', paiement direct' : ', sans paiement direct'))}</th>
                    <td>{fr(row.name)}</td>
                    <td class="cpt-nowrap">{formatSiret(row.siret)}</td>
                    <td>{row.codeService || '—'}</td>
                    <td>{row.cadres.length === 0 ? fr('aucun : reçoit les pièces à payer') : row.cadres.join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ))}
    </div>
  );
}
