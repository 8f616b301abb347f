/**
 * The « fiche identité du marché » (`travaux/fiche`, facts §4.6): for each marché of the user, who deposits
 * which cadre and to whom, with which SIRET, engagement and code service. A table with its caption and
 * headers, from the simulator's `ficheIdentite` query.
 */
import { currentUser } from '../../../domain/simulator/queries';
import { contractsForUser, ficheIdentite } from '../../../domain/simulator/queries-works';
import type { ScreenProps } from '../types';
import { fr, roleWord, TravauxTabs } from './ui';
import { Block, formatSiret, NeedsLogin, Notice, Screen } from '../kit';

export function TravauxFicheScreen(props: ScreenProps) {
  const user = currentUser(props.world);
  if (!user) return <NeedsLogin props={props} />;
  const contracts = contractsForUser(props.world, user.id);
  return (
    <Screen props={props} label="Fiche identité du marché">
      <TravauxTabs props={props} current="travaux/fiche" />
      {contracts.length === 0 && <Notice>{fr('Aucune de vos structures n’est acteur d’un marché de travaux.')}</Notice>}
      {contracts.map((contract) => (
        <Block key={contract.id} title={`Marché ${contract.numero}`}>
          <p>{fr(`${contract.objet} — ${contract.moe ? 'avec maîtrise d’œuvre' : 'sans maîtrise d’œuvre'}.`)}</p>
          <div class="cpa-table-wrap">
            <table class="cpa-table">
              <caption>{fr(`Fiche identité du marché ${contract.numero} : qui dépose quoi, et vers qui`)}</caption>
              <thead>
                <tr>
                  <th scope="col">Rôle</th>
                  <th scope="col">Structure</th>
                  <th scope="col">SIRET</th>
                  <th scope="col">Code service</th>
                  <th scope="col">{fr('Numéro d’engagement')}</th>
                  <th scope="col">{fr('Cadres déposés → destinataire')}</th>
                </tr>
              </thead>
              <tbody>
                {ficheIdentite(props.world, contract.id).map((row) => (
                  <tr key={`${row.role}-${row.siret}`}>
                    <th scope="row">{fr(row.roleLabel + (row.paiementDirect === null ? '' : row.paiementDirect ? ', paiement direct' : ', sans paiement direct'))}</th>
                    <td>{fr(row.name)}</td>
                    <td>{formatSiret(row.siret)}</td>
                    <td>{row.codeService || '—'}</td>
                    <td>{row.engagement || '—'}</td>
                    <td>{row.sendsTo.length === 0 ? fr('aucun : reçoit les pièces à payer') : fr(row.sendsTo.map((s) => `${s.cadre} → ${roleWord(s.to)}`).join(' ; '))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Block>
      ))}
    </Screen>
  );
}
