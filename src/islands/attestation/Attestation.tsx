/**
 * The « attestation de fin de formation ». Granted only when the organisation's completion rule holds
 * (content/organisation.yaml): otherwise the page says exactly what is missing, with links. Once granted:
 * the learner's name (from the LMS, or typed once), an optional company, and the attestation itself —
 * issuer, learner, dates, programme duration and time actually spent, objectives, result, a unique number
 * that « Mes résultats » verifies, place, date and signature — printable on one A4 page and downloadable as
 * a real PDF (pdf-lib, loaded on click only).
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { attestationNumber, attestationStatus, type CompletionRule, type FinalPass, type Missing } from '../../domain/attestation/attestation';
import { formatMinutes, type Plan } from '../../domain/course/plan';
import type { LearnerRecord } from '../../domain/record/record';
import { $plan, $record, rememberLearnerName } from '../../stores/record';
import { COMPANY_KEY } from '../../lms/embedded-store';
import { attemptOutcomes, type BankOutline } from '../../domain/quiz/rules';
import { NBSP, percent, quote } from '../quiz/text';
import { dateFr, durationFr, periodFr, siretFr, type AttestationData, type Issuer, type ObjectiveGroup } from './data';

export interface AttestationProps {
  courseId: string;
  courseTitle: string;
  /** Nominal duration in minutes (`course.yaml`). */
  minutes: number;
  finalBank: BankOutline;
  /** The entry test, whose first attempt dates the start of the training. */
  entryBank?: BankOutline | undefined;
  masteryScore: number;
  rule: CompletionRule;
  /** Lessons the rule leaves out (the final test's lesson and those after it). */
  closing: string[];
  /** Title and relative href of each lesson, for the list of what is missing. */
  lessons: Record<string, { title: string; href: string }>;
  objectives: ObjectiveGroup[];
  issuer: Issuer;
  /** Relative href of the final test's lesson page. */
  testHref: string;
  /**
   * The programme as built: the first render (the server's, then the browser's until hydrated) lists what a new
   * learner still has to do, so the page does not grow under the reader when the page's plan is read.
   */
  plan: Plan;
}

/** The passed final-test attempt, if any (the first one passed). */
export function finalPass(finalBank: BankOutline, record: LearnerRecord, masteryScore: number): FinalPass | null {
  const passed = attemptOutcomes(finalBank, record.activities[finalBank.id]?.data, masteryScore).find((a) => a.passed);
  return passed ? { date: passed.date, score: passed.score, attempt: passed.number } : null;
}

const today = () => new Date().toISOString().slice(0, 10);

/** The company typed earlier in this browser (see COMPANY_KEY), or ''. */
function savedCompany(): string {
  try {
    return typeof localStorage === 'undefined' ? '' : (localStorage.getItem(COMPANY_KEY) ?? '');
  } catch {
    return '';
  }
}

/** Keeps the company for the next visit; a browser that refuses storage only loses it at the next reload. */
function saveCompany(company: string): void {
  try {
    if (company) localStorage.setItem(COMPANY_KEY, company);
    else localStorage.removeItem(COMPANY_KEY);
  } catch {
    // Nothing else to do: the attestation on screen still shows it.
  }
}
const SHOWN_LESSONS = 8;

function MissingList({ missing, lessons, testHref, masteryScore }: { missing: Missing[]; lessons: AttestationProps['lessons']; testHref: string; masteryScore: number }) {
  return (
    <ul class="attestation-missing__list">
      {missing.map((m) => {
        if (m.kind === 'lessons') {
          const shown = m.lessons.slice(0, SHOWN_LESSONS);
          return (
            <li key="lessons">
              {m.lessons.length === 1 ? 'Terminer la leçon' : `Terminer ${m.lessons.length}${NBSP}leçons obligatoires`}{NBSP}:
              <ul>
                {shown.map((id) => (
                  <li key={id}>
                    <a href={lessons[id]?.href ?? 'plan.html'}>{lessons[id]?.title ?? id}</a>
                  </li>
                ))}
                {m.lessons.length > shown.length && (
                  <li>
                    et {m.lessons.length - shown.length}{NBSP}autres (voir le <a href="plan.html">plan du cours</a>)
                  </li>
                )}
              </ul>
            </li>
          );
        }
        if (m.kind === 'final') {
          return (
            <li key="final">
              Réussir le <a href={testHref}>test final</a> (au moins {percent(masteryScore)} de bonnes réponses).
            </li>
          );
        }
        return (
          <li key="time">
            Passer au moins {formatMinutes(m.requiredMinutes)} dans les leçons (temps passé à ce jour{NBSP}: {formatMinutes(m.spentMinutes)}).
          </li>
        );
      })}
    </ul>
  );
}

