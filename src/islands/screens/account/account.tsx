/**
 * « Mon compte » and what starts from it: personal data, « Mes rattachements aux structures » with
 * « Demande de rattachement » (`compte/rattachement`) and « Créer ma structure » (`compte/structure-creation`),
 * « Mes abonnements aux espaces » with « Ajouter un abonnement » (`compte/abonnement`).
 */
import { useState } from 'preact/hooks';
import {
  compact,
  ESPACE_LABELS,
  ESPACES,
  RATTACHEMENT_STATUS_LABELS,
  requestsOf,
  ROLE_LABELS,
  searchStructures,
  structuresOf,
  type EspaceId,
  type Structure,
  type SubscriptionMode,
} from '../../../domain/simulator/core';
import { Actions, Block, Button, CheckField, DataTable, demoEvent, Fact, Facts, Form, formatSiret, fr, GeneralErrors, hasErrors, Notice, RadioGroup, refusalOf, Screen, SelectField, TextField, useForm, loggedIn, type LoggedInProps , usePlayer } from '../kit';

/** `compte/mon-compte`. */
export const MyAccountScreen = loggedIn(function MyAccountScreen({ user, ...props }: LoggedInProps) {
  const { world, params } = props;
  const memberships = structuresOf(world, user.id);
  const pending = requestsOf(world, user.id).filter((request) => request.status !== 'validee');
  const subscriptions = world.subscriptions.filter((s) => s.userId === user.id);
  const inMenu = (siret: string, espace: EspaceId) => world.session?.espaces.some((s) => s.siret === siret && s.espace === espace) ?? false;
  const waitingForReconnect = subscriptions.some((s) => !inMenu(s.siret, s.espace));
  const manages = memberships.some((m) => m.role === 'gestionnairePrincipal');
  const name = (siret: string) => world.structures[siret]?.raisonSociale ?? siret;
  // The structures the user belongs to, then the requests still waiting or refused.
  const attachments = [
    ...memberships.map(({ structure, role }) => ({ key: structure.siret, siret: structure.siret, name: structure.raisonSociale, status: ROLE_LABELS[role] })),
    ...pending.map((request) => ({
      key: request.id,
      siret: request.siret,
      name: name(request.siret),
      status: `Demande ${RATTACHEMENT_STATUS_LABELS[request.status].toLowerCase()}${request.reason ? ` (motif : ${request.reason})` : ''}`,
    })),
  ];

  return (
    <Screen props={props} label="Mon compte">
      {params['info'] && <Notice>{fr(params['info'])}</Notice>}
      <Actions>
        {manages && (
          <Button to="gestion/accueil">Activités du gestionnaire</Button>
        )}
        <Button to="compte/messagerie">Ouvrir ma messagerie</Button>
        <Button variant="link" onClick={() => props.dispatch({ type: 'session.logout' }).issues.length === 0 && props.navigate('compte/accueil')}>Se déconnecter</Button>
      </Actions>
      <Block title="Mes informations personnelles">
        <Facts>
          <Fact term="Prénom">{user.firstName}</Fact>
          <Fact term="Nom">{user.lastName}</Fact>
          <Fact term="Adresse de connexion">{user.loginEmail}</Fact>
          <Fact term="Adresse de contact">{user.contactEmail}</Fact>
        </Facts>
      </Block>
      <Block title="Mes rattachements aux structures">
        <DataTable
          empty="Vous n’êtes rattaché à aucune structure : créez celle de votre entreprise ou demandez à rejoindre une structure existante."
          caption="Mes rattachements aux structures"
          rows={attachments}
          rowKey={(row) => row.key}
          columns={[
            { header: 'SIRET', cell: (row) => formatSiret(row.siret) },
            { header: 'Raison sociale', cell: (row) => row.name },
            { header: 'Rôle ou statut', cell: (row) => fr(row.status) },
          ]}
        />
        <Actions>
          <Button variant="primary" to="compte/rattachement">Demande de rattachement</Button>
          <Button to="compte/structure-creation">Créer ma structure</Button>
        </Actions>
      </Block>
      <Block title="Mes abonnements aux espaces">
        <DataTable
          empty="Aucun abonnement : seuls « Mon compte » et, pour un gestionnaire, « Activités du gestionnaire » sont visibles."
          caption="Mes abonnements aux espaces"
          rows={subscriptions}
          rowKey={(s) => `${s.siret}-${s.espace}`}
          columns={[
            { header: 'Structure', cell: (s) => name(s.siret) },
            { header: 'Espace', cell: (s) => ESPACE_LABELS[s.espace] },
            { header: 'Mode', cell: (s) => (s.mode === 'modification' ? 'Modification' : 'Consultation') },
            { header: 'Dans le menu', cell: (s) => (inMenu(s.siret, s.espace) ? 'Oui' : fr('Après reconnexion')) },
          ]}
        />
        {waitingForReconnect && <p class="cpa-muted">{fr('Déconnectez-vous puis reconnectez-vous pour voir les nouveaux espaces dans le menu.')}</p>}
        <Actions>
          <Button variant="primary" to="compte/abonnement">Ajouter un abonnement</Button>
        </Actions>
      </Block>
    </Screen>
  );
});

