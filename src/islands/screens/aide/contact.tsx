/**
 * `aide/nous-contacter` (« Support » → « Nous contacter »: the three ways to get help), `aide/agent` (the live
 * chat with an agent, open on working days 8:30–18:30 of the simulated clock) and `aide/sollicitation` (the
 * « Envoyer une demande d'aide au support » form, checked by the simulator, with its confirmation and, for
 * a logged-in user, the lists « En cours » and « Clôturés » of « Sollicitations émises »).
 */
import { useState } from 'preact/hooks';
import { agentAvailable, CAPTCHA, categoryLabel, categoryOf, ROUTING_LABELS, TICKET_CATEGORIES } from '../../../domain/help/support';
import { sentTickets, TICKET_STATUS_LABELS, type Event, type Ticket, type TicketStatus } from '../../../domain/simulator/core';
import type { ScreenProps } from '../types';
import './aide.css';
import { Actions, Block, Button, demoEvent, Fact, Facts, Form, formatMoment, fr, GeneralErrors, Notice, refusalOf, Screen, SelectField, TextField, useForm } from '../kit';

export function ContactScreen(props: ScreenProps) {
  return (
    <Screen props={props} label="Nous contacter">
      <Block title="Nous contacter">
        <ul class="aide-options">
          <li>
            <p>{fr('ClaudIA répond à toute heure : lien d\u2019activation, mot de passe, structure publique, où déposer une facture…')}</p>
            <Button variant="primary" to="aide/claudia">Discuter avec notre agent virtuel</Button>
          </li>
          <li>
            <p>{fr('Un agent du support répond en ligne les jours ouvrés, de 8 h 30 à 18 h 30 (pas de téléphone).')}</p>
            <Button to="aide/agent">Echanger en ligne avec un agent</Button>
          </li>
          <li>
            <p>{fr('Une demande écrite (sollicitation) reçoit un numéro et se suit dans la liste de vos sollicitations.')}</p>
            <Button to="aide/sollicitation">Envoyer une demande d'aide au support</Button>
          </li>
        </ul>
      </Block>
    </Screen>
  );
}

export function AgentScreen(props: ScreenProps) {
  const { world } = props;
  const [messages, setMessages] = useState<string[]>([]);
  const open = agentAvailable(world.now);
  const reached = world.help?.agentAt ?? null;
  return (
    <Screen props={props} label="Echanger en ligne avec un agent">
      <Block title="Echanger en ligne avec un agent">
        <p>{fr('Horaires : du lundi au vendredi (jours ouvrés), de 8 h 30 à 18 h 30. Il n\u2019y a pas d\u2019assistance par téléphone.')}</p>
        <p>
          <strong>{fr(open ? 'Un agent est disponible en ce moment.' : 'Aucun agent n\u2019est disponible en ce moment.')}</strong>
        </p>
        <GeneralErrors messages={messages} />
        <Actions>
          <Button
            variant="primary"
            verdict={props.check({ type: 'help.agent' })}
            onClick={() => setMessages(refusalOf(props.dispatch({ type: 'help.agent' })))}
          >
            Démarrer la discussion
          </Button>
          <Button to="aide/sollicitation">Envoyer une demande d'aide au support</Button>
        </Actions>
        {reached !== null && <Notice>{fr(`Discussion ouverte le ${formatMoment(reached)} : un agent du support vous répond (simulation).`)}</Notice>}
      </Block>
    </Screen>
  );
}

/**
 * One list of « Sollicitations émises » (« En cours » or « Clôturés »); a ticket in progress can be closed by
 * its sender, through the simulator.
 */
