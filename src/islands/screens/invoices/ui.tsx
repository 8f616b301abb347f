/**
 * Pieces shared by the « Factures émises » screens: the espace's tabs, a date field, the form-errors hook
 * (refusals filed by field, focus on the first one), and a few formatters. The generic building blocks
 * (blocks, fields, buttons with their disabled reason, highlight) come from the account screens' ui.tsx so
 * that the whole mock portal looks and behaves as one.
 */
import type { JSX } from 'preact';
import { useEffect, useId, useState } from 'preact/hooks';
import { formatEuros, isoFromMinutes, type Event, type Invoice, type World } from '../../../domain/simulator/core';
import { frenchSpacing as fr } from '../../../domain/text/typography';
import type { ScreenProps } from '../types';
import { Button, isHighlighted } from '../account/ui';
import { fileIssues, hasAny, issuesOf, NONE, type FiledErrors } from './errors';
import './invoices.css';

export { fr };

/** The tabs of the espace « Factures émises » (facts §1.4), plus the deposit form. */
const TABS = [
  { screen: 'factures/synthese', label: 'Synthèse' },
  { screen: 'factures/tableau-de-bord', label: 'Tableau de bord' },
  { screen: 'factures/recherche', label: 'Recherche' },
  { screen: 'factures/saisie', label: 'Saisir une facture' },
] as const;

export function InvoiceTabs({ props, current }: { props: ScreenProps; current: string }) {
  return (
    <div class="cpf-tabs" role="group" aria-label="Onglets de l’espace Factures émises">
      <ul>
        {TABS.map((tab) => (
          <li key={tab.screen}>
            <Button
              variant={tab.screen === current ? 'primary' : 'secondary'}
              highlight={props.highlight}
              onClick={() => props.navigate(tab.screen)}
            >
              {tab.label}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** « 02/03/2026 » from `2026-03-02`. */
export function formatDay(iso: string): string {
  const [y, m, d] = iso.split('-');
  return y && m && d ? `${d}/${m}/${y}` : iso;
}

/** « 02/03/2026 à 09 h 05 » for a moment of the simulated clock. */
export function formatMoment(minutes: number): string {
  const [date = '', time = ''] = isoFromMinutes(minutes).split('T');
  return `${formatDay(date)} à ${time.slice(0, 2)}\u00a0h\u00a0${time.slice(3, 5)}`;
}

/** The invoice's number as the lists show it. */
export function numberOf(invoice: Invoice): string {
  return invoice.data.number || '(sans numéro)';
}

/** The recipient's name from the annuaire, or its SIRET. */
export function recipientName(world: World, siret: string): string {
  return world.recipients[siret]?.name ?? (siret || '—');
}

export { formatEuros };

/** A labelled date field (native picker), with its errors tied to it. */
export function DateField(p: {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  errors?: readonly string[] | undefined;
  required?: boolean;
  highlight?: string | undefined;
}) {
  const errors = p.errors ?? [];
  const on = isHighlighted(p.highlight, p.label);
  return (
    <div class={errors.length > 0 ? 'cpa-field cpa-field--invalid' : 'cpa-field'}>
      <label for={p.id} class="cpa-field__label">
        {fr(p.label)}
        {p.required && (
          <span class="cpa-req" aria-hidden="true">
            {' '}*
          </span>
        )}
      </label>
      <input
        id={p.id}
        name={p.id}
        type="date"
        class={on ? 'cpa-input cpa-hl' : 'cpa-input'}
        value={p.value}
        data-highlight={on ? 'true' : undefined}
        aria-invalid={errors.length > 0 ? 'true' : undefined}
        aria-describedby={errors.length > 0 ? `${p.id}-error` : undefined}
        aria-required={p.required ? 'true' : undefined}
        onInput={(e: JSX.TargetedEvent<HTMLInputElement>) => p.onInput(e.currentTarget.value)}
      />
      {errors.length > 0 && (
        <ul class="cpa-field__error" id={`${p.id}-error`}>
          {errors.map((text) => (
            <li key={text}>
              <span aria-hidden="true">⚠ </span>
              {fr(text)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * The refusals of one form: `send(event)` dispatches it; on refusal it files the issues by field and moves
 * the focus to the first field in error (in the order of `fields`), or to the general messages.
 */
export function useInvoiceErrors(props: ScreenProps, fields: () => readonly string[], idOf: (field: string) => string) {
  const [errors, setErrors] = useState<FiledErrors>(NONE);
  const [attempt, setAttempt] = useState(0);
  const generalId = useId();
  useEffect(() => {
    if (attempt === 0 || !hasAny(errors)) return;
    const first = fields().find((field) => (errors.fields[field]?.length ?? 0) > 0);
    document.getElementById(first ? idOf(first) : generalId)?.focus();
    // Only after a refused action, not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs once per attempt, reading that attempt's errors
  }, [attempt]);
  return {
    errors,
    generalId,
    of: (field: string) => errors.fields[field],
    clear: () => setErrors(NONE),
    /**
     * Dispatches; true when the portal accepted. `world` is the world the event meets when an earlier event of
     * the same click (« Enregistrer » before « Valider et envoyer ») changed it after this render.
     */
    send(event: Event, alias: Readonly<Record<string, string>> = {}, world: World = props.world): boolean {
      const issues = issuesOf(world, event);
      const messages = props.dispatch(event);
      if (messages.length === 0) {
        setErrors(NONE);
        return true;
      }
      const filed = issues.length > 0 ? fileIssues(issues, fields(), alias) : { fields: {}, general: messages };
      setErrors(filed);
      setAttempt((n) => n + 1);
      return false;
    },
    /** Shows refusals that come from a query or a local check. */
    show(next: FiledErrors) {
      setErrors(next);
      setAttempt((n) => n + 1);
    },
  };
}