const SEARCH_FIELDS = ['identifiant', 'raisonSociale'] as const;

/** `compte/rattachement`: « Demander un rattachement à une structure ». */
export const RattachementScreen = loggedIn(function RattachementScreen(props: LoggedInProps) {
  const { world } = props;
  const { message } = usePlayer();
  const form = useForm(props, SEARCH_FIELDS);
  const shown = demoEvent(props.params, 'rattachement.request');
  const [identifiant, setIdentifiant] = useState(shown?.siret ?? '');
  const [raisonSociale, setRaisonSociale] = useState('');
  const [results, setResults] = useState<string[] | null>(shown ? [shown.siret] : null);
  const [selected, setSelected] = useState<string[]>(shown ? [shown.siret] : []);
  const [sendErrors, setSendErrors] = useState<string[]>([]);

  const search = () => {
    // The portal searches one criterion: the identifiant when typed, otherwise the raison sociale.
    const field = identifiant.trim() !== '' || raisonSociale.trim() === '' ? 'identifiant' : 'raisonSociale';
    const found = searchStructures(world, field === 'identifiant' ? identifiant : raisonSociale);
    setSelected([]);
    setSendErrors([]);
    setResults(found.results.map((s: Structure) => s.siret));
    if (found.issues.length === 0) form.clear();
    else form.show({ fields: { [field]: found.issues.map((i) => message(i)) }, general: [] });
  };
  const send = () => {
    const refused: string[] = [];
    for (const siret of selected) refused.push(...refusalOf(props.dispatch({ type: 'rattachement.request', siret })));
    setSendErrors(refused);
    if (refused.length === 0) {
      const names = selected.map((siret) => world.structures[siret]?.raisonSociale ?? siret).join(', ');
      props.navigate('compte/mon-compte', { info: `Votre demande de rattachement (${names}) est envoyée au gestionnaire principal, qui doit la valider.` });
    }
  };
  const toggle = (siret: string, on: boolean) => setSelected((list) => (on ? [...list, siret] : list.filter((s) => s !== siret)));

  return (
    <Screen props={props} label="Demander un rattachement à une structure">
      <Block title="Rechercher une structure">
        <p>{fr('Recherchez par Identifiant (tout ou partie du SIRET, 3 chiffres au moins) ou par raison sociale (le nom complet et exact).')}</p>
        <Form onSubmit={search} label="Rechercher une structure" errors={form} submit="Rechercher" more={<Button variant="link" to="compte/mon-compte">Retour à Mon compte</Button>}>
          <TextField {...form.field('identifiant')} label="Identifiant (SIRET)" inputMode="numeric" value={identifiant} onInput={setIdentifiant} />
          <TextField {...form.field('raisonSociale')} label="Raison sociale" value={raisonSociale} onInput={setRaisonSociale} />
        </Form>
      </Block>
      {results !== null && results.length > 0 && (
        <Block title="Résultats de la recherche">
          <p role="status">{fr(`${results.length} structure(s) trouvée(s) : sélectionnez celles à rejoindre.`)}</p>
          {results.map((siret) => {
            const verdict = props.check({ type: 'rattachement.request', siret });
            return (
              <CheckField
                key={siret}
                id={`${form.idOf('identifiant')}-r-${siret}`}
                label={`Sélectionner ${world.structures[siret]?.raisonSociale ?? ''} (${siret})`}
                checked={selected.includes(siret)}
                onChange={(on) => toggle(siret, on)}
                disabledReason={verdict.ok ? undefined : verdict.reasons.join(' ')}
              />
            );
          })}
          <GeneralErrors messages={sendErrors} />
          <Actions>
            <Button
              variant="primary"
              verdict={selected.length === 0 ? { ok: false, reasons: ['Sélectionnez au moins une structure.'] } : { ok: true }}
              onClick={send}
            >
              Valider la demande
            </Button>
          </Actions>
        </Block>
      )}
    </Screen>
  );
});

const SUBSCRIBE_FIELDS = ['siret', 'espace', 'mode'] as const;

