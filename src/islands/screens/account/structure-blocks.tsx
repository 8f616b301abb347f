/** The blocks of « Modification de la structure » that hold a form: « Services » and « Coordonnées bancaires ». */
import { useState } from 'preact/hooks';
import { formatIban, type BankAccount, type Service } from '../../../domain/simulator/core';
import { Block, DataTable, demoEvent, Form, fr, TextField, useForm, type Column } from '../kit';
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

/** The « Services » block: list and creation form. */
export function Services({ props, siret }: { props: ScreenProps; siret: string }) {
  const { world } = props;
  const form = useForm(props, SERVICE_FIELDS);
  const shown = demoEvent(props.params, 'service.create');
  const [code, setCode] = useState(shown?.code ?? '');
  const [label, setLabel] = useState(shown?.label ?? '');
  const [info, setInfo] = useState('');
  const services = world.structures[siret]?.services ?? [];
  const create = () => {
    setInfo('');
    if (form.submit({ type: 'service.create', siret, code, label })) {
      setInfo(`Le service ${code.trim().toUpperCase()} est créé.`);
      setCode('');
      setLabel('');
    }
  };
  return (
    <Block title="Services">
      <DataTable
        empty="Aucun service : les services sont facultatifs, ils servent à répartir les factures dans la structure."
        caption="Services de la structure"
        rows={services}
        rowKey={(service) => service.code}
        columns={SERVICE_COLUMNS}
      />
      <Form onSubmit={create} label="Créer un service" errors={form} submit="Créer le service" notice={info}>
        <div class="cpa-grid">
          <TextField label="Code service" {...form.bind('code', code, setCode)} hint={fr('Lettres majuscules, chiffres, « _ » et « - » (par exemple COMPTABILITE).')} required />
          <TextField label="Libellé du service" {...form.bind('label', label, setLabel)} required />
        </div>
      </Form>
    </Block>
  );
}

/** The « Coordonnées bancaires » block: list and « Ajouter des coordonnées bancaires ». */
export function BankAccounts({ props, siret }: { props: ScreenProps; siret: string }) {
  const { world } = props;
  const form = useForm(props, BANK_FIELDS);
  const shown = demoEvent(props.params, 'bank.add');
  const [values, setValues] = useState({ label: shown?.label ?? '', holder: shown?.holder ?? '', iban: shown?.iban ?? '', bic: shown?.bic ?? '' });
  const [info, setInfo] = useState('');
  const set = (key: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  const accounts = world.structures[siret]?.bankAccounts ?? [];
  const add = () => {
    setInfo('');
    if (form.submit({ type: 'bank.add', siret, ...values })) {
      setInfo(`Les coordonnées bancaires « ${values.label.trim()} » sont enregistrées : elles pourront être choisies sur vos factures.`);
      setValues({ label: '', holder: '', iban: '', bic: '' });
    }
  };
  return (
    <Block title="Coordonnées bancaires">
      <DataTable
        empty="Aucune coordonnée bancaire enregistrée."
        caption="Coordonnées bancaires de la structure"
        rows={accounts}
        rowKey={(account) => account.id}
        columns={BANK_COLUMNS}
      />
      <Form onSubmit={add} label="Ajouter des coordonnées bancaires" errors={form} submit="Ajouter les coordonnées bancaires" notice={info}>
        <div class="cpa-grid">
          <TextField label="Libellé du compte" {...form.bind('label', values.label, set('label'))} required />
          <TextField label="Titulaire du compte" {...form.bind('holder', values.holder, set('holder'))} required />
          <TextField label="IBAN" {...form.bind('iban', values.iban, set('iban'))} hint={fr('Recopiez-le depuis un RIB récent ; les espaces sont acceptés (FR76 3000 6000 …).')} required />
          <TextField label="BIC (facultatif pour un IBAN français)" {...form.bind('bic', values.bic, set('bic'))} />
        </div>
      </Form>
    </Block>
  );
}

