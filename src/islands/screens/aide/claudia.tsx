/**
 * `aide/claudia`: the ClaudIA window. The conversation is read from the world (`help.conversation`); each
 * answer is ClaudIA's canned answer for the recognised intent (src/domain/help/claudia.ts), in the context
 * the simulator gives (logged in or not). The log is announced politely; the question field keeps the focus,
 * Enter sends. Follow-up buttons act through the simulator (`account.resendActivation`) or open a screen.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { answerOf, FOLLOW_UP_LABELS, INTENTS, QUESTION_MAX, SUGGESTIONS, type FollowUp } from '../../../domain/help/claudia';
import type { ScreenProps } from '../types';
import './aide.css';
import { Actions, Block, Button, demoEvent, Form, fr, GeneralErrors, isOneOf, Notice, Screen, TextField, useForm } from '../kit';

const FIELDS = ['question'] as const;
const RESEND_FIELDS = ['loginEmail'] as const;

function FollowUps({ props, followUps }: { props: ScreenProps; followUps: readonly FollowUp[] }) {
  const form = useForm(props, RESEND_FIELDS);
  const shown = demoEvent(props.params, 'account.resendActivation');
  const [loginEmail, setLoginEmail] = useState(shown?.loginEmail ?? '');
  const [info, setInfo] = useState('');
  return (
    <div class="aide-followups">
      {followUps.includes('resendActivation') && (
        <Form
          label="Renvoyer le lien d'activation"
          onSubmit={() => {
            setInfo('');
            if (form.submit({ type: 'account.resendActivation', loginEmail })) {
              setInfo(`C'est fait : un nouveau lien d'activation vient d'être envoyé à ${loginEmail.trim()}. Il est valable 60 minutes.`);
            }
          }}
        >
          <GeneralErrors id={form.generalId} messages={form.errors.general} />
          <TextField label="Adresse de connexion" {...form.bind('loginEmail', loginEmail, setLoginEmail)} type="email" required />
          <Actions>
            <Button type="submit" variant="primary">
              {FOLLOW_UP_LABELS.resendActivation}
            </Button>
            <Button to="compte/messagerie">Ouvrir ma messagerie</Button>
          </Actions>
          {info && <Notice>{fr(info)}</Notice>}
        </Form>
      )}
      <Actions>
        {followUps.includes('agent') && (
          <Button to="aide/agent">
            {FOLLOW_UP_LABELS.agent}
          </Button>
        )}
        {followUps.includes('ticket') && (
          <Button to="aide/sollicitation">
            {FOLLOW_UP_LABELS.ticket}
          </Button>
        )}
      </Actions>
    </div>
  );
}

export function ClaudiaScreen(props: ScreenProps) {
  const { world } = props;
  const form = useForm(props, FIELDS);
  const [question, setQuestion] = useState(demoEvent(props.params, 'help.ask')?.question ?? '');
  const conversation = world.help?.conversation ?? [];
  const loggedIn = world.session?.stage === 'open';
  const end = useRef<HTMLLIElement>(null);
  useEffect(() => {
    end.current?.scrollIntoView?.({ block: 'nearest' });
  }, [conversation.length]);
  const send = (text: string) => {
    if (form.submit({ type: 'help.ask', question: text })) {
      setQuestion('');
      document.getElementById(form.idOf('question'))?.focus();
    }
  };
  return (
    <Screen props={props} label="ClaudIA">
      <Block title="ClaudIA, l'assistante virtuelle (simulée)">
        <p class="cpa-muted">{fr('ClaudIA répond 24 heures sur 24. Posez votre question en une phrase.')}</p>
        <div class="aide-log" role="log" aria-label="Conversation avec ClaudIA" aria-live="polite" tabIndex={0}>
        <ul class="aide-list">
          <li class="aide-msg aide-msg--bot">
            <p>{fr('Bonjour, je suis ClaudIA. Comment puis-je vous aider ?')}</p>
          </li>
          {conversation.map((exchange, index) => {
            const answer = answerOf(isOneOf(INTENTS, exchange.intent) ? exchange.intent : 'inconnu', { loggedIn });
            const last = index === conversation.length - 1;
            return [
              <li class="aide-msg aide-msg--user" key={`q${index}`}>
                <p>
                  <span class="visually-hidden">Vous&nbsp;: </span>
                  {exchange.question}
                </p>
              </li>,
              <li class="aide-msg aide-msg--bot" key={`a${index}`} ref={last ? end : null}>
                <span class="visually-hidden">ClaudIA&nbsp;: </span>
                {answer.text.map((paragraph) => (
                  <p key={paragraph}>{fr(paragraph)}</p>
                ))}
                {last && exchange.intent === 'inconnu' && (
                  <ul class="aide-suggestions" aria-label="Suggestions">
                    {SUGGESTIONS.map((text) => (
                      <li key={text}>
                        <Button variant="link" onClick={() => send(text)}>
                          {text}
                        </Button>
                      </li>
                    ))}
                  </ul>
                )}
                {last && <FollowUps key={`f${index}`} props={props} followUps={answer.followUps} />}
              </li>,
            ];
          })}
        </ul>
        </div>
        <Form label="Poser une question" onSubmit={() => send(question)} errors={form}>
          <TextField label="Votre question" {...form.bind('question', question, setQuestion)} hint={fr(`Entrée pour envoyer ; ${QUESTION_MAX} caractères au plus.`)} />
          <Actions>
            <Button type="submit" variant="primary">Envoyer</Button>
            <Button variant="link" to="aide/nous-contacter">Retour à « Nous contacter »</Button>
          </Actions>
        </Form>
      </Block>
    </Screen>
  );
}