export default function Attestation(props: AttestationProps) {
  const { courseId, courseTitle, minutes, finalBank, entryBank, masteryScore, rule, closing, lessons, objectives, issuer, testHref } = props;
  const record = useStore($record, { ssr: 'initial' });
  const plan = useStore($plan, { ssr: () => props.plan });
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [company, setCompany] = useState('');
  // Read after the first render, as the record is (the page is built without it).
  useEffect(() => setCompany(savedCompany()), []);
  const [pdfState, setPdfState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const input = useRef<HTMLInputElement>(null);
  const companyInput = useRef<HTMLInputElement>(null);

  const pass = finalPass(finalBank, record, masteryScore);
  const status = attestationStatus(record, plan, pass, rule, closing);
  if (!status.granted || !pass) {
    return (
      <div class="attestation-missing">
        <p>
          <strong>L’attestation n’est pas encore délivrée.</strong> {issuer.name} la délivre quand{NBSP}: {rule.allRequiredLessons ? 'toutes les leçons obligatoires sont terminées, ' : ''}
          le test final est réussi{rule.minimumMinutes > 0 ? ` et au moins ${formatMinutes(rule.minimumMinutes)} ont été passées dans les leçons` : ''}.
        </p>
        <p>Il vous reste à{NBSP}:</p>
        <MissingList missing={status.missing} lessons={lessons} testHref={testHref} masteryScore={masteryScore} />
      </div>
    );
  }

  const name = record.learnerName;
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
    const typed = companyInput.current?.value.trim().slice(0, 80) ?? '';
    setCompany(typed);
    saveCompany(typed);
    rememberLearnerName(value);
  };

  if (!name || editing) {
    return (
      <form class="attestation-name no-print" onSubmit={onSave} noValidate>
        <p>Votre nom figurera sur l’attestation{NBSP}: saisissez-le tel qu’il doit y apparaître. Il est gardé avec votre progression, l’entreprise dans ce navigateur.</p>
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
        <label for="attestation-entreprise">Votre entreprise (facultatif)</label>
        <input id="attestation-entreprise" ref={companyInput} name="entreprise" type="text" autoComplete="organization" maxLength={80} defaultValue={company} />
        <button type="submit" class="button button--primary">Afficher mon attestation</button>
      </form>
    );
  }

  const entry = entryBank ? attemptOutcomes(entryBank, record.activities[entryBank.id]?.data, masteryScore)[0]?.date : undefined;
  const firstFinal = attemptOutcomes(finalBank, record.activities[finalBank.id]?.data, masteryScore)[0]?.date;
  const startDate = [entry, firstFinal].filter((d): d is string => !!d).sort()[0];
  const data: AttestationData = {
    number: attestationNumber({ courseId, learnerName: name, pass }),
    learnerName: name,
    company: company || undefined,
    courseTitle,
    startDate,
    passDate: pass.date,
    issuedDate: today(),
    minutes,
    spentMinutes: status.spentMinutes,
    score: pass.score,
    masteryScore,
    objectives,
    issuer,
  };
  const download = async () => {
    setPdfState('busy');
    try {
      const { downloadAttestationPdf } = await import('./pdf');
      await downloadAttestationPdf(data);
      setPdfState('idle');
    } catch (failure) {
      console.warn('Attestation : PDF non produit', failure);
      setPdfState('failed');
    }
  };

  return (
    <>
      <div class="attestation-actions no-print">
        <button type="button" class="button button--primary" onClick={download} disabled={pdfState === 'busy'}>
          {pdfState === 'busy' ? 'Préparation du PDF…' : 'Télécharger l’attestation (PDF)'}
        </button>{' '}
        <button type="button" class="button" onClick={() => window.print()}>Imprimer</button>{' '}
        <button type="button" class="button button--quiet" onClick={() => setEditing(true)}>Corriger mon nom ou mon entreprise</button>
        {pdfState === 'failed' && <p class="quiz__error" role="alert">Le PDF n’a pas pu être produit{NBSP}: utilisez «{NBSP}Imprimer{NBSP}» puis «{NBSP}Enregistrer en PDF{NBSP}».</p>}
      </div>
      <article class="attestation" aria-labelledby="attestation-titre">
        <header class="attestation__issuer">
          <img src={issuer.logo} alt={`Logo de ${issuer.name}`} class="attestation__logo" />
          <div>
            <p class="attestation__org">{issuer.name}</p>
            {issuer.address.map((line) => <p key={line}>{line}</p>)}
            <p>SIRET {siretFr(issuer.siret)}</p>
            <p>Déclaration d’activité n°{NBSP}{issuer.nda} auprès du préfet de région {issuer.ndaRegion}</p>
          </div>
        </header>
        <h2 id="attestation-titre" class="attestation__title">Attestation de fin de formation</h2>
        <p class="attestation__number">N°{NBSP}<span data-attestation-number>{data.number}</span></p>
        <p>
          Je soussigné(e) {issuer.signatory.name}, {issuer.signatory.role} de {issuer.name}, atteste que
        </p>
        <p class="attestation__name">{name}</p>
        {data.company && <p class="attestation__company">de l’entreprise {data.company}</p>}
        <p>a suivi la formation à distance {quote(courseTitle)} et réussi son évaluation finale.</p>
        <dl class="attestation__facts">
          <div><dt>Période de formation</dt><dd>{periodFr(data.startDate, data.passDate)}</dd></div>
          <div><dt>Durée du programme</dt><dd>{durationFr(minutes)}</dd></div>
          <div><dt>Temps effectivement passé dans les leçons</dt><dd>{durationFr(status.spentMinutes)}</dd></div>
          <div><dt>Résultat de l’évaluation finale</dt><dd>{percent(pass.score)} (seuil{NBSP}: {percent(masteryScore)}), le {dateFr(pass.date)}</dd></div>
        </dl>
        <h3 class="attestation__objectives-title">Objectifs de la formation</h3>
        <ul class="attestation__objectives">
          {objectives.map((group) => (
            <li key={group.module}>
              <strong>{group.module}</strong>{NBSP}: {group.items.join(`${NBSP}; `)}
            </li>
          ))}
        </ul>
        <div class="attestation__signature">
          <p>Fait à {issuer.signatory.city}, le {dateFr(data.issuedDate)}.</p>
          <img src={issuer.signatory.signature} alt={`Signature de ${issuer.signatory.name}`} />
          <p><strong>{issuer.signatory.name}</strong><br />{issuer.signatory.role}</p>
        </div>
        <p class="attestation__verify">Numéro vérifiable dans «{NBSP}Mes résultats{NBSP}» du parcours de l’apprenant.</p>
      </article>
    </>
  );
}
