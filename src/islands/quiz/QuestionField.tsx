/**
 * One question being answered, with native controls only: radio buttons (choix unique, vrai/faux),
 * checkboxes (choix multiples), « Monter » / « Descendre » buttons with a spoken confirmation (remettre dans
 * l'ordre), one select per prompt (associer). Everything works with the keyboard; nothing needs dragging.
 *
 * Associer: the choices are listed once, lettered A, B, C… (a class answers aloud « 1 B, 2 A »), and each
 * prompt's list offers the letters with their text. The lists take the width of the question, never more, so
 * long choices do not push the page sideways on a phone or at 200 % zoom.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { LearnerResponse, PublicQuestion } from '../../domain/quiz';
import type { AnswerUpdate } from '../../stores/quiz';

type MatchQuestion = Extract<PublicQuestion, { type: 'match' }>;
type OrderQuestion = Extract<PublicQuestion, { type: 'order' }>;
import { NBSP, letter, quote } from './text';

interface Props {
  question: PublicQuestion;
  /** Position in the attempt, from 1. */
  index: number;
  count: number;
  response: LearnerResponse | undefined;
  /** The learner tried to submit without answering it. */
  missing: boolean;
  /** The new answer, or how to make it from the answer stored now (see `AnswerUpdate`). */
  onAnswer: (update: AnswerUpdate) => void;
  /** Unique prefix for ids in the page. */
  idPrefix: string;
}

export function QuestionField({ question, index, count, response, missing, onAnswer, idPrefix }: Props) {
  const name = `${idPrefix}-${question.id}`;
  const hintId = `${name}-aide`;
  const missingId = `${name}-manque`;
  const described = [hintId, missing ? missingId : ''].filter(Boolean).join(' ');
  return (
    <fieldset class={`quiz-question${missing ? ' quiz-question--missing' : ''}`} id={name} aria-describedby={described} tabIndex={-1}>
      <legend>
        <span class="quiz-question__number">Question {index} sur {count}<span class="visually-hidden">{NBSP}:</span></span> <span class="quiz-question__stem">{question.stem}</span>
      </legend>
      <p class="quiz-question__hint" id={hintId}>{hint(question)}</p>
      {missing && (
        <p class="quiz-question__missing" id={missingId}>
          <span aria-hidden="true">⚠ </span>Répondez à cette question avant de valider.
        </p>
      )}
      <Controls question={question} response={response} onAnswer={onAnswer} name={name} />
    </fieldset>
  );
}

function hint(question: PublicQuestion): string {
  switch (question.type) {
    case 'single':
      return 'Une seule réponse.';
    case 'truefalse':
      return 'Vrai ou faux.';
    case 'multiple':
      return 'Une ou plusieurs réponses.';
    case 'order':
      return 'Remettez les éléments dans l’ordre avec les boutons Monter et Descendre, ou gardez l’ordre affiché.';
    case 'match':
      return 'Pour chaque ligne numérotée, choisissez la lettre de la réponse qui correspond (une réponse peut servir plusieurs fois, ou pas du tout).';
  }
}

function Controls({ question, response, onAnswer, name }: { question: PublicQuestion; response: LearnerResponse | undefined; onAnswer: Props['onAnswer']; name: string }) {
  switch (question.type) {
    case 'single':
      return (
        <ul class="quiz-options">
          {question.options.map((option) => (
            <li key={option.id}>
              <label>
                <input type="radio" name={name} value={option.id} checked={response === option.id} onChange={() => onAnswer(option.id)} /> {option.text}
              </label>
            </li>
          ))}
        </ul>
      );
    case 'truefalse':
      return (
        <ul class="quiz-options quiz-options--inline">
          {([true, false] as const).map((value) => (
            <li key={String(value)}>
              <label>
                <input type="radio" name={name} value={value ? 'vrai' : 'faux'} checked={response === value} onChange={() => onAnswer(value)} /> {value ? 'Vrai' : 'Faux'}
              </label>
            </li>
          ))}
        </ul>
      );
    case 'multiple': {
      const picked = Array.isArray(response) ? (response as readonly string[]) : [];
      return (
        <ul class="quiz-options">
          {question.options.map((option) => (
            <li key={option.id}>
              <label>
                <input
                  type="checkbox"
                  name={name}
                  value={option.id}
                  checked={picked.includes(option.id)}
                  onChange={(event) => {
                    const on = event.currentTarget.checked;
                    onAnswer((stored) => {
                      const before = Array.isArray(stored) ? (stored as readonly string[]) : [];
                      return question.options.map((o) => o.id).filter((id) => (id === option.id ? on : before.includes(id)));
                    });
                  }}
                /> {option.text}
              </label>
            </li>
          ))}
        </ul>
      );
    }
    case 'order':
      return <OrderControl question={question} response={response} onAnswer={onAnswer} name={name} />;
    case 'match':
      return <MatchControl question={question} response={response} onAnswer={onAnswer} name={name} />;
  }
}

