/**
 * The portal's page parts, drawn once: the screen root, titled blocks, « libellé : valeur » facts, tables,
 * an espace's tabs, buttons that say why they are refused, forms, notices and the pages shown when a screen
 * cannot show its subject. Every family of screens (account, invoices, travaux, valider, aide) builds on these,
 * so the mock portal has one look (kit.css) and one behaviour.
 */
import type { ComponentChildren, VNode } from 'preact';
import { currentUser, type User } from '../../../domain/simulator/core';
import { useId } from 'preact/hooks';
import type { CheckResult, ScreenId, ScreenProps } from '../types';
import { ScreenContext, useHighlight, useNavigate } from './context';
import { Mark, type Highlightable } from './fields';
import type { FormState } from './form';
import { usePlayer } from './player';
import { fr, isHighlighted } from './text';
import './kit.css';

/**
 * The root of every screen. In démonstration its controls are disabled (the learner watches) but keep their
 * colours: the frame's stylesheet draws them as the live portal would look. Its controls read the step's
 * highlight and the screen's `navigate` from it (ScreenContext).
 */
export function Screen({ props, children }: { props: Pick<ScreenProps, 'readOnly' | 'highlight' | 'navigate'>; children: ComponentChildren; label?: string }) {
  return (
    <ScreenContext.Provider value={{ highlight: props.highlight, navigate: props.navigate }}>
      <div class="cpa">
        <fieldset class="cpa-all" disabled={props.readOnly}>
          {children}
        </fieldset>
      </div>
    </ScreenContext.Provider>
  );
}

/** A titled block of the portal page (« Mes rattachements aux structures »…). */
export function Block({ title, children, id }: { title: string; children: ComponentChildren; id?: string }) {
  const generated = useId();
  const headingId = id ?? `${generated}-h`;
  return (
    // A group, not a region: two simulations on one page show the same blocks, and landmarks must be unique.
    <div class="cpa-block" role="group" aria-labelledby={headingId}>
      <h3 id={headingId} class="cpa-block__title">
        {fr(title)}
      </h3>
      <div class="cpa-block__body">{children}</div>
    </div>
  );
}

/** A success or information message, announced politely. */
export function Notice({ children }: { children: ComponentChildren }) {
  return (
    <p class="cpa-notice" role="status">
      {children}
    </p>
  );
}

/** Messages that concern the whole form; focusable so that the focus can land on them. */
export function GeneralErrors({ messages, id }: { messages: readonly string[]; id?: string | undefined }) {
  if (messages.length === 0) return null;
  return (
    <div class="cpa-alert" role="alert" id={id} tabIndex={-1}>
      <ul>
        {messages.map((text) => (
          <li key={text}>{fr(text)}</li>
        ))}
      </ul>
      <Why at={id} />
    </div>
  );
}

/** The « Pourquoi ? » of the last refusal, when the form placed it on `at`. */
function Why({ at }: { at: string | undefined }) {
  const { why } = usePlayer();
  return at && why.text && why.at === at ? (
    <p class="cpa-why">
      <strong>Pourquoi&nbsp;?</strong> {fr(why.text)}
    </p>
  ) : null;
}

/** A list of facts (« libellé : valeur »). */
export function Facts({ children }: { children: ComponentChildren }) {
  return <dl class="cpa-dl">{children}</dl>;
}

