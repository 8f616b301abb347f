/**
 * The deposit form of a works piece, shared by the dépôt initial (`travaux/depot`, event `works.deposit`) and
 * « Déposer la pièce de facturation suivante » (`travaux/suivante`, event `works.depositNext`): structure,
 * cadre, and on a dépôt initial the other actors (maître d'ouvrage: SIRET and code service; maître d'œuvre:
 * SIRET, empty when the marché has none) and the numéro d'engagement, as the fiche identité du marché gives
 * them; then number, amounts, the file chosen in « Choix du fichier à importer » and a comment, then « Valider
 * et envoyer ». The cadres the simulator offers come first; on the dépôt initial every other cadre can still
 * be picked, and the simulator says why it is refused (a works situation in « Factures émises », a
 * subcontractor's cadre). Nothing here decides a rule: each refusal is the simulator's, filed under its field.
 */
import { useState } from 'preact/hooks';
import type { Event } from '../../../domain/simulator/events';
import { CADRES } from '../../../domain/simulator/model';
import type { NextOption } from '../../../domain/simulator/queries-works';
import type { AttachmentInput } from '../../../domain/simulator/rules/attachments';
import { formatRate, vatOn, VAT_RATES } from '../../../domain/simulator/rules/money';
import { eurosText, parseEuros } from '../invoices/amounts';
import type { ScreenProps } from '../types';
import { cadreText, formatEuros, fr, roleText, roleWord, SimulatedNote } from './ui';
import { Block, demoEvent, Form, GeneralErrors, SelectField, TextField, useForm } from '../kit';

/**
 * The files « on the learner's computer » the simulated file chooser offers (nothing is uploaded): PDFs for
 * each kind of piece, and a spreadsheet to show that a works piece must be a PDF.
 */
export const POSTE_FILES: readonly AttachmentInput[] = [
  { name: 'Projet-decompte-mensuel-mars.pdf', size: 245_760 },
  { name: 'Etat-acompte-mars.pdf', size: 184_320 },
  { name: 'Decompte-general-signe.pdf', size: 312_320 },
  { name: 'Situation-travaux-mars.xlsx', size: 51_200 },
];

/** The maître d'œuvre's SIRET is optional: say so under the field. */
const noMoe = fr('Laissez vide si le marché n’a pas de maîtrise d’œuvre.');

const RATES = [...VAT_RATES, 0];
/** The rate's label; 0 % says when it applies (autoliquidation of subcontracted construction works, exonération). */
const rateLabel = (rate: number) => (rate === 0 ? '0 % (autoliquidation, exonération)' : formatRate(rate));

/** Fields of the form in screen order (where the focus goes first after a refusal). */
const FIELDS = ['siret', 'cadre', 'moaSiret', 'moaCodeService', 'moeSiret', 'engagement', 'number', 'amount', 'amount.vatRate', 'file', 'comment'] as const;

/** What the dépôt initial adds to the event: the other actors and the engagement. */
type ActorFields = Pick<Extract<Event, { type: 'works.deposit' }>, 'engagement' | 'moaSiret' | 'moaCodeService' | 'moeSiret'>;

/** What the form starts from: the piece followed (for the next piece) or a démonstration step's event. */
export interface PieceFormProps {
  props: ScreenProps;
  /** Structures the user may deposit for, with their role and the cadres offered first. */
  options: readonly NextOption[];
  /** Dépôt initial: the « Maître d'ouvrage », « Maître d'œuvre » and engagement fields are shown. */
  actors: boolean;
  /** Next piece: HT and rate of the piece followed (the default amount), and the hint on the comment. */
  followed?: { ht: number; vatRate: number };
  /** Whether every cadre is offered after the suggested ones (dépôt initial) or only the suggested ones. */
  allCadres: boolean;
  /** Builds the event from the typed values. */
  toEvent: (input: Omit<Extract<Event, { type: 'works.deposit' }>, 'type'>) => Event;
  /** Called once the portal accepted the piece. */
  onDone: (number: string) => void;
}

/** The cadre list: the suggested cadres, then (dépôt initial) every other one in its own group. */
function CadreField({ suggested, all, ...field }: { id: string; value: string; onChange: (v: string) => void; suggested: readonly string[]; all: boolean; errors: readonly string[] | undefined }) {
  const others = all ? Object.keys(CADRES).filter((code) => !suggested.includes(code)) : [];
  const options = (codes: readonly string[]) => codes.map((code) => ({ value: code, label: cadreText(code) }));
  return (
    <SelectField
      label="Cadre de facturation"
      {...field}
      options={suggested.length === 0 ? [{ value: '', label: '— Choisir un cadre —' }] : []}
      groups={[
        { label: 'Cadres de votre rôle', options: options(suggested) },
        { label: 'Autres cadres', options: options(others) },
      ]}
    />
  );
}