function OrderControl({ question, response, onAnswer, name }: { question: OrderQuestion; response: LearnerResponse | undefined; onAnswer: Props['onAnswer']; name: string }) {
  const shown = question.items.map((i) => i.id);
  const sequenceOf = (answer: LearnerResponse | undefined) => (Array.isArray(answer) && answer.length === shown.length ? (answer as readonly string[]) : shown);
  const sequence = sequenceOf(response);
  const text = new Map(question.items.map((i) => [i.id, i.text]));
  const [message, setMessage] = useState('');
  const [focus, setFocus] = useState<{ id: string; dir: 'up' | 'down' } | null>(null);
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (!focus || !list.current) return;
    const position = sequence.indexOf(focus.id);
    // At an end, the button that moved the item is disabled: keep the focus on its other button.
    const dir = focus.dir === 'up' && position === 0 ? 'down' : focus.dir === 'down' && position === sequence.length - 1 ? 'up' : focus.dir;
    list.current.querySelector<HTMLButtonElement>(`[data-item="${focus.id}"][data-dir="${dir}"]`)?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the order's content, not the array's identity, moves the focus
  }, [focus, sequence.join('+')]);

  const move = (id: string, dir: 'up' | 'down') => {
    // The store applies the update at once (stores/quiz.ts `answer`): `to` is known on return, -1 if no move.
    let to = -1;
    onAnswer((stored) => {
      const next = [...sequenceOf(stored)];
      const from = next.indexOf(id);
      const target = dir === 'up' ? from - 1 : from + 1;
      if (from < 0 || target < 0 || target >= next.length) return stored;
      next[from] = next[target] as string;
      next[target] = id;
      to = target;
      return next;
    });
    if (to < 0) return;
    setFocus({ id, dir });
    setMessage(`${quote(text.get(id) ?? id)} est maintenant en position ${to + 1} sur ${sequence.length}.`);
  };

  const keep = () => {
    onAnswer([...sequence]);
    setMessage('Ordre affiché enregistré comme réponse.');
    // The button goes away once answered: give the focus to the list's first button after that render.
    setTimeout(() => list.current?.querySelector<HTMLButtonElement>('button:not([disabled])')?.focus(), 0);
  };

  return (
    <div>
      <ol class="quiz-order" ref={list}>
        {sequence.map((id, position) => (
          <li key={id} class="quiz-order__item">
            <span class="quiz-order__text" id={`${name}-${id}`}>{text.get(id)}</span>
            <span class="quiz-order__buttons">
              <button type="button" class="button button--quiet" data-item={id} data-dir="up" disabled={position === 0} aria-describedby={`${name}-${id}`} onClick={() => move(id, 'up')}>
                <span aria-hidden="true">↑ </span>Monter
              </button>
              <button type="button" class="button button--quiet" data-item={id} data-dir="down" disabled={position === sequence.length - 1} aria-describedby={`${name}-${id}`} onClick={() => move(id, 'down')}>
                <span aria-hidden="true">↓ </span>Descendre
              </button>
            </span>
          </li>
        ))}
      </ol>
      {!Array.isArray(response) && (
        // An order is answered by moving an item; this button answers with the order shown, unmoved.
        <button type="button" class="button button--quiet" onClick={keep}>
          Garder cet ordre
        </button>
      )}
      <p class="visually-hidden" role="status">{message}</p>
    </div>
  );
}

function pairsOf(response: LearnerResponse | undefined): Readonly<Record<string, string>> {
  return response && typeof response === 'object' && !Array.isArray(response) ? (response as Readonly<Record<string, string>>) : {};
}

function MatchControl({ question, response, onAnswer, name }: { question: MatchQuestion; response: LearnerResponse | undefined; onAnswer: Props['onAnswer']; name: string }) {
  const pairs = pairsOf(response);
  const choicesId = `${name}-choix`;
  return (
    <>
      <p class="quiz-match__title" id={choicesId}>Réponses possibles{NBSP}:</p>
      <ul class="quiz-match__choices" aria-labelledby={choicesId}>
        {question.choices.map((choice, i) => (
          <li key={choice.id}>
            <span class="quiz-match__letter" aria-hidden="true">{letter(i)}</span>
            <span class="visually-hidden">{letter(i)}{NBSP}: </span>
            {choice.text}
          </li>
        ))}
      </ul>
      <ol class="quiz-match">
        {question.prompts.map((prompt) => {
          const id = `${name}-${prompt.id}`;
          return (
            <li key={prompt.id}>
              <label for={id}>{prompt.text}</label>
              <select
                id={id}
                value={pairs[prompt.id] ?? ''}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  onAnswer((stored) => {
                    const { [prompt.id]: _previous, ...others } = pairsOf(stored);
                    const next = value ? { ...others, [prompt.id]: value } : others;
                    return Object.keys(next).length > 0 ? next : undefined;
                  });
                }}
              >
                <option value="">— Choisir une lettre —</option>
                {question.choices.map((choice, i) => (
                  <option key={choice.id} value={choice.id}>{letter(i)} — {choice.text}</option>
                ))}
              </select>
            </li>
          );
        })}
      </ol>
    </>
  );
}
