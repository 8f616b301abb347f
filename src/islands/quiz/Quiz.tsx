/**
 * A quiz embedded in a lesson (<Quiz bank="…"/>): entry test, module check or final test. Reads the learner
 * record and the page's quiz runtime, calls the named actions of src/stores/quiz.ts, and shows the attempt,
 * the refusal of an incomplete submission, the outcome and the correction.
 *
 * It should feel like a test, not a long form: a counter of answered questions beside « Valider » (a bar that
 * stays in view on long tests), one question per screen for the final test on a phone (CSS shows the current
 * question only below 40rem; the pager and its dots exist for that layout), one result statement with the
 * verdict and the next step, and one feedback per corrected question.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { $record } from '../../stores/record';
import { $quizRuntime, answer, quizView, retry, start, submit, type QuizSetup, type QuizView, type SubmittedAttempt } from '../../stores/quiz';
import { POSITIONING_RULE, drawLength } from '../../domain/quiz';
import { Correction, type LessonLinks } from './Correction';
import { Outcome, type QuizCompletion } from './Outcome';
import { QuestionField } from './QuestionField';
import { NBSP, NNBSP, TITLES, issueMessage, percent, plural, quote } from './text';

export interface QuizProps {
  setup: QuizSetup;
  lessons: LessonLinks;
  /** Module id → label (« Module 3 · Factures émises »). */
  modules: Record<string, string>;
  /** Relative hrefs of the results and attestation pages. */
  resultsHref: string;
  attestationHref: string;
  /** Final test: the organisation's completion rule, so that a pass says whether the attestation is granted. */
  completion?: QuizCompletion | undefined;
}

/** From this many questions, the counter and « Valider » stay in view at the bottom of the screen. */
const LONG_TEST = 6;

export default function Quiz({ setup, lessons, modules, resultsHref, attestationHref, completion }: QuizProps) {
  const record = useStore($record, { ssr: 'initial' });
  const runtime = useStore($quizRuntime);
  const view = quizView(setup, record, runtime[setup.bank.id]);
  const [error, setError] = useState<string | null>(null);
  const [current, setCurrent] = useState(0);
  const [justSubmitted, setJustSubmitted] = useState(false);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const idPrefix = `quiz-${setup.bank.id}`;
  const kind = setup.bank.kind;
  const last: SubmittedAttempt | undefined = view.submitted[view.submitted.length - 1];
  const number = view.current?.number ?? view.started + (view.canStart ? 1 : 0);
  const questionId = (id: string) => `${idPrefix}-${id}`;
  // The final test shows one question per screen on a phone (see the CSS); elsewhere every question is shown.
  const paged = kind === 'final';

  const begin = (again: boolean) => {
    setError(null);
    setCurrent(0);
    const issue = again ? retry(setup) : start(setup);
    if (issue) setError(issueMessage(issue));
    else requestAnimationFrame(() => document.getElementById(`${idPrefix}-questions`)?.focus());
  };

  /** Shows question `index` (phone layout of the final test) and gives it the focus. */
  const goTo = (index: number, focusControl = false) => {
    const target = Math.max(0, Math.min(view.questions.length - 1, index));
    setCurrent(target);
    requestAnimationFrame(() => {
      const group = document.getElementById(questionId(view.questions[target]?.id ?? ''));
      const control = focusControl ? group?.querySelector<HTMLElement>('input, select, button:not([disabled])') : null;
      (control ?? group)?.focus();
      if (!control) group?.scrollIntoView({ block: 'start' });
    });
  };

  const onSubmit = (event: Event) => {
    event.preventDefault();
    const outcome = submit(setup);
    if (!outcome.ok) {
      const issue = outcome.issues[0];
      if (issue?.code === 'attempt.unanswered') {
        const ids = issue.params.questionIds;
        const numbers = ids.map((id) => view.questions.findIndex((q) => q.id === id) + 1);
        setError(
          `Vous n’avez pas répondu à ${plural(ids.length, 'question')}${NBSP}: ${numbers.map((n) => `question ${n}`).join(', ')}. Répondez-y avant de valider.`,
        );
        goTo((numbers[0] ?? 1) - 1, true);
      } else if (issue) setError(issueMessage(issue));
      return;
    }
    setError(null);
    setJustSubmitted(true);
  };

  // Once the result is on screen, it gets the focus: a screen reader reads the one result statement.
  useEffect(() => {
    if (!justSubmitted || !resultHeading.current) return;
    resultHeading.current.focus();
    resultHeading.current.scrollIntoView({ block: 'start' });
    setJustSubmitted(false);
  }, [justSubmitted, last?.number]);

  return (
    <section class={`quiz quiz--${kind}`} aria-labelledby={`${idPrefix}-titre`}>
      <h2 id={`${idPrefix}-titre`}>{TITLES[kind]}</h2>
      <Intro setup={setup} view={view} number={number} />
      {error && (
        <div class="quiz__error" role="alert">
          <p><span aria-hidden="true">⚠ </span>{error}</p>
        </div>
      )}

      {view.current ? (
        <form class={`quiz__form${paged ? ' quiz__form--paged' : ''}`} onSubmit={onSubmit} noValidate>
          {paged && <Dots view={view} current={current} goTo={goTo} />}
          <ol class="quiz__questions" id={`${idPrefix}-questions`} tabIndex={-1} aria-label={`Questions de la tentative ${view.current.number}`}>
            {view.questions.map((question, i) => (
              <li key={question.id} data-current={i === current ? '' : undefined}>
                <QuestionField
                  question={question}
                  index={i + 1}
                  count={view.questions.length}
                  response={view.current?.answers[question.id]?.response}
                  missing={view.unanswered.includes(question.id)}
                  idPrefix={idPrefix}
                  onAnswer={(update) => {
                    answer(setup, question.id, update);
                  }}
                />
              </li>
            ))}
          </ol>
          <SubmitBar view={view} idPrefix={idPrefix} paged={paged} current={current} goTo={goTo} />
        </form>
      ) : last ? (
        <div class="quiz__result">
          <Outcome setup={setup} view={view} last={last} modules={modules} resultsHref={resultsHref} attestationHref={attestationHref} completion={completion} heading={resultHeading} onRetry={() => begin(true)} />
          <h3>Correction</h3>
          <ol class="quiz__corrections">
            {last.questions.map((question, i) => (
              <Correction key={question.id} question={question} index={i + 1} result={last.results[question.id] ?? 'incorrect'} response={view.responses[question.id]} lessons={lessons} />
            ))}
          </ol>
        </div>
      ) : (
        view.canStart && (
          <button type="button" class="button button--primary" onClick={() => begin(false)}>
            {kind === 'module-check' ? 'Commencer le quiz' : 'Commencer le test'}
          </button>
        )
      )}
    </section>
  );
}