function TicketList({ props, status, tickets }: { props: ScreenProps; status: TicketStatus; tickets: readonly Ticket[] }) {
  const [messages, setMessages] = useState<string[]>([]);
  const label = TICKET_STATUS_LABELS[status];
  return (
    <Block title={`Sollicitations émises — ${label}`}>
      <GeneralErrors messages={messages} />
      {tickets.length === 0 ? (
        <p>{fr(`Aucune sollicitation dans la liste « ${label} ».`)}</p>
      ) : (
        <ul class="cpa-requests">
          {tickets.map((ticket) => {
            const close: Event = { type: 'help.ticketClose', number: ticket.number };
            return (
              <li class="cpa-request aide-ticket" key={ticket.number}>
                <Facts>
                  <Fact term="Numéro">{ticket.number}</Fact>
                  <Fact term="Titre">{ticket.title}</Fact>
                  <Fact term="Catégorie">{fr(categoryLabel(ticket.category, ticket.subCategory))}</Fact>
                  <Fact term="Traitée par">{fr(ROUTING_LABELS[ticket.routing])}</Fact>
                  <Fact term="Envoyée le">{formatMoment(ticket.at)}</Fact>
                  {ticket.closedAt !== null && <Fact term="Clôturée le">{formatMoment(ticket.closedAt)}</Fact>}
                </Facts>
                {status === 'enCours' && (
                  <Actions>
                    <Button
                      name={`Clôturer la sollicitation ${ticket.number}`}
                      verdict={props.check(close)}
                      onClick={() => setMessages(refusalOf(props.dispatch(close)))}
                    >
                      Clôturer
                    </Button>
                  </Actions>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </Block>
  );
}

const TICKET_FIELDS = ['category', 'subCategory', 'email', 'title', 'description', 'captcha'] as const;

export function TicketScreen(props: ScreenProps) {
  const { world } = props;
  const form = useForm(props, TICKET_FIELDS);
  const shown = demoEvent(props.params, 'help.ticketSubmit');
  const user = world.session?.stage === 'open' ? world.users[world.session.userId] : undefined;
  const [category, setCategory] = useState(shown?.category ?? '');
  const [subCategory, setSubCategory] = useState(shown?.subCategory ?? '');
  const [email, setEmail] = useState(shown?.email ?? user?.loginEmail ?? '');
  const [title, setTitle] = useState(shown?.title ?? '');
  const [description, setDescription] = useState(shown?.description ?? '');
  const [captcha, setCaptcha] = useState(shown?.captcha ?? '');
  const [sent, setSent] = useState('');
  const tickets = world.help?.tickets ?? [];
  const lists = sentTickets(world);
  const subs = categoryOf(category)?.sub ?? {};
  const submit = () => {
    const before = tickets.length;
    if (form.submit({ type: 'help.ticketSubmit', category, subCategory, email, title, description, captcha })) {
      setSent(String(before));
      setCaptcha('');
    }
  };
  const confirmed = sent !== '' ? tickets[Number(sent)] : undefined;
  return (
    <Screen props={props} label="Envoyer une demande d'aide au support">
      {!user && (
        <p class="cpa-muted">{fr('Vous n\u2019êtes pas connecté : ce formulaire est réservé aux utilisateurs qui ne parviennent pas à se connecter.')}</p>
      )}
      <Block title="Envoyer une demande d'aide au support">
        {confirmed ? (
          <Notice>
            {fr(`Votre sollicitation a bien été envoyée. Numéro : ${confirmed.number}. Elle est transmise à : ${ROUTING_LABELS[confirmed.routing]}.`)}
          </Notice>
        ) : (
          <Form label="Demande d'aide" onSubmit={submit} errors={form} submit="Soumettre">
            <SelectField
              {...form.field('category')}
              label="Catégorie"
              value={category}
              options={[{ value: '', label: '— Choisir —' }, ...Object.entries(TICKET_CATEGORIES).map(([value, c]) => ({ value, label: c.label }))]}
              onChange={(value) => {
                setCategory(value);
                setSubCategory('');
              }}
              required
            />
            <SelectField
              {...form.field('subCategory')}
              label="Sous-catégorie"
              value={subCategory}
              options={[{ value: '', label: category ? '— Choisir —' : '— Choisissez d\u2019abord une catégorie —' }, ...Object.entries(subs).map(([value, s]) => ({ value, label: s.label }))]}
              onChange={setSubCategory}
              required
            />
            <TextField label="Adresse électronique" {...form.bind('email', email, setEmail)} type="email" required />
            <TextField label="Titre/ Résumé" {...form.bind('title', title, setTitle)} required hint={fr('100 caractères au plus.')} />
            <TextField
              label="Description longue"
              {...form.bind('description', description, setDescription)}
              multiline
              required
              hint={fr('Décrivez le problème : numéro de facture, SIRET, message d\u2019erreur affiché… (2000 caractères au plus).')}
            />
            <TextField label={CAPTCHA.question} {...form.bind('captcha', captcha, setCaptcha)} required inputMode="numeric" />
          </Form>
        )}
      </Block>
      {user ? (
        (['enCours', 'cloture'] as const).map((status) => <TicketList key={status} props={props} status={status} tickets={lists[status]} />)
      ) : (
        <Block title="Sollicitations émises">
          <p>{fr('Connectez-vous pour suivre vos sollicitations : une demande envoyée sans être connecté se suit par son numéro.')}</p>
        </Block>
      )}
    </Screen>
  );
}
