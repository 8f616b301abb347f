/**
 * The LMS inspector: a panel of the launch shell for administrators and trainers (opened by
 * inspector-control.ts). It shows what the course sent to the LMS and what the LMS answered, with error
 * codes, the values refused and left out, the interactions waiting to be sent again, the size of
 * `cmi.suspend_data` against the version's limit, and a diagnostic to copy for support. It reads the
 * session's own log (`CallLog`): opening it makes no call to the LMS.
 */
import type { CallRecord } from '../tracking-port';
import type { InspectorSnapshot, InspectorSource } from './inspector-control';

/**
 * `cmi.suspend_data` limits: 4,096 characters in SCORM 1.2, 64,000 in 2004 3rd/4th Ed.; the course holds
 * itself to 3,000 (README « Budgets »).
 *
 * @spec SCORM 1.2 RTE §3.4 CMIString4096; SCORM 2004 4th Ed. RTE §4.2 SPM 64,000 (CONFORMANCE.md 3.2).
 */
export const SUSPEND_DATA_LIMIT = { '1.2': 4096, '2004': 64000 } as const;
export const SUSPEND_DATA_COURSE_BUDGET = 3000;

/** Calls shown in the panel (the newest); the diagnostic carries as many. */
const SHOWN = 200;

const STATUS_TEXT = {
  saved: 'tout ce qui a été envoyé est enregistré',
  partial: 'enregistré, sauf des valeurs refusées (ci-dessous)',
  failed: 'échec de liaison : ce qui n’a pas été accepté sera renvoyé',
} as const;

const number = (n: number): string => n.toLocaleString('fr-FR');

/** A value cut for display: long values (suspend_data) show their start and their length. */
export function shortValue(value: string | undefined, max = 80): string {
  if (value === undefined) return '';
  return value.length <= max ? value : `${value.slice(0, max - 1)}… (${number(value.length)} car.)`;
}

function codeOf(record: CallRecord): string {
  return record.error ? record.error.code : '';
}

/** The text to copy for support: the session's state, the refusals, and the last calls, one per line. */
export function diagnostic(source: Pick<InspectorSource, 'version' | 'embedded' | 'log'>, snapshot: InspectorSnapshot, at: string, userAgent = ''): string {
  const lines = [
    `Parcours Chorus Pro — diagnostic LMS (${at})`,
    `Plateforme : ${source.embedded ? 'intégrée (ce navigateur)' : 'LMS'}, SCORM ${source.version}`,
    userAgent ? `Navigateur : ${userAgent}` : '',
    `État : ${snapshot.status} (${STATUS_TEXT[snapshot.status]})`,
    `Interactions en attente : ${snapshot.pendingInteractions}`,
    `suspend_data : ${snapshot.suspendDataLength} / ${SUSPEND_DATA_LIMIT[source.version]} caractères (budget du cours ${SUSPEND_DATA_COURSE_BUDGET})`,
    `Valeurs refusées : ${snapshot.refusals.length}`,
    ...snapshot.refusals.map((r) => `  - ${r.error.element ?? ''} ${r.error.code} ${r.error.message} — ${r.what}`),
    `Derniers appels (${Math.min(SHOWN, source.log.entries.length)} sur ${source.log.entries.length}) :`,
    ...source.log.entries.slice(-SHOWN).map((c) => `  +${c.at}ms ${c.call}${c.element ? ` ${c.element}` : ''}${c.value !== undefined ? ` = ${JSON.stringify(shortValue(c.value, 120))}` : ''} -> ${c.result}${c.error ? ` [${c.error.code}] ${c.error.message}` : ''}`),
  ];
  return lines.filter((l) => l !== '').join('\n');
}