/** With the final test on a phone: a dot per question, filled once answered, to go to any question. */
function Dots({ view, current, goTo }: { view: QuizView; current: number; goTo: (index: number) => void }) {
  const answers = view.current?.answers ?? {};
  return (
    <nav class="quiz__dots-nav" aria-label="Aller à une question">
      <ol class="quiz__dots">
        {view.questions.map((q, i) => {
          const done = answers[q.id] !== undefined;
          return (
            <li key={q.id}>
              <button
                type="button"
                class={`quiz__dot${done ? ' quiz__dot--done' : ''}`}
                aria-current={i === current ? 'step' : undefined}
                aria-label={`Question ${i + 1}${done ? ', répondue' : ', sans réponse'}`}
                onClick={() => goTo(i)}
              >
                {i + 1}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

/**
 * The counter of answered questions and « Valider », in a bar that stays at the bottom of the screen on long
 * tests; with the final test on a phone, also « Précédente » and « Suivante ».
 */
function SubmitBar({ view, idPrefix, paged, current, goTo }: { view: QuizView; idPrefix: string; paged: boolean; current: number; goTo: (index: number) => void }) {
  const total = view.questions.length;
  const answers = view.current?.answers ?? {};
  const answered = view.questions.filter((q) => answers[q.id] !== undefined).length;
  const countId = `${idPrefix}-compte`;
  const sticky = total >= LONG_TEST;
  return (
    <div class={`quiz__bar${sticky ? ' quiz__bar--sticky' : ''}`}>
      {paged && (
        <div class="quiz__pager">
          <button type="button" class="button button--quiet" aria-label="Question précédente" disabled={current === 0} onClick={() => goTo(current - 1)}>
            <span aria-hidden="true">←</span> Précédente
          </button>
          <button type="button" class="button button--quiet" aria-label="Question suivante" disabled={current >= total - 1} onClick={() => goTo(current + 1)}>
            Suivante <span aria-hidden="true">→</span>
          </button>
        </div>
      )}
      <div class="quiz__submit">
        <p class="quiz__count" id={countId}>
          <span class="quiz__count-figure">{answered}{NNBSP}/{NNBSP}{total}</span> questions répondues
        </p>
        <button type="submit" class="button button--primary" aria-describedby={countId}>Valider mes réponses</button>
      </div>
    </div>
  );
}

function Intro({ setup, view, number }: { setup: QuizSetup; view: QuizView; number: number }) {
  const count = drawLength(setup.bank.questions, { count: setup.bank.draw ?? setup.bank.questions.length, strata: setup.strata, coverObjectives: setup.bank.kind === 'final' });
  switch (setup.bank.kind) {
    case 'entry':
      return (
        <p>
          {plural(count, 'question')}, sans note. Un module dont vous réussissez au moins {percent(POSITIONING_RULE.minScore)} des questions (et au moins{' '}
          {POSITIONING_RULE.minQuestions}) est marqué {quote('déjà maîtrisé')}{NBSP}: il reste ouvert mais n’est plus obligatoire.
        </p>
      );
    case 'module-check':
      return (
        <p>
          {plural(count, 'question')} pour vérifier vos acquis. L’objectif est atteint à partir de {percent(setup.masteryScore)} de bonnes réponses{NBSP}; vous voyez la
          correction aussitôt et pouvez recommencer autant de fois que vous le souhaitez.
        </p>
      );
    case 'final':
      return (
        <>
          <p>
            {plural(count, 'question')} tirées dans tous les modules, dont au moins une par objectif de la formation. Le test est réussi à partir de {percent(setup.masteryScore)} de bonnes réponses{NBSP};
            vous disposez de {plural(setup.attempts, 'tentative')}, chacune avec de nouvelles questions.
          </p>
          {number > 0 && number <= setup.attempts && (
            <p class="quiz__attempt">
              Tentative {number} sur {setup.attempts}
              {view.current ? '' : view.canStart ? ' (pas encore commencée)' : ''}
            </p>
          )}
        </>
      );
  }
}
