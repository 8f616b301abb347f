/**
 * A quiz embedded in a lesson (<Quiz bank="…"/>): entry test, module check or final test. Reads the learner
 * record and the page's quiz runtime, calls the named actions of src/stores/quiz.ts, and shows the attempt,
 * the refusal of an incomplete submission, the correction and the outcome for the course.
 */
import { useStore } from '@nanostores/preact';
import { useRef, useState } from 'preact/hooks';
import { $record, markMastered } from '../../stores/record';
import { $quizRuntime, answer, quizView, retry, start, submit, type QuizSetup, type SubmittedAttempt } from '../../stores/quiz';
import { POSITIONING_RULE, masteredModules } from '../../domain/quiz';
import { Correction, type LessonLinks } from './Correction';
import { QuestionField } from './QuestionField';
import { NBSP, TITLES, issueMessage, percent, plural, quote } from './text';

export interface QuizProps {
  setup: QuizSetup;
  lessons: LessonLinks;
  /** Module id → label (« Module 3 · Factures émises »). */
  modules: Record<string, string>;
  /** Relative hrefs of the results and attestation pages. */
  resultsHref: string;
  attestationHref: string;
}

export default function Quiz({ setup, lessons, modules, resultsHref, attestationHref }: QuizProps) {
  const record = useStore($record, { ssr: 'initial' });
  const runtime = useStore($quizRuntime);
  const view = quizView(setup, record, runtime[setup.bank.id]);
  const [announce, setAnnounce] = useState('');
  const [error, setError] = useState<string | null>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const errorBox = useRef<HTMLDivElement>(null);
  const idPrefix = `quiz-${setup.bank.id}`;
  const kind = setup.bank.kind;
  const title = TITLES[kind];
  const last: SubmittedAttempt | undefined = view.submitted[view.submitted.length - 1];
  const number = view.current?.number ?? view.started + (view.canStart ? 1 : 0);

  const begin = (again: boolean) => {
    setError(null);
    setAnnounce('');
    const issue = again ? retry(setup) : start(setup);
    if (issue) setError(issueMessage(issue));
    else requestAnimationFrame(() => document.getElementById(`${idPrefix}-questions`)?.focus());
  };

  const onSubmit = (event: Event) => {
    event.preventDefault();
    const outcome = submit(setup);
    if (!outcome.ok) {
      if (outcome.issue.code === 'attempt.unanswered') {
        const ids = outcome.issue.params.questionIds;
        const numbers = ids.map((id) => view.questions.findIndex((q) => q.id === id) + 1);
        setError(
          `Vous n’avez pas répondu à ${plural(ids.length, 'question')}${NBSP}: ${numbers.map((n) => `question ${n}`).join(', ')}. Répondez-y avant de valider.`,
        );
        requestAnimationFrame(() => {
          const first = document.getElementById(`${idPrefix}-${ids[0] ?? ''}`);
          first?.querySelector<HTMLElement>('input, select, button:not([disabled])')?.focus();
        });
      } else setError(issueMessage(outcome.issue));
      return;
    }
    setError(null);
    const { result } = outcome.submission;
    const verdict = kind === 'final' ? (result.passed ? ' Test réussi.' : ' Test non réussi.') : '';
    setAnnounce(`Résultat${NBSP}: ${percent(result.score)} de bonnes réponses, ${result.correct} sur ${result.total}.${verdict}`);
    requestAnimationFrame(() => resultHeading.current?.focus());
  };

  return (
    <section class="quiz" aria-labelledby={`${idPrefix}-titre`}>
      <h2 id={`${idPrefix}-titre`}>{title}</h2>
      <Intro setup={setup} view={view} number={number} />
      <div class="quiz__live" role="status">{announce}</div>
      {error && (
        <div class="quiz__error" role="alert" ref={errorBox}>
          <p><span aria-hidden="true">⚠ </span>{error}</p>
        </div>
      )}

      {view.current ? (
        <form class="quiz__form" onSubmit={onSubmit} noValidate>
          <ol class="quiz__questions" id={`${idPrefix}-questions`} tabIndex={-1} aria-label={`Questions de la tentative ${view.current.number}`}>
            {view.questions.map((question, i) => (
              <li key={question.id}>
                <QuestionField
                  question={question}
                  index={i + 1}
                  count={view.questions.length}
                  response={view.current?.answers[question.id]?.response}
                  missing={view.unanswered.includes(question.id)}
                  idPrefix={idPrefix}
                  onAnswer={(response) => {
                    answer(setup, question.id, response);
                  }}
                />
              </li>
            ))}
          </ol>
          <button type="submit" class="button button--primary">Valider mes réponses</button>
        </form>
      ) : last ? (
        <div class="quiz__result">
          <h3 ref={resultHeading} tabIndex={-1}>
            Résultat de la tentative {last.number}{NBSP}: {percent(last.score)}
          </h3>
          <Outcome setup={setup} view={view} last={last} modules={modules} resultsHref={resultsHref} attestationHref={attestationHref} onRetry={() => begin(true)} />
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

function Intro({ setup, view, number }: { setup: QuizSetup; view: ReturnType<typeof quizView>; number: number }) {
  const count = setup.bank.draw ?? setup.bank.questions.length;
  switch (setup.bank.kind) {
    case 'entry':
      return (
        <p>
          {plural(count, 'question')}, sans note. Un module dont vous réussissez au moins {percent(POSITIONING_RULE.minScore)} des questions (et au moins{' '}
          {POSITIONING_RULE.minQuestions}) est marqué {quote('déjà maîtrisé')}{NBSP}: il reste ouvert mais n’est plus obligatoire.
        </p>
      );
    case 'module-check':
      return <p>{plural(count, 'question')} pour vérifier vos acquis. Vous voyez la correction aussitôt et pouvez recommencer autant de fois que vous le souhaitez.</p>;
    case 'final':
      return (
        <>
          <p>
            {plural(count, 'question')} tirées dans tous les modules. Le test est réussi à partir de {percent(setup.masteryScore)} de bonnes réponses{NBSP};
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

function Outcome(props: {
  setup: QuizSetup;
  view: ReturnType<typeof quizView>;
  last: SubmittedAttempt;
  modules: Record<string, string>;
  resultsHref: string;
  attestationHref: string;
  onRetry: () => void;
}) {
  const { setup, view, last, modules, resultsHref, attestationHref, onRetry } = props;
  const correct = Object.values(last.results).filter((r) => r === 'correct').length;
  const total = last.questions.length;
  const summary = total > 0 && <p>{correct} bonne{correct > 1 ? 's' : ''} réponse{correct > 1 ? 's' : ''} sur {total}.</p>;
  switch (setup.bank.kind) {
    case 'module-check':
      return (
        <>
          {summary}
          <button type="button" class="button" onClick={onRetry}>Recommencer</button>
        </>
      );
    case 'entry':
      return <EntryOutcome last={last} modules={modules} summary={summary} />;
    case 'final':
      return (
        <>
          {summary}
          {last.passed ? (
            <p class="quiz__verdict quiz__verdict--passed">
              <span aria-hidden="true">✓ </span>Test réussi{NNBSP_BANG} Vous pouvez <a href={attestationHref}>obtenir votre attestation de fin de formation</a>.
            </p>
          ) : (
            <p class="quiz__verdict quiz__verdict--failed">
              <span aria-hidden="true">✗ </span>Test non réussi{NBSP}: il faut au moins {percent(setup.masteryScore)}.{' '}
              {view.left > 0 ? `Il vous reste ${plural(view.left, 'tentative')}.` : 'Vous avez utilisé toutes vos tentatives.'}
            </p>
          )}
          {view.canStart && (
            <button type="button" class="button" onClick={onRetry}>
              Commencer la tentative {view.started + 1} sur {setup.attempts}
            </button>
          )}
          <p><a href={resultsHref}>Voir mes résultats</a></p>
        </>
      );
  }
}

const NNBSP_BANG = '\u202f!';

function EntryOutcome({ last, modules, summary }: { last: SubmittedAttempt; modules: Record<string, string>; summary: unknown }) {
  const record = useStore($record, { ssr: 'initial' });
  const candidates = masteredModules(last.modules);
  return (
    <>
      {summary as preact.ComponentChildren}
      <table class="quiz__table">
        <caption>Vos résultats par module</caption>
        <thead>
          <tr><th scope="col">Module</th><th scope="col">Bonnes réponses</th></tr>
        </thead>
        <tbody>
          {Object.entries(last.modules).map(([id, m]) => (
            <tr key={id}>
              <th scope="row">{modules[id] ?? id}</th>
              <td>{m.correct} sur {m.total} ({percent(m.score)})</td>
            </tr>
          ))}
        </tbody>
      </table>
      {candidates.length === 0 ? (
        <p>Aucun module n’est marqué {quote('déjà maîtrisé')}{NBSP}: suivez le parcours complet.</p>
      ) : (
        <>
          <h4>Modules déjà maîtrisés</h4>
          <p>Ces modules restent ouverts mais ne sont plus obligatoires pour terminer le parcours. Vous pouvez changer d’avis à tout moment, ici ou dans le plan.</p>
          <ul class="quiz__mastered">
            {candidates.map((id) => {
              const mastered = record.mastered.includes(id);
              const label = modules[id] ?? id;
              return (
                <li key={id}>
                  <span>{label}{NBSP}: <strong>{mastered ? 'Déjà maîtrisé' : 'À suivre'}</strong></span>{' '}
                  <button type="button" class="button button--quiet" onClick={() => markMastered(id, !mastered)}>
                    {mastered ? 'Suivre ce module quand même' : 'Marquer comme déjà maîtrisé'}
                    <span class="visually-hidden"> ({label})</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </>
  );
}