/** `compte/abonnement`: « Ajouter un abonnement ». */
export const SubscriptionScreen = loggedIn(function SubscriptionScreen({ user, ...props }: LoggedInProps) {
  const { world } = props;
  const form = useForm(props, SUBSCRIBE_FIELDS);
  const memberships = structuresOf(world, user.id);
  const shown = demoEvent(props.params, 'espace.subscribe');
  const [siret, setSiret] = useState(shown?.siret ?? memberships[0]?.structure.siret ?? '');
  const [espace, setEspace] = useState<EspaceId>(shown?.espace ?? 'facturesEmises');
  const [mode, setMode] = useState<SubscriptionMode>(shown?.mode ?? 'modification');
  const event = { type: 'espace.subscribe' as const, siret, espace, mode };
  const subscribe = () => {
    if (form.submit(event)) {
      props.navigate('compte/mon-compte', {
        info: `Abonnement à « ${ESPACE_LABELS[espace]} » ajouté. Déconnectez-vous puis reconnectez-vous pour voir l'espace dans le menu.`,
      });
    }
  };
  return (
    <Screen props={props} label="Ajouter un abonnement">
      <Block title="Ajouter un abonnement à un espace">
        {memberships.length === 0 ? (
          <p>{fr('Vous devez d\u2019abord être rattaché à une structure.')}</p>
        ) : (
          <Form onSubmit={subscribe} label="Ajouter un abonnement" errors={form}>
            <SelectField
              {...form.field('siret')}
              label="Structure"
              value={siret}
              options={memberships.map(({ structure }) => ({ value: structure.siret, label: `${structure.raisonSociale} (${structure.siret})` }))}
              onChange={(value) => {
                setSiret(value);
                form.clear();
              }}
              required
            />
            <SelectField
              {...form.field('espace')}
              label="Espace"
              value={espace}
              options={ESPACES.map((id) => ({ value: id, label: ESPACE_LABELS[id] }))}
              onChange={(value) => {
                setEspace(value);
                form.clear();
              }}
              required
            />
            <RadioGroup
              name={form.idOf('mode')}
              legend="Mode d'abonnement"
              value={mode}
              options={[
                { value: 'consultation', label: 'Consultation' },
                { value: 'modification', label: 'Modification' },
              ]}
              onChange={setMode}
              errors={form.of('mode')}
            />
            <Actions>
              <Button type="submit" variant="primary" verdict={props.check(event)}>Valider l'abonnement</Button>
              <Button variant="link" to="compte/mon-compte">Retour à Mon compte</Button>
            </Actions>
          </Form>
        )}
      </Block>
    </Screen>
  );
});

const STRUCTURE_FIELDS = ['siret'] as const;

/** `compte/structure-creation`: « Créer ma structure » from the SIRET of one's own company. */
export const CreateStructureScreen = loggedIn(function CreateStructureScreen(props: LoggedInProps) {
  const { world } = props;
  const form = useForm(props, STRUCTURE_FIELDS);
  const [siret, setSiret] = useState(demoEvent(props.params, 'structure.create')?.siret ?? '');
  // The directory (SIRENE stand-in) pre-fills the company data as soon as the number matches one of its entries.
  const company = world.companies[compact(siret)];
  const create = () => {
    if (form.submit({ type: 'structure.create', siret })) {
      props.navigate('compte/mon-compte', {
        info: `La structure ${company?.raisonSociale ?? ''} est créée : vous en êtes le gestionnaire principal.`,
      });
    }
  };
  return (
    <Screen props={props} label="Créer ma structure">
      <Block title="Créer la structure de votre entreprise">
        <p>{fr('Saisissez le SIRET de votre propre entreprise, jamais celui de votre client public. Chorus Pro vérifie le numéro dans la base SIRENE et préremplit les données.')}</p>
        <Form onSubmit={create} label="Créer ma structure" errors={form} submit="Créer ma structure" more={<Button variant="link" to="compte/mon-compte">Retour à Mon compte</Button>}>
          <SelectField id={`${form.idOf('siret')}-type`} label="Type d'identifiant" value="SIRET" options={[{ value: 'SIRET', label: 'Tiers avec SIRET' }]} onChange={() => undefined} />
          <TextField
            {...form.field('siret')}
            label="Identifiant (SIRET)"
            inputMode="numeric"
            value={siret}
            onInput={(value) => {
              setSiret(value);
              if (hasErrors(form.errors)) form.clear();
            }}
            hint={fr('14 chiffres, sans espace ni point (les espaces sont ignorés).')}
            required
          />
          <div role="status" class="cpa-prefill">
            {company && (
              <Facts>
                <Fact term="Raison sociale (base SIRENE)">{company.raisonSociale}</Fact>
                <Fact term="Adresse">{company.address}</Fact>
                <Fact term="État dans SIRENE">{company.active ? 'Actif' : 'Fermé'}</Fact>
              </Facts>
            )}
          </div>
        </Form>
      </Block>
    </Screen>
  );
});

