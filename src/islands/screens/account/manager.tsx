/**
 * « Activités du gestionnaire »: « Mes structures » (`gestion/accueil`), « Modification de la structure »
 * with its services, coordonnées bancaires and espaces (`gestion/structure`), « Ajouter des espaces »
 * (`gestion/espaces`) and the rattachement requests to decide (`gestion/demandes`).
 */
import { useState } from 'preact/hooks';
import { ESPACE_LABELS, ESPACES, ROLE_LABELS, structuresOf, type EspaceId, type World } from '../../../domain/simulator/core';
import { Actions, Block, Button, CheckField, demoEvent, Fact, Facts, Form, formatSiret, fr, GeneralErrors, Notice, refusalOf, Screen, useFieldIds , loggedIn, type LoggedInProps } from '../kit';
import type { ScreenProps } from '../types';
import { BankAccounts, Services } from './structure-blocks';

// The four screens of the espace load together, in this module's chunk (see index.ts).
export { ManagerHomeScreen } from './manager-home';
export { RequestsScreen } from './requests';

/** « Prénom Nom » of a user, or the id. */
export function userName(world: World, userId: string): string {
  const user = world.users[userId];
  return user ? `${user.firstName} ${user.lastName}` : userId;
}

/** The structure of the screen: `params.siret`, or the only structure the user manages. */
function managedSiret(props: ScreenProps, userId: string): string {
  const given = props.params['siret'];
  if (given) return given;
  const managed = structuresOf(props.world, userId).filter((m) => m.role === 'gestionnairePrincipal');
  return managed[0]?.structure.siret ?? '';
}

/** `gestion/structure`: « Modification de la structure ». */
export const StructureScreen = loggedIn(function StructureScreen({ user, ...props }: LoggedInProps) {
  const { world, params } = props;
  const siret = managedSiret(props, user.id);
  const structure = world.structures[siret];
  if (!structure) {
    return (
      <Screen props={props} label="Modification de la structure">
        <p>{fr('Aucune structure à gérer : créez d\u2019abord la structure de votre entreprise.')}</p>
        <Button to="gestion/accueil">Retour à Mes structures</Button>
      </Screen>
    );
  }
  const company = world.companies[siret];
  return (
    <Screen props={props} label="Modification de la structure">
      {params['info'] && <Notice>{fr(params['info'])}</Notice>}
      <Block title="Informations de la structure">
        <Facts>
          <Fact term="SIRET">{formatSiret(siret)}</Fact>
          <Fact term="Raison sociale">{structure.raisonSociale}</Fact>
          {company && <Fact term="Adresse">{company.address}</Fact>}
          <Fact term="Utilisateurs rattachés">
            {structure.members.map((m) => `${userName(world, m.userId)} (${ROLE_LABELS[m.role].toLowerCase()})`).join(', ')}
          </Fact>
        </Facts>
      </Block>
      <Services props={props} siret={siret} />
      <BankAccounts props={props} siret={siret} />
      <Block title="Liste des espaces de la structure">
        {structure.espaces.length === 0 ? (
          <p>{fr('Aucun espace ouvert en plus de « Mon compte » et « Activités du gestionnaire ».')}</p>
        ) : (
          <ul>
            {structure.espaces.map((espace) => (
              <li key={espace}>{ESPACE_LABELS[espace]}</li>
            ))}
          </ul>
        )}
        <Actions>
          <Button variant="primary" to="gestion/espaces" params={{ siret }}>Ajouter des espaces</Button>
          <Button variant="link" to="gestion/accueil">Retour à Mes structures</Button>
        </Actions>
      </Block>
    </Screen>
  );
});

/** `gestion/espaces`: « Ajouter des espaces » — tick, then « Valider ». */
export const EspacesScreen = loggedIn(function EspacesScreen({ user, ...props }: LoggedInProps) {
  const { world } = props;
  const ids = useFieldIds(ESPACES);
  const shown = demoEvent(props.params, 'espace.open');
  const [ticked, setTicked] = useState<EspaceId[]>(shown ? [shown.espace] : []);
  const [errors, setErrors] = useState<string[]>([]);
  const siret = managedSiret(props, user.id);
  const name = world.structures[siret]?.raisonSociale ?? siret;
  const validate = () => {
    const refused: string[] = [];
    for (const espace of ticked) refused.push(...refusalOf(props.dispatch({ type: 'espace.open', siret, espace })));
    setErrors(refused);
    if (refused.length === 0) {
      const labels = ticked.map((espace) => `« ${ESPACE_LABELS[espace]} »`).join(', ');
      props.navigate('gestion/structure', {
        siret,
        info: `Espace(s) ${labels} ouvert(s) sur la structure. Chaque utilisateur doit maintenant s'y abonner (Mon compte, « Ajouter un abonnement »), puis se déconnecter et se reconnecter.`,
      });
    }
  };
  return (
    <Screen props={props} label="Ajouter des espaces">
      <Block title={`Ajouter des espaces — ${name}`}>
        <Form onSubmit={validate} label="Ajouter des espaces">
          <GeneralErrors messages={errors} />
          {ESPACES.map((espace) => {
            const verdict = props.check({ type: 'espace.open', siret, espace });
            const open = world.structures[siret]?.espaces.includes(espace) ?? false;
            return (
              <CheckField
                key={espace}
                id={ids[espace]}
                label={ESPACE_LABELS[espace]}
                checked={open || ticked.includes(espace)}
                onChange={(on) => setTicked((list) => (on ? [...list, espace] : list.filter((e) => e !== espace)))}
                disabledReason={verdict.ok ? undefined : verdict.reasons.join(' ')}
              />
            );
          })}
          <Actions>
            <Button
              type="submit"
              variant="primary"
              verdict={ticked.length === 0 ? { ok: false, reasons: ['Cochez au moins un espace à ajouter.'] } : { ok: true }}
            >
              Valider
            </Button>
            <Button variant="link" to="gestion/structure" params={{ siret }}>Annuler</Button>
          </Actions>
        </Form>
      </Block>
    </Screen>
  );
});