export function PieceForm(p: PieceFormProps) {
  const { props, options } = p;
  const form = useForm(props, FIELDS);
  // A démonstration step shows what it types.
  const shown = demoEvent(props.params, 'works.deposit') ?? demoEvent(props.params, 'works.depositNext');
  const [siret, setSiret] = useState(shown?.siret ?? options[0]?.siret ?? '');
  const option = options.find((o) => o.siret === siret) ?? options[0];
  const suggested = option?.cadres ?? [];
  const [cadre, setCadre] = useState<string>(shown?.cadre ?? suggested[0] ?? '');
  const [number, setNumber] = useState(shown?.number ?? '');
  const [ht, setHt] = useState(shown ? eurosText(shown.amount.ht) : p.followed ? eurosText(p.followed.ht) : '');
  const [rate, setRate] = useState(String(shown?.amount.vatRate ?? p.followed?.vatRate ?? 2000));
  const [fileName, setFileName] = useState(shown?.file?.name ?? '');
  const [comment, setComment] = useState(shown?.comment ?? '');
  const initial = demoEvent(props.params, 'works.deposit');
  const [engagement, setEngagement] = useState(initial?.engagement ?? '');
  const [moaSiret, setMoaSiret] = useState(initial?.moaSiret ?? '');
  const [moaCodeService, setMoaCodeService] = useState(initial?.moaCodeService ?? '');
  const [moeSiret, setMoeSiret] = useState(initial?.moeSiret ?? '');
  const files = shown?.file && !POSTE_FILES.some((f) => f.name === shown.file?.name) ? [...POSTE_FILES, shown.file] : POSTE_FILES;

  const htCents = parseEuros(ht);
  const vatRate = Number(rate);
  const tva = vatOn(htCents, vatRate);
  const amount = { ht: htCents, vatRate, tva, ttc: htCents + tva };
  const file = files.find((f) => f.name === fileName) ?? null;
  const send = () => {
    const actors: ActorFields = { engagement, moaSiret, moaCodeService, moeSiret };
    const event = p.toEvent({ siret, cadre, number, amount, file: file ? { ...file } : null, comment, ...actors });
    if (form.submit(event)) p.onDone(number.trim());
  };

  return (
    <Form label="Déposer une pièce de facturation" onSubmit={send} errors={form} submit="Valider et envoyer">
      <Block title="Cadre de facturation">
        {options.length > 1 ? (
          <SelectField
            {...form.field('siret')}
            label="Structure qui dépose"
            value={siret}
            options={options.map((o) => ({ value: o.siret, label: `${o.siret} (${roleText(o.role)})` }))}
            onChange={setSiret}
          />
        ) : (
          <p>
            {fr(option ? `Vous déposez pour la structure ${option.siret}, en tant que ${roleWord(option.role)}.` : 'Aucune de vos structures n’a de pièce à déposer ici.')}
          </p>
        )}
        {form.of('siret') && options.length <= 1 && <GeneralErrors messages={form.of('siret') ?? []} id={form.idOf('siret')} />}
        <CadreField id={form.idOf('cadre')} value={cadre} onChange={setCadre} suggested={suggested} all={p.allCadres} errors={form.of('cadre')} />
      </Block>
      {p.actors && (
        <>
          <Block title="Maître d’ouvrage (destinataire)">
            <div class="cpa-grid">
              <TextField {...form.field('moaSiret')} label="SIRET de la maîtrise d’ouvrage" value={moaSiret} inputMode="numeric" onInput={setMoaSiret} required />
              <TextField {...form.field('moaCodeService')} label="Code service de la maîtrise d’ouvrage" value={moaCodeService} onInput={setMoaCodeService} />
            </div>
          </Block>
          <Block title="Maître d’œuvre">
            <TextField {...form.field('moeSiret')} label="SIRET de la maîtrise d’œuvre" value={moeSiret} inputMode="numeric" hint={noMoe} onInput={setMoeSiret} />
          </Block>
        </>
      )}
      <Block title="Références">
        {p.actors && (
          <TextField {...form.field('engagement')} label="Numéro d’engagement" value={engagement} onInput={setEngagement} required />
        )}
        <TextField {...form.field('number')} label="Numéro de la pièce" value={number} onInput={setNumber} required />
        <div class="cpa-grid">
          <TextField
            {...form.field('amount')}
            label="Montant HT en euros"
            value={ht}
            inputMode="numeric"
            placeholder="ex. 12 500,00"
            onInput={setHt}
            required
            {...(p.followed ? { hint: fr(`Montant de la pièce suivie : ${formatEuros(p.followed.ht)} HT.`) } : {})}
          />
          <SelectField {...form.field('amount.vatRate')} label="Taux de TVA" value={rate} options={RATES.map((r) => ({ value: String(r), label: rateLabel(r) }))} onChange={setRate} />
        </div>
        <p aria-live="polite">
          {fr(Number.isFinite(htCents) ? `TVA : ${formatEuros(tva)} — montant TTC : ${formatEuros(amount.ttc)}` : 'TVA et montant TTC : saisissez le montant HT.')}
        </p>
      </Block>
      <Block title="Choix du fichier à importer">
        <p class="cpa-muted">{fr('Simulation : choisissez un des fichiers de votre poste, rien n’est envoyé. Une pièce de travaux se dépose en PDF, elle ne se saisit pas.')}</p>
        <SelectField
          {...form.field('file')}
          label="Fichier à importer"
          value={fileName}
          options={[{ value: '', label: '— Aucun fichier choisi —' }, ...files.map((f) => ({ value: f.name, label: `${f.name} (${Math.round(f.size / 1024)} Ko)` }))]}
          onChange={setFileName}
          required
        />
      </Block>
      <TextField
        {...form.field('comment')}
        label="Commentaire"
        value={comment}
        multiline
        onInput={setComment}
        {...(p.followed ? { hint: fr('Dites pourquoi si vous retenez un montant différent de la pièce suivie.') } : {})}
      />
      <SimulatedNote>
        {p.actors
          ? 'Le portail contrôle le SIRET de la maîtrise d’ouvrage. Le simulateur contrôle aussi la maîtrise d’œuvre, le cadre de votre rôle et l’absence de TVA sur la pièce d’un sous-traitant, pour vous signaler l’erreur tout de suite : sur le portail réel, une telle erreur peut passer et la pièce être rejetée ensuite.'
          : 'Le simulateur refuse un cadre qui n’est pas celui de votre rôle et exige un commentaire quand le montant diffère de la pièce suivie : les sources ne disent pas que le portail réel le fait.'}
      </SimulatedNote>
    </Form>
  );
}