const STYLE = `
.lms-inspector{position:fixed;inset:0 0 0 auto;width:min(44rem,100vw);box-sizing:border-box;display:flex;flex-direction:column;gap:.5rem;padding:.75rem 1rem;background:#fff;color:#1b1b1b;border-left:2px solid #1f3f8a;box-shadow:-4px 0 16px rgb(0 0 0/.2);font:14px/1.4 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;overflow:auto;z-index:10}
.lms-inspector__head{display:flex;align-items:center;justify-content:space-between;gap:1rem}
.lms-inspector h2{margin:0;font-size:1.125rem}
.lms-inspector h3{margin:.5rem 0 0;font-size:1rem}
.lms-inspector p{margin:0}
.lms-inspector dl{display:grid;grid-template-columns:max-content 1fr;gap:.125rem .75rem;margin:0}
.lms-inspector dt{font-weight:600}
.lms-inspector dd{margin:0}
.lms-inspector ul{margin:0;padding-left:1.25rem}
.lms-inspector button{font:inherit;padding:.25rem .75rem;border:1px solid #1f3f8a;border-radius:.25rem;background:#fff;color:#1f3f8a;cursor:pointer}
.lms-inspector button:focus-visible,.lms-inspector [tabindex]:focus-visible,.lms-inspector textarea:focus-visible{outline:3px solid #1f3f8a;outline-offset:2px}
.lms-inspector__calls{max-height:40vh;overflow:auto;border:1px solid #c9ced6}
.lms-inspector table{border-collapse:collapse;width:100%;min-width:36rem;font-size:12px}
.lms-inspector caption{text-align:left;font-weight:600;padding:.25rem}
.lms-inspector th,.lms-inspector td{border-bottom:1px solid #e1e4e8;padding:.125rem .375rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
.lms-inspector th,.lms-inspector td:nth-child(-n+2),.lms-inspector td:nth-child(n+5){white-space:nowrap;overflow-wrap:normal}
.lms-inspector thead th{position:sticky;top:0;background:#f2f4f7}
.lms-inspector tr[data-refused] td{background:#fdecea;color:#7a1c12}
.lms-inspector textarea{width:100%;box-sizing:border-box;font:12px/1.3 ui-monospace,monospace;min-height:6rem}
.lms-inspector__tools{display:flex;align-items:center;gap:.75rem;flex-wrap:wrap}
`;

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(doc.createElement(tag), props);
  node.append(...children);
  return node;
}

interface Panel {
  root: HTMLElement;
  draw(): void;
  close(): void;
}

let open: Panel | null = null;

/** Opens the panel, or closes it when it is open. */
export function toggleInspector(source: InspectorSource, doc: Document): void {
  if (open) {
    open.close();
    return;
  }
  open = createPanel(source, doc);
}

