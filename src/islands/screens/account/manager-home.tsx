/** `gestion/accueil`: « Activités du gestionnaire » — « Mes structures » and the count of requests waiting. */
import { requestsToDecide, ROLE_LABELS, structuresOf } from '../../../domain/simulator/core';
import { Actions, Block, Button, DataTable, formatSiret, fr, Notice, Screen , loggedIn, type LoggedInProps } from '../kit';

export const ManagerHomeScreen = loggedIn(function ManagerHomeScreen({ user, ...props }: LoggedInProps) {
  const { world, params } = props;
  const memberships = structuresOf(world, user.id);
  const waiting = requestsToDecide(world, user.id);
  return (
    <Screen props={props} label="Activités du gestionnaire">
      {params['info'] && <Notice>{fr(params['info'])}</Notice>}
      <Block title="Mes structures">
        <DataTable
          empty={'Vous n\u2019êtes rattaché à aucune structure.'}
          caption="Mes structures"
          rows={memberships}
          rowKey={(m) => m.structure.siret}
          columns={[
            { header: 'SIRET', cell: (m) => formatSiret(m.structure.siret) },
            { header: 'Raison sociale', cell: (m) => m.structure.raisonSociale },
            { header: 'Mon rôle', cell: (m) => ROLE_LABELS[m.role] },
            {
              header: 'Action',
              cell: ({ structure, role }) => (
                <Button
                  name={`Modifier la structure ${structure.siret}`}
                  verdict={role === 'gestionnairePrincipal' ? { ok: true } : { ok: false, reasons: ['Réservé au gestionnaire principal.'] }}
                  to="gestion/structure" params={{ siret: structure.siret }}
                >
                  Modifier
                </Button>
              ),
            },
          ]}
        />
      </Block>
      <Block title="Demandes de rattachement">
        <p>{fr(waiting.length === 0 ? 'Aucune demande en attente de validation.' : `${waiting.length} demande(s) en attente de validation.`)}</p>
        <Button variant="primary" to="gestion/demandes">Traiter les demandes de rattachement</Button>
      </Block>
      <Actions>
        <Button variant="link" to="compte/mon-compte">Retour à Mon compte</Button>
      </Actions>
    </Screen>
  );
});