/** One fact of a list: « Statut : Déposée ». */
export function Fact({ term, children }: { term: string; children: ComponentChildren }) {
  return (
    <div class="cpa-info">
      <dt>{fr(term)}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** A column of a table: its header, its cell for one row, and whether it holds an amount (aligned right). */
export interface Column<T> {
  header: string;
  cell: (row: T) => ComponentChildren;
  numeric?: boolean;
}

/**
 * A table of the portal, in its scrolling wrapper; `caption` is read by screen readers only. With no rows and
 * an `empty` sentence, the sentence stands instead of the table.
 */
export function DataTable<T>(p: { rows: readonly T[]; rowKey: (row: T, index: number) => string; columns: readonly Column<T>[]; caption: string; before?: ComponentChildren; empty?: string }) {
  if (p.rows.length === 0 && p.empty !== undefined) return <p>{fr(p.empty)}</p>;
  return (
    <div class="cpa-table-wrap">
      {p.before}
      <table class="cpa-table">
        <caption class="visually-hidden">{fr(p.caption)}</caption>
        <thead>
          <tr>
            {p.columns.map((column) => (
              <th scope="col" key={column.header} class={column.numeric ? 'cpa-num' : undefined}>
                {fr(column.header)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {p.rows.map((row, index) => (
            <tr key={p.rowKey(row, index)}>
              {p.columns.map((column) => (
                <td key={column.header} class={column.numeric ? 'cpa-num' : undefined}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The tabs of an espace (« Synthèse », « Tableau de bord », « Recherche »…), drawn as the portal's tab strip.
 * Each tab is a button (it changes the simulated screen, not the page); the current one is marked.
 */
export function EspaceTabs({ props, label, tabs, current }: { props: ScreenProps; label: string; tabs: readonly { screen: ScreenId; label: string }[]; current?: ScreenId | undefined }) {
  return (
    <div class="cpa-tabs" role="group" aria-label={fr(label)}>
      <ul>
        {tabs.map((tab) => {
          const on = isHighlighted(props.highlight, tab.label);
          return (
            <li key={tab.screen}>
              <Mark on={on} />
              <button
                type="button"
                class={`cpa-tab${on ? ' cpa-hl' : ''}`}
                aria-current={tab.screen === current ? 'page' : undefined}
                data-highlight={on ? 'true' : undefined}
                onClick={() => props.navigate(tab.screen)}
              >
                {fr(tab.label)}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/**
 * The tab strip of one espace as the component its screens share (`<InvoiceTabs props={props} current="…" />`):
 * `espace` names it for screen readers; `always` is the tab marked when a screen names none.
 */
export function espaceTabs(espace: string, tabs: readonly { screen: ScreenId; label: string }[], always?: ScreenId) {
  return function Tabs({ props, current = always }: { props: ScreenProps; current?: ScreenId | undefined }) {
    return <EspaceTabs props={props} label={`Onglets de l’espace ${espace}`} tabs={tabs} current={current} />;
  };
}

/**
 * A button of the portal. When `check` refuses the action, the button stays focusable but inert
 * (aria-disabled) and the reason is shown and read with it.
 */
export function Button(
  p: Highlightable & {
    /** Visible text; also the accessible name unless `name` is given. */
    children: string;
    /** Full accessible name when the visible text needs context (« Valider la demande de Julien Morel »). */
    name?: string;
    onClick?: () => void;
    /** The screen a click opens (after `onClick`, if any), with its parameters. */
    to?: ScreenId;
    params?: Readonly<Record<string, string>>;
    type?: 'button' | 'submit';
    variant?: 'primary' | 'secondary' | 'link' | 'danger';
    verdict?: CheckResult;
  },
) {
  const reasonId = useId();
  const highlight = useHighlight(p.highlight);
  const navigate = useNavigate();
  const accessibleName = p.name ?? p.children;
  const on = isHighlighted(highlight, accessibleName);
  const refused = p.verdict !== undefined && !p.verdict.ok ? p.verdict.reasons : [];
  const variant = p.variant ?? 'secondary';
  return (
    <span class="cpa-button-wrap">
      <Mark on={on} />
      <button
        type={p.type ?? 'button'}
        class={`cpa-button cpa-button--${variant}${on ? ' cpa-hl' : ''}`}
        aria-label={p.name === undefined ? undefined : fr(p.name)}
        aria-disabled={refused.length > 0 ? 'true' : undefined}
        aria-describedby={refused.length > 0 ? reasonId : undefined}
        data-highlight={on ? 'true' : undefined}
        onClick={(e) => {
          if (refused.length > 0) {
            e.preventDefault();
            return;
          }
          p.onClick?.();
          if (p.to !== undefined) navigate(p.to, p.params);
        }}
      >
        {fr(p.children)}
      </button>
      {refused.length > 0 && (
        <span class="cpa-reason" id={reasonId}>
          {refused.map((text) => fr(text)).join(' ')}
        </span>
      )}
    </span>
  );
}

/** A row of buttons at the foot of a form or block. */
export function Actions({ children }: { children: ComponentChildren }) {
  return <div class="cpa-actions">{children}</div>;
}

/**
 * A form that never uses the browser's own validation: the portal (the simulator) checks everything. Given the
 * form hook's state (`errors={form}`), it shows the refusals of no field first. Given `submit`, it ends with the
 * portal's row of buttons: that primary submit button, then `more` (secondary buttons and links), then `notice`.
 */
export function Form(p: {
  onSubmit: () => void;
  errors?: Pick<FormState, 'generalId' | 'errors'>;
  children: ComponentChildren;
  label?: string;
  submit?: string;
  more?: ComponentChildren;
  notice?: string;
}) {
  return (
    <form
      class="cpa-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        p.onSubmit();
      }}
    >
      {p.errors && <GeneralErrors id={p.errors.generalId} messages={p.errors.errors.general} />}
      {p.children}
      {p.submit && (
        <Actions>
          <Button type="submit" variant="primary">
            {p.submit}
          </Button>
          {p.more}
        </Actions>
      )}
      {p.notice && <Notice>{fr(p.notice)}</Notice>}
    </form>
  );
}

/** Shown instead of a screen that needs a session when nobody is logged in. */
export function NeedsLogin({ props }: { props: ScreenProps }) {
  return (
    <Screen props={props}>
      <p>{fr('Vous devez être connecté pour accéder à cette page.')}</p>
      <Button variant="primary" to="compte/accueil">Aller à la page de connexion</Button>
    </Screen>
  );
}

/** The props of a screen that needs a session: its props and the logged-in user. */
export type LoggedInProps = ScreenProps & { user: User };

/**
 * A screen that needs a session: `NeedsLogin` while nobody is logged in, otherwise `screen` with the session's
 * user, so that the screen's hooks always run and its body never checks the session itself.
 */
export function loggedIn(screen: (props: LoggedInProps) => VNode | null): (props: ScreenProps) => VNode {
  const Inner = screen;
  return function LoggedIn(props: ScreenProps) {
    const user = currentUser(props.world);
    return user ? <Inner {...props} user={user} /> : <NeedsLogin props={props} />;
  };
}

/** Shown when the subject of a screen (an invoice, a piece) is not in the world: the tabs, and where to find it. */
export function NotFound({ props, tabs, text }: { props: ScreenProps; tabs: ComponentChildren; text: string }) {
  return (
    <Screen props={props}>
      {tabs}
      <p>{fr(text)}</p>
    </Screen>
  );
}