function createPanel(source: InspectorSource, doc: Document): Panel {
  const returnTo = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
  if (!doc.getElementById('lms-inspector-style')) doc.head.append(el(doc, 'style', { id: 'lms-inspector-style', textContent: STYLE }));
  const title = el(doc, 'h2', { id: 'lms-inspector-title', tabIndex: -1 }, 'Inspecteur LMS');
  const closeButton = el(doc, 'button', { type: 'button' }, 'Fermer l’inspecteur');
  const summary = el(doc, 'dl');
  const refusedTitle = el(doc, 'h3');
  const refused = el(doc, 'ul');
  const none = el(doc, 'p', {}, 'Aucune valeur refusée.');
  const tbody = el(doc, 'tbody');
  const caption = el(doc, 'caption');
  const table = el(
    doc,
    'table',
    {},
    caption,
    el(doc, 'thead', {}, el(doc, 'tr', {}, ...['Temps (ms)', 'Appel', 'Élément', 'Valeur', 'Réponse', 'Code'].map((h) => el(doc, 'th', { scope: 'col' }, h)))),
    tbody,
  );
  const calls = el(doc, 'div', { className: 'lms-inspector__calls', tabIndex: 0 }, table);
  calls.setAttribute('role', 'region');
  calls.setAttribute('aria-label', 'Appels à la plateforme');
  const copy = el(doc, 'button', { type: 'button' }, 'Copier le diagnostic');
  const copied = el(doc, 'p', {});
  copied.setAttribute('role', 'status');
  const text = el(doc, 'textarea', { readOnly: true, rows: 6, id: 'lms-inspector-diagnostic' });
  const textLabel = el(doc, 'label', { htmlFor: 'lms-inspector-diagnostic' }, 'Diagnostic (à joindre à une demande d’assistance)');
  const root = el(
    doc,
    'section',
    { className: 'lms-inspector' },
    el(doc, 'div', { className: 'lms-inspector__head' }, title, closeButton),
    el(doc, 'p', {}, 'Ce panneau lit le journal de cette session : il n’envoie rien à la plateforme.'),
    summary,
    refusedTitle,
    refused,
    none,
    calls,
    el(doc, 'div', { className: 'lms-inspector__tools' }, copy, copied),
    textLabel,
    text,
  );
  root.setAttribute('aria-labelledby', title.id);
  root.dataset['lmsInspector'] = '';

  const draw = (): void => {
    const snapshot = source.snapshot();
    const limit = SUSPEND_DATA_LIMIT[source.version];
    const rows: [string, string][] = [
      ['Plateforme', `${source.embedded ? 'intégrée (ce navigateur)' : 'LMS'}, SCORM ${source.version}`],
      ['État', STATUS_TEXT[snapshot.status]],
      ['En attente', `${snapshot.pendingInteractions} interaction${snapshot.pendingInteractions > 1 ? 's' : ''} à renvoyer`],
      ['suspend_data', `${number(snapshot.suspendDataLength)} caractères sur ${number(limit)} (budget du cours\u00a0: ${number(SUSPEND_DATA_COURSE_BUDGET)})`],
    ];
    summary.replaceChildren(...rows.flatMap(([term, value]) => [el(doc, 'dt', {}, term), el(doc, 'dd', {}, value)]));
    refusedTitle.textContent = `Valeurs refusées et laissées de côté (${snapshot.refusals.length})`;
    refused.replaceChildren(
      ...snapshot.refusals.map((r) => el(doc, 'li', {}, `${r.error.element ?? ''} — code ${r.error.code} : ${r.error.message} (${r.what})`)),
    );
    refused.hidden = snapshot.refusals.length === 0;
    none.hidden = snapshot.refusals.length > 0;
    const shown = source.log.entries.slice(-SHOWN);
    caption.textContent = `Appels à la plateforme (${shown.length} derniers sur ${source.log.entries.length})`;
    tbody.replaceChildren(
      ...shown.map((c) => {
        const row = el(doc, 'tr', {}, ...[String(c.at), c.call, c.element ?? '', shortValue(c.value), c.result, codeOf(c)].map((cell) => el(doc, 'td', {}, cell)));
        if (c.error) row.dataset['refused'] = '';
        return row;
      }),
    );
    text.value = diagnostic(source, snapshot, new Date().toISOString(), doc.defaultView?.navigator.userAgent ?? '');
  };

  let scheduled = false;
  const unsubscribe = source.log.subscribe(() => {
    if (scheduled) return;
    scheduled = true;
    setTimeout(() => {
      scheduled = false;
      draw();
    }, 250);
  });

  const close = (): void => {
    unsubscribe();
    root.remove();
    doc.removeEventListener('keydown', onEscape);
    open = null;
    (returnTo && returnTo.isConnected ? returnTo : doc.querySelector<HTMLElement>('[data-quit]'))?.focus();
  };
  const onEscape = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && root.contains(doc.activeElement)) close();
  };
  closeButton.addEventListener('click', close);
  doc.addEventListener('keydown', onEscape);
  copy.addEventListener('click', () => {
    draw();
    const done = (ok: boolean) => {
      copied.textContent = ok ? 'Diagnostic copié.' : 'Copie impossible ici : sélectionnez le texte ci-dessous et copiez-le.';
      if (!ok) text.select();
    };
    const clipboard = doc.defaultView?.navigator.clipboard;
    if (clipboard) clipboard.writeText(text.value).then(() => done(true), () => done(false));
    else done(false);
  });

  draw();
  doc.body.append(root);
  title.focus();
  return { root, draw, close };
}
