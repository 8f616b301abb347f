/** The blocks of « Modification de la structure » that hold a form: « Services » and « Coordonnées bancaires ». */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { formatIban, type BankAccount, type Event, type Service } from '../../../domain/simulator/core';
import { Block, DataTable, demoEvent, Form, fr, TextField, useForm, useValues, type Column, type FormState } from '../kit';
import type { ScreenProps } from '../types';

const SERVICE_FIELDS = ['code', 'label'] as const;
const BANK_FIELDS = ['label', 'holder', 'iban', 'bic'] as const;

const SERVICE_COLUMNS: readonly Column<Service>[] = [
  { header: 'Code service', cell: (service) => service.code },
  { header: 'Libellé', cell: (service) => service.label },
  { header: 'État', cell: (service) => (service.active ? 'Actif' : 'Inactif') },
];

const BANK_COLUMNS: readonly Column<BankAccount>[] = [
  { header: 'Libellé', cell: (account) => account.label },
  { header: 'Titulaire', cell: (account) => account.holder },
  { header: 'IBAN', cell: (account) => <span class="cpa-nowrap">{formatIban(account.iban)}</span> },
  { header: 'BIC', cell: (account) => account.bic || '—' },
];

/** What a block that lists what was added shows: its title, its table, and the form that adds one more. */
interface AddBlockProps<R> {
  title: string;
  table: { caption: string; empty: string; rows: readonly R[]; rowKey: (row: R) => string; columns: readonly Column<R>[] };
  form: { label: string; submit: string; onSubmit: () => void };
  /** The form's refusals and the notice of the last addition (`useAddBlock`'s `state`). */
  state: { errors: Pick<FormState, 'generalId' | 'errors'>; notice: string };
  children: ComponentChildren;
}

function AddBlock<R>({ title, table, form, state, children }: AddBlockProps<R>) {
  return (
    <Block title={title}>
      <DataTable {...table} />
      <Form onSubmit={form.onSubmit} label={form.label} errors={state.errors} submit={form.submit} notice={state.notice}>
        <div class="cpa-grid">{children}</div>
      </Form>
    </Block>
  );
}

/**
 * The « add » form of an `AddBlock`: its values (a démonstration step's event fills
 * them in), its refusals, and a notice once the portal accepts, the values then cleared for the next one.
 */
function useAddBlock<K extends string>(props: ScreenProps, fields: readonly K[], shown: Partial<Record<K, unknown>> | undefined) {
  const form = useForm(props, fields);
  const [values, set, reset] = useValues(fields, shown);
  const [info, setInfo] = useState('');
  /** Sends `event`; once accepted, shows `added` and clears the form. */
  const add = (event: Event, added: string) => {
    setInfo('');
    if (!form.submit(event)) return;
    setInfo(added);
    reset();
  };
  return { values, add, state: { errors: form, notice: info }, bind: (field: K) => form.bind(field, values[field], set(field)) };
}

/** The « Services » block: list and creation form. */
export function Services({ props, siret }: { props: ScreenProps; siret: string }) {
  const { values, add, state, bind } = useAddBlock(props, SERVICE_FIELDS, demoEvent(props.params, 'service.create'));
  const create = () => add({ type: 'service.create', siret, ...values }, `Le service ${values.code.trim().toUpperCase()} est créé.`);
  return (
    <AddBlock
      state={state}
      title="Services"
      table={{
        caption: 'Services de la structure',
        empty: 'Aucun service : les services sont facultatifs, ils servent à répartir les factures dans la structure.',
        rows: props.world.structures[siret]?.services ?? [],
        rowKey: (service) => service.code,
        columns: SERVICE_COLUMNS,
      }}
      form={{ label: 'Créer un service', submit: 'Créer le service', onSubmit: create }}
    >
      <TextField label="Code service" {...bind('code')} hint={fr('Lettres majuscules, chiffres, « _ » et « - » (par exemple COMPTABILITE).')} required />
      <TextField label="Libellé du service" {...bind('label')} required />
    </AddBlock>
  );
}

/** The « Coordonnées bancaires » block: list and « Ajouter des coordonnées bancaires ». */
export function BankAccounts({ props, siret }: { props: ScreenProps; siret: string }) {
  const { values, add, state, bind } = useAddBlock(props, BANK_FIELDS, demoEvent(props.params, 'bank.add'));
  const save = () =>
    add({ type: 'bank.add', siret, ...values }, `Les coordonnées bancaires « ${values.label.trim()} » sont enregistrées : elles pourront être choisies sur vos factures.`);
  return (
    <AddBlock
      state={state}
      title="Coordonnées bancaires"
      table={{
        caption: 'Coordonnées bancaires de la structure',
        empty: 'Aucune coordonnée bancaire enregistrée.',
        rows: props.world.structures[siret]?.bankAccounts ?? [],
        rowKey: (account) => account.id,
        columns: BANK_COLUMNS,
      }}
      form={{ label: 'Ajouter des coordonnées bancaires', submit: 'Ajouter les coordonnées bancaires', onSubmit: save }}
    >
      <TextField label="Libellé du compte" {...bind('label')} required />
      <TextField label="Titulaire du compte" {...bind('holder')} required />
      <TextField label="IBAN" {...bind('iban')} hint={fr('Recopiez-le depuis un RIB récent ; les espaces sont acceptés (FR76 3000 6000 …).')} required />
      <TextField label="BIC (facultatif pour un IBAN français)" {...bind('bic')} />
    </AddBlock>
  );
}
