/**
 * « Mes résultats »: per-module scores of the entry test, the module checks and the final test, entry versus
 * final as an SVG bar chart (role="img", named and described) with the same data in a table, the final
 * test's attempts and, for its best attempt, the result of each objective of the training (the final test
 * assesses every one). Everything is derived from the learner record.
 */
import { useStore } from '@nanostores/preact';
import { $record } from '../../stores/record';
import { attemptOutcomes, bestOutcome, type AttemptOutcome, type BankOutline } from '../../domain/quiz/rules';
import { NBSP, percent } from '../quiz/text';

export interface ResultsProps {
  banks: BankOutline[];
  /** Modules with questions, in programme order: id, short label (« M1 ») and full label. */
  modules: Array<{ id: string; short: string; label: string }>;
  /** The objectives the final test assesses, in programme order: id, module id and text. */
  objectives: Array<{ id: string; module: string; text: string }>;
  masteryScore: number;
  attempts: number;
  /** Relative hrefs of the lesson holding each bank, and of the attestation page. */
  bankHrefs: Record<string, string>;
  attestationHref: string;
}

const dateFr = (iso: string) => new Date(`${iso}T12:00:00Z`).toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export default function Results({ banks, modules, objectives, masteryScore, attempts, bankHrefs, attestationHref }: ResultsProps) {
  const record = useStore($record, { ssr: 'initial' });
  const entryBank = banks.find((b) => b.kind === 'entry');
  const finalBank = banks.find((b) => b.kind === 'final');
  const entry = entryBank ? attemptOutcomes(entryBank, record.activities[entryBank.id]?.data, masteryScore).at(-1) : undefined;
  const finals = finalBank ? attemptOutcomes(finalBank, record.activities[finalBank.id]?.data, masteryScore) : [];
  const finalBest = bestOutcome(finals);
  const passed = finals.some((a) => a.passed);
  const checks = banks.filter((b) => b.kind === 'module-check');
  const rows = modules.map((m) => ({ ...m, entry: entry?.modules[m.id], final: finalBest?.modules[m.id] }));
  const cell = (score: { correct: number; total: number; score: number } | undefined) =>
    score ? `${percent(score.score)} (${score.correct} sur ${score.total})` : 'Pas de question';
  const notTaken = 'Pas encore passé';

  return (
    <div class="results">
      <section aria-labelledby="res-comparaison">
        <h2 id="res-comparaison">Avant et après la formation</h2>
        {!entry && !finalBest ? (
          <p>Passez le test de positionnement puis le test final pour voir vos progrès module par module.</p>
        ) : (
          <>
            <Chart rows={rows} hasEntry={!!entry} hasFinal={!!finalBest} />
            <table class="results-table">
              <caption>Bonnes réponses par module, test de positionnement et meilleur test final</caption>
              <thead>
                <tr><th scope="col">Module</th><th scope="col">Test de positionnement</th><th scope="col">Test final</th></tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id}>
                    <th scope="row">{r.label}</th>
                    <td>{entry ? cell(r.entry) : notTaken}</td>
                    <td>{finalBest ? cell(r.final) : notTaken}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>

      <section aria-labelledby="res-quiz">
        <h2 id="res-quiz">Quiz de fin de module</h2>
        <table class="results-table">
          <caption>Meilleur score et nombre de tentatives par quiz</caption>
          <thead>
            <tr><th scope="col">Module</th><th scope="col">Meilleur score</th><th scope="col">Tentatives</th></tr>
          </thead>
          <tbody>
            {checks.map((bank) => {
              const activity = record.activities[bank.id];
              const moduleId = bank.questions[0]?.module ?? '';
              const label = modules.find((m) => m.id === moduleId)?.label ?? bank.id;
              const href = bankHrefs[bank.id];
              return (
                <tr key={bank.id}>
                  <th scope="row">{href ? <a href={href}>{label}</a> : label}</th>
                  <td>{activity?.score !== undefined ? percent(activity.score) : notTaken}</td>
                  <td>{activity?.attempts ?? 0}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="res-final">
        <h2 id="res-final">Test final{NBSP}: vos tentatives</h2>
        {finals.length === 0 ? (
          <p>
            Vous n’avez pas encore passé le test final ({attempts}{NBSP}tentatives, réussi à partir de {percent(masteryScore)}).{' '}
            {finalBank && bankHrefs[finalBank.id] && <a href={bankHrefs[finalBank.id]}>Aller au test final</a>}
          </p>
        ) : (
          <table class="results-table">
            <caption>Tentatives du test final (seuil de réussite{NBSP}: {percent(masteryScore)})</caption>
            <thead>
              <tr><th scope="col">Tentative</th><th scope="col">Date</th><th scope="col">Score</th><th scope="col">Résultat</th></tr>
            </thead>
            <tbody>
              {finals.map((a) => (
                <tr key={a.number}>
                  <th scope="row">{a.number} sur {attempts}</th>
                  <td>{dateFr(a.date)}</td>
                  <td>{percent(a.score)}</td>
                  <td>{a.passed ? '✓ Réussi' : '✗ Non réussi'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {passed && (
          <p><a href={attestationHref}>Obtenir mon attestation de fin de formation</a></p>
        )}
      </section>

      {finalBest && Object.keys(finalBest.objectives).length > 0 && (
        <ObjectiveResults attempt={finalBest} objectives={objectives} modules={modules} masteryScore={masteryScore} />
      )}
    </div>
  );
}

/**
 * The best final attempt, objective by objective: each objective was assessed by one or more questions; it is
 * « atteint » when the share of them answered entirely right reaches the pass mark.
 */
function ObjectiveResults({ attempt, objectives, modules, masteryScore }: { attempt: AttemptOutcome; objectives: ResultsProps['objectives']; modules: ResultsProps['modules']; masteryScore: number }) {
  const reached = objectives.filter((o) => (attempt.objectives[o.id]?.score ?? -1) >= masteryScore).length;
  const assessed = objectives.filter((o) => attempt.objectives[o.id]).length;
  return (
    <section aria-labelledby="res-objectifs">
      <h2 id="res-objectifs">Test final{NBSP}: vos résultats par objectif</h2>
      <p>
        Meilleure tentative ({attempt.number}, {percent(attempt.score)}){NBSP}: {reached} objectif{reached > 1 ? 's' : ''} atteint{reached > 1 ? 's' : ''} sur {assessed}.
        Un objectif est atteint quand au moins {percent(masteryScore)} des questions qui l’évaluent ont reçu une réponse entièrement juste.
      </p>
      <table class="results-table">
        <caption>Objectifs de la formation évalués par le test final</caption>
        <thead>
          <tr><th scope="col">Objectif</th><th scope="col">Module</th><th scope="col">Bonnes réponses</th><th scope="col">Résultat</th></tr>
        </thead>
        <tbody>
          {objectives.map((o) => {
            const score = attempt.objectives[o.id];
            const module = modules.find((m) => m.id === o.module);
            return (
              <tr key={o.id}>
                <th scope="row">{o.text}</th>
                <td>{module ? <abbr title={module.label}>{module.short}</abbr> : o.module}</td>
                <td>{score ? `${score.correct} sur ${score.total}` : 'Pas de question'}</td>
                <td>{!score ? '—' : score.score >= masteryScore ? '✓ Atteint' : '✗ À revoir'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

interface ChartRow {
  id: string;
  short: string;
  label: string;
  entry: { score: number } | undefined;
  final: { score: number } | undefined;
}

/** Horizontal bars, two per module: entry (hatched) and final (solid), each labelled with its value. */
function Chart({ rows, hasEntry, hasFinal }: { rows: ChartRow[]; hasEntry: boolean; hasFinal: boolean }) {
  const left = 56;
  const width = 300;
  const rowHeight = 44;
  const top = 34;
  const height = top + rows.length * rowHeight + 8;
  const x = (score: number) => (score / 100) * width;
  const describe = rows
    .map((r) => `${r.short}${NBSP}: ${hasEntry ? `positionnement ${r.entry ? percent(r.entry.score) : 'sans question'}` : ''}${hasEntry && hasFinal ? ', ' : ''}${hasFinal ? `test final ${r.final ? percent(r.final.score) : 'sans question'}` : ''}`)
    .join(' ; ')
    .replace(/ ;/g, '\u202f;');
  return (
    <figure class="results-chart">
      <svg role="img" aria-labelledby="res-chart-title res-chart-desc" viewBox={`0 0 ${left + width + 60} ${height}`} width="100%" style={{ maxWidth: '42rem' }}>
        <title id="res-chart-title">Bonnes réponses par module{NBSP}: test de positionnement et test final</title>
        <desc id="res-chart-desc">{describe}</desc>
        <defs>
          <pattern id="res-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill="#ffffff" />
            <rect width="3" height="6" fill="#4a5363" />
          </pattern>
        </defs>
        <g aria-hidden="true" font-size="12" fill="#1a1f2b">
          <rect x={left} y="6" width="14" height="12" fill="url(#res-hatch)" stroke="#4a5363" />
          <text x={left + 20} y="16">Test de positionnement</text>
          <rect x={left + 170} y="6" width="14" height="12" fill="#1b3a6b" />
          <text x={left + 190} y="16">Test final</text>
          {[0, 50, 100].map((v) => (
            <g key={v}>
              <line x1={left + x(v)} x2={left + x(v)} y1={top - 6} y2={height - 8} stroke="#c9d0dc" />
              <text x={left + x(v)} y={height} text-anchor="middle" font-size="10">{v}{NBSP}%</text>
            </g>
          ))}
          {rows.map((r, i) => {
            const y = top + i * rowHeight;
            return (
              <g key={r.id}>
                <text x="0" y={y + 20}>{r.short}</text>
                {r.entry && (
                  <>
                    <rect x={left} y={y} width={Math.max(1, x(r.entry.score))} height="16" fill="url(#res-hatch)" stroke="#4a5363" />
                    <text x={left + x(r.entry.score) + 4} y={y + 12}>{r.entry.score}{NBSP}%</text>
                  </>
                )}
                {r.final && (
                  <>
                    <rect x={left} y={y + 19} width={Math.max(1, x(r.final.score))} height="16" fill="#1b3a6b" />
                    <text x={left + x(r.final.score) + 4} y={y + 31}>{r.final.score}{NBSP}%</text>
                  </>
                )}
              </g>
            );
          })}
        </g>
      </svg>
      <figcaption>Rayures{NBSP}: test de positionnement. Plein{NBSP}: meilleure tentative du test final. Les mêmes données figurent dans le tableau ci-dessous.</figcaption>
    </figure>
  );
}
