/**
 * The « attestation de fin de formation », shown once the final test is passed: the learner's name (typed once
 * when no LMS gives it), course title, nominal duration, time actually spent, date and final score, and a
 * print button (the browser's print dialog saves it as PDF). Before a pass: a message and a link to the test.
 */
import { useStore } from '@nanostores/preact';
import { useRef, useState } from 'preact/hooks';
import { formatMinutes } from '../../domain/course/plan';
import { $record, rememberLearnerName } from '../../stores/record';
import { attemptOutcomes, type BankOutline } from '../../domain/quiz/rules';
import { NBSP, percent, quote } from '../quiz/text';

export interface AttestationProps {
  courseTitle: string;
  /** Nominal duration in minutes (`course.yaml`). */
  minutes: number;
  finalBank: BankOutline;
  masteryScore: number;
  /** Relative href of the final test's lesson page. */
  testHref: string;
}

const dateFr = (iso: string) => new Date(`${iso}T12:00:00Z`).toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export default function Attestation({ courseTitle, minutes, finalBank, masteryScore, testHref }: AttestationProps) {
  const record = useStore($record, { ssr: 'initial' });
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const passedAttempt = attemptOutcomes(finalBank, record.activities[finalBank.id]?.data, masteryScore).find((a) => a.passed);
  const best = record.activities[finalBank.id]?.score;

  if (!passedAttempt || best === undefined) {
    return (
      <div class="attestation-locked">
        <p>L’attestation est disponible une fois le test final réussi (au moins {percent(masteryScore)} de bonnes réponses).</p>
        <p><a class="button button--primary" href={testHref}>Aller au test final</a></p>
      </div>
    );
  }

  const name = record.learnerName;
  const seconds = Object.values(record.lessons).reduce((sum, l) => sum + l.seconds, 0);
  const onSave = (event: Event) => {
    event.preventDefault();
    const value = input.current?.value.trim() ?? '';
    if (!value) {
      setError('Indiquez votre nom et votre prénom tels qu’ils doivent figurer sur l’attestation.');
      input.current?.focus();
      return;
    }
    setError(null);
    setEditing(false);
    rememberLearnerName(value);
  };

  if (!name || editing) {
    return (
      <form class="attestation-name no-print" onSubmit={onSave} noValidate>
        <p>Votre nom figurera sur l’attestation. Vous ne le saisirez qu’une fois{NBSP}: il est enregistré dans ce navigateur.</p>
        <label for="attestation-nom">Vos nom et prénom</label>
        <input
          id="attestation-nom"
          ref={input}
          name="nom"
          type="text"
          required
          autoComplete="name"
          maxLength={80}
          defaultValue={name ?? ''}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'attestation-nom-erreur' : undefined}
        />
        {error && <p id="attestation-nom-erreur" class="quiz__error" role="alert">{error}</p>}
        <button type="submit" class="button button--primary">Afficher mon attestation</button>
      </form>
    );
  }

  return (
    <>
      <div class="attestation-actions no-print">
        <button type="button" class="button button--primary" onClick={() => window.print()}>Imprimer ou enregistrer en PDF</button>{' '}
        <button type="button" class="button button--quiet" onClick={() => setEditing(true)}>Corriger mon nom</button>
      </div>
      <article class="attestation" aria-label="Attestation">
        <p>Nous attestons que</p>
        <p class="attestation__name">{name}</p>
        <p>a suivi la formation en ligne {quote(courseTitle)} et réussi son test final.</p>
        <dl class="attestation__facts">
          <div><dt>Durée de la formation</dt><dd>{formatMinutes(minutes)}</dd></div>
          <div><dt>Temps effectivement passé</dt><dd>{formatMinutes(Math.round(seconds / 60))}</dd></div>
          <div><dt>Test final réussi le</dt><dd>{dateFr(passedAttempt.date)}</dd></div>
          <div><dt>Score au test final</dt><dd>{percent(best)} (seuil de réussite{NBSP}: {percent(masteryScore)})</dd></div>
        </dl>
        <p class="attestation__date">Attestation établie le {dateFr(new Date().toISOString().slice(0, 10))}.</p>
      </article>
    </>
  );
}
