/**
 * « Vérifier une attestation », in « Mes résultats »: the number of the learner's attestation (once granted)
 * and a field to check a number read on a printed or PDF attestation against this record. The number is
 * recomputed from the record (src/domain/attestation), so no server is needed.
 */
import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { attestationNumber, attestationStatus, verifyNumber, type CompletionRule } from '../../domain/attestation/attestation';
import { $plan, $record } from '../../stores/record';
import type { BankOutline } from '../../domain/quiz/rules';
import { NBSP } from '../quiz/text';
import { finalPass } from './Attestation';
import { dateFr } from './data';

export interface AttestationCheckProps {
  courseId: string;
  finalBank: BankOutline;
  masteryScore: number;
  rule: CompletionRule;
  closing: string[];
  attestationHref: string;
}

export default function AttestationCheck({ courseId, finalBank, masteryScore, rule, closing, attestationHref }: AttestationCheckProps) {
  const record = useStore($record, { ssr: 'initial' });
  const plan = useStore($plan, { ssr: 'initial' });
  const [typed, setTyped] = useState('');
  const [result, setResult] = useState<string | null>(null);
  const pass = finalPass(finalBank, record, masteryScore);
  const granted = pass !== null && attestationStatus(record, plan, pass, rule, closing).granted;
  const source = granted && pass && record.learnerName ? { courseId, learnerName: record.learnerName, pass } : null;
  const onCheck = (event: Event) => {
    event.preventDefault();
    if (!typed.trim()) return setResult('Saisissez le numéro imprimé sur l’attestation.');
    setResult(
      verifyNumber(typed, source) && source
        ? `Ce numéro correspond à l’attestation de ${source.learnerName}, test final réussi le ${dateFr(source.pass.date)} avec ${source.pass.score}${NBSP}%.`
        : 'Ce numéro ne correspond pas à l’attestation de ce parcours.',
    );
  };
  return (
    <section class="attestation-check" aria-labelledby="attestation-check-titre">
      <h2 id="attestation-check-titre">Vérifier une attestation</h2>
      {source ? (
        <p>
          Votre attestation porte le n°{NBSP}<strong>{attestationNumber(source)}</strong> (<a href={attestationHref}>l’afficher</a>).
        </p>
      ) : (
        <p>Aucune attestation n’est encore délivrée dans ce parcours (<a href={attestationHref}>voir ce qu’il reste à faire</a>).</p>
      )}
      <form class="attestation-check__form" onSubmit={onCheck} noValidate>
        <label for="attestation-numero">Numéro d’attestation</label>
        <input id="attestation-numero" type="text" autoComplete="off" spellcheck={false} value={typed} onInput={(e) => setTyped(e.currentTarget.value)} />
        <button type="submit" class="button">Vérifier</button>
      </form>
      <p role="status" class="attestation-check__result">{result}</p>
    </section>
  );
}
